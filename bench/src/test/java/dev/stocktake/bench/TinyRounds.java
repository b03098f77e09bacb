package dev.stocktake.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Two tiny rounds and the counts every engine must give for them: a superseded submission, blank
 * cells, a multi-choice cell with several codes, quoted and not.
 */
final class TinyRounds {
  private TinyRounds() {}

  static final List<DistributionSql.Closed> QUESTIONS =
      List.of(
          new DistributionSql.Closed("status", false),
          new DistributionSql.Closed("channels", true));

  static final Map<CountKey, Long> EXPECTED =
      Map.ofEntries(
          Map.entry(new CountKey("2020", "gov", "status", "done"), 1L),
          Map.entry(new CountKey("2020", "csa", "status", "done"), 1L),
          Map.entry(new CountKey("2020", "all", "status", "done"), 2L),
          Map.entry(new CountKey("2020", "gov", "channels", "x"), 1L),
          Map.entry(new CountKey("2020", "csa", "channels", "y"), 1L),
          Map.entry(new CountKey("2020", "csa", "channels", "z"), 1L),
          Map.entry(new CountKey("2020", "all", "channels", "x"), 1L),
          Map.entry(new CountKey("2020", "all", "channels", "y"), 1L),
          Map.entry(new CountKey("2020", "all", "channels", "z"), 1L),
          Map.entry(new CountKey("2022", "gov", "status", "done"), 1L),
          Map.entry(new CountKey("2022", "all", "status", "done"), 1L),
          Map.entry(new CountKey("2022", "gov", "channels", "x"), 1L),
          Map.entry(new CountKey("2022", "gov", "channels", "y"), 1L),
          Map.entry(new CountKey("2022", "all", "channels", "x"), 1L),
          Map.entry(new CountKey("2022", "all", "channels", "y"), 1L));

  /** Writes the two rounds' files into {@code dir}. */
  static List<DistributionSql.RoundFile> write(Path dir) throws IOException {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    Files.writeString(
        a,
        "respondent_id,group,submitted_at,status,channels\n"
            + "r1,gov,2020-10-01T10:00:00Z,planned,x y\n"
            + "r1,gov,2020-10-02T10:00:00Z,done,x\n"
            + "r2,csa,2020-10-01T10:00:00Z,done,\n"
            + "r3,csa,2020-10-01T10:00:00Z,,y z\n");
    Files.writeString(
        b,
        "respondent_id,group,submitted_at,status,channels\n"
            + "r1,gov,2022-10-01T10:00:00Z,done,\"x y\"\n");
    return List.of(
        new DistributionSql.RoundFile("2020", a), new DistributionSql.RoundFile("2022", b));
  }
}
