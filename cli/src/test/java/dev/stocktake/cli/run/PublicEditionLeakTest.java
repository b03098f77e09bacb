package dev.stocktake.cli.run;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReader;
import dev.stocktake.cli.ExampleCopy;
import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.Run;
import dev.stocktake.cli.SparkSessions;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The confidentiality guarantee of the public edition, end to end: {@code stocktake run --edition
 * public} on the shipped example, then every byte of every output is searched for what the inputs
 * say must stay confidential (see {@link Secrets}), and the report for counts below the suppression
 * threshold. The clearance documents are the one documented exception: docs/clearance.md says
 * {@code report/clearance/} is written beside the report in either edition, is confidential and is
 * never to be published; they are checked to hold only their own respondent's id and name.
 */
class PublicEditionLeakTest {
  private static final int THRESHOLD = 5; // confidentiality.suppression_threshold of the example
  private static final String CLEARANCE = "report/clearance/";

  @TempDir static Path temp;
  private static Path project;
  private static Path out;
  private static long runSeconds;

  @BeforeAll
  static void runThePublicEdition() throws Exception {
    long start = System.nanoTime();
    project = ExampleCopy.in(temp, true);
    out = temp.resolve("out");
    Run run = Run.of("run", project.toString(), "--edition", "public", "--out", out.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("(public edition)"), run.out());
    runSeconds = (System.nanoTime() - start) / 1_000_000_000;
  }

  @Test
  void noPublicOutputHoldsAnIdANameAnUnpublishedTextOrASmallCell() throws Exception {
    long start = System.nanoTime();
    Secrets secrets = Secrets.of(project);
    SecretScanner scanner = new SecretScanner(secrets);
    // The scan must have something to find: the example's ids, names and withheld answers.
    assertTrue(secrets.ids().size() > 400, "ids: " + secrets.ids().size());
    assertTrue(secrets.names().size() > 200, "names: " + secrets.names().size());
    assertTrue(secrets.texts().size() > 300, "texts: " + secrets.texts().size());

    SparkSession spark = SparkSessions.start(null, false);
    List<String> leaks = new ArrayList<>();
    long files = 0;
    long bytes = 0;
    long parquetValues = 0;
    List<Path> all;
    try (Stream<Path> walk = Files.walk(out)) {
      all = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : all) {
      String name = out.relativize(file).toString().replace('\\', '/');
      if (name.startsWith(CLEARANCE)) {
        continue; // checked below
      }
      byte[] content = Files.readAllBytes(file);
      files++;
      bytes += content.length;
      List<String> views = new ArrayList<>();
      views.add(name); // a file name may hold an id too
      // Raw bytes read as UTF-8 (and as Latin-1, which maps every byte, in case a secret sits in
      // a binary file next to bytes that are no UTF-8).
      views.add(new String(content, StandardCharsets.UTF_8));
      views.add(new String(content, StandardCharsets.ISO_8859_1));
      if (name.endsWith(".html")) {
        views.add(Parser.unescapeEntities(views.get(1), false));
      } else if (name.endsWith(".md")) {
        views.add(views.get(1).replaceAll("\\\\(\\p{Punct})", "$1")); // Markdown escapes
      } else if (name.endsWith(".json")) {
        views.add(String.join("\n", jsonStrings(new ObjectMapper().readTree(content))));
      } else if (name.endsWith(".csv")) {
        views.add(String.join("\n", csvCells(views.get(1))));
      } else if (name.endsWith(".parquet")) {
        // Snappy-compressed pages can hide a string from the byte scan: decode every value.
        List<String> values = parquetStrings(spark.read().parquet(file.toString()));
        parquetValues += values.size();
        views.add(String.join("\n", values));
      }
      for (String view : views) {
        for (String secret : scanner.find(view)) {
          leaks.add(name + ": " + secret);
        }
      }
    }
    assertEquals(List.of(), leaks.stream().distinct().toList(), "secrets in the public edition");

    int documents = checkClearanceDocuments(secrets, scanner);
    int smallCells = smallCellsOfTheAnswers(spark);
    assertTrue(smallCells > 0, "the example has cells below the threshold to hide");
    int hidden = checkReportTables(out.resolve("report/en/index.html"));
    assertTrue(hidden > 0, "the English report hides some cells");
    checkKeyFindings(out.resolve("report/en/key-findings.md"));

    System.out.printf(
        "PublicEditionLeakTest: %d files scanned (%d bytes, %d parquet values), %d secrets sought"
            + " (%d ids, %d names, %d unpublished texts, %d small cells), 0 found; %d clearance"
            + " documents hold only their own respondent; %d report cells hidden; run %d s,"
            + " scan %d s%n",
        files,
        bytes,
        parquetValues,
        secrets.ids().size() + secrets.names().size() + secrets.texts().size() + smallCells,
        secrets.ids().size(),
        secrets.names().size(),
        secrets.texts().size(),
        smallCells,
        documents,
        hidden,
        runSeconds,
        (System.nanoTime() - start) / 1_000_000_000);
  }

  /**
   * The figures compare writes for analysts — distributions, comparisons and findings.json — hold
   * no count from 1 to threshold − 1, and no hidden count of distributions follows by subtraction:
   * neither from its line's number of answers (a single-valued question's counts add up to it) nor
   * from the group {@code all} (the groups' counts add up to it).
   */
  @Test
  void theAnalystsFiguresHoldNoSmallCell() throws Exception {
    List<String> small = new ArrayList<>();
    List<Map<String, String>> distributions = Secrets.csv(out.resolve("distributions.csv"));
    int hidden = 0;
    for (Map<String, String> r : distributions) {
      if (isSmall(r.get("respondents")) || isSmall(r.get("answered"))) {
        small.add("distributions.csv: " + r);
      }
      if (r.get("respondents").isEmpty()) {
        hidden++;
      }
    }
    small.addAll(recoverable(distributions));
    int withheld = 0;
    for (Map<String, String> r : Secrets.csv(out.resolve("comparisons.csv"))) {
      if (isSmall(r.get("n_from")) || isSmall(r.get("n_to"))) {
        small.add("comparisons.csv: " + r);
      }
      withheld += "suppressed".equals(r.get("note")) ? 1 : 0;
    }
    JsonNode findings = new ObjectMapper().readTree(out.resolve("findings.json").toFile());
    Map<String, List<String>> counts =
        Map.of(
            "participation", List.of("respondents"),
            "panel", List.of("returning", "newcomers", "dropped"),
            "transitions", List.of("respondents"),
            "comparisons", List.of("n_from", "n_to"),
            "commitments", List.of("answers"));
    for (Map.Entry<String, List<String>> part : counts.entrySet()) {
      for (JsonNode cell : findings.path(part.getKey())) {
        for (String field : part.getValue()) {
          if (isSmall(cell.path(field).asText())) {
            small.add("findings.json " + part.getKey() + ": " + cell);
          }
        }
        for (JsonNode level : cell.path("levels")) {
          if (isSmall(level.path("count").asText())) {
            small.add("findings.json commitment level: " + cell);
          }
        }
      }
    }
    System.out.printf(
        "PublicEditionLeakTest analysts' figures: %d distribution lines, %d counts hidden, %d"
            + " tests withheld, %d small or recoverable counts%n",
        distributions.size(), hidden, withheld, small.size());
    assertTrue(hidden > 0, "the example has small cells to hide");
    assertEquals(List.of(), small, small.size() + " small cells");
  }

  /** Hidden counts of distributions.csv that the counts shown give away by subtraction. */
  private List<String> recoverable(List<Map<String, String>> distributions) {
    Map<String, Boolean> singleValued = new java.util.HashMap<>();
    dev.stocktake.schema.project.Project.load(project)
        .newestSchema()
        .questions()
        .forEach(
            q ->
                singleValued.put(
                    q.id(), q.type() != dev.stocktake.schema.QuestionType.MULTI_CHOICE));
    // Lines whose entries add up: (entries, total), each entry a count or "" when hidden.
    Map<String, List<String>> parts = new java.util.LinkedHashMap<>();
    Map<String, String> totals = new java.util.HashMap<>();
    for (Map<String, String> r : distributions) {
      if (!"share".equals(r.get("kind"))) {
        continue;
      }
      String q = r.get("question");
      String qr = q + " " + r.get("round");
      if (singleValued.getOrDefault(q, false)) {
        String row = qr + " " + r.get("group");
        parts.computeIfAbsent(row, k -> new ArrayList<>()).add(r.get("respondents"));
        totals.put(row, r.get("answered"));
      }
      String column = qr + " value " + r.get("value");
      if ("all".equals(r.get("group"))) {
        totals.put(column, r.get("respondents"));
      } else {
        parts.computeIfAbsent(column, k -> new ArrayList<>()).add(r.get("respondents"));
      }
    }
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, List<String>> line : parts.entrySet()) {
      String total = totals.get(line.getKey());
      long hiddenEntries = line.getValue().stream().filter(String::isEmpty).count();
      if (total != null && !total.isEmpty() && hiddenEntries == 1) {
        found.add(
            "distributions.csv: one hidden count in "
                + line.getKey()
                + " "
                + line.getValue()
                + " of "
                + total);
      }
    }
    return found;
  }

  /**
   * Pseudonyms as the outputs carry them: the same key gives every respondent the same pseudonym in
   * answers/ and respondents/ of another ingest, another key gives every respondent another one,
   * and no pseudonym is a raw id. (Two more ingests: the first is the public run above.)
   */
  @Test
  void pseudonymsAreStableUnderTheSameKeyAndDifferUnderAnother() throws Exception {
    long start = System.nanoTime();
    Path second = ExampleCopy.in(temp.resolve("same-key"), true);
    Path sameKey = temp.resolve("same-key-out");
    Run same = Run.of("ingest", second.toString(), "--out", sameKey.toString());
    assertEquals(ExitCodes.OK, same.exitCode(), same.err());
    Files.writeString(
        second.resolve(".secrets/pseudonymisation.key"), "another-test-key-long-enough\n");
    Path otherKey = temp.resolve("other-key-out");
    Run other = Run.of("ingest", second.toString(), "--out", otherKey.toString());
    assertEquals(ExitCodes.OK, other.exitCode(), other.err());

    SparkSession spark = SparkSessions.start(null, false);
    Set<String> rawIds = Secrets.of(project).ids();
    int compared = 0;
    for (String output : List.of("answers", "respondents")) {
      Set<String> first = keys(spark, out.resolve(output));
      Set<String> again = keys(spark, sameKey.resolve(output));
      Set<String> rekeyed = keys(spark, otherKey.resolve(output));
      assertTrue(first.size() > 300, output + ": " + first.size() + " respondents");
      assertEquals(first, again, output + ": the same key gives the same pseudonyms");
      assertEquals(first.size(), rekeyed.size(), output + ": one pseudonym per respondent");
      Set<String> shared = new TreeSet<>(first);
      shared.retainAll(rekeyed);
      assertEquals(Set.of(), shared, output + ": another key shares no pseudonym");
      for (Set<String> keys : List.of(first, rekeyed)) {
        Set<String> raw = new TreeSet<>(keys);
        raw.retainAll(rawIds);
        assertEquals(Set.of(), raw, output + ": raw ids among the pseudonyms");
        assertTrue(
            keys.stream().allMatch(k -> k.matches("[0-9a-f]{32}")),
            output + ": every key is 128 bits in hex");
      }
      compared += first.size();
    }
    System.out.printf(
        "PublicEditionLeakTest: %d respondent keys of answers/ and respondents/ identical under"
            + " the same key, disjoint under another, none a raw id; %d s%n",
        compared, (System.nanoTime() - start) / 1_000_000_000);
  }

  /** The distinct respondent keys of a Parquet output. */
  private static Set<String> keys(SparkSession spark, Path folder) {
    Set<String> keys = new TreeSet<>();
    for (Row r :
        spark.read().parquet(folder.toString()).select("respondent").distinct().collectAsList()) {
      keys.add(r.getString(0));
    }
    return keys;
  }

  private static boolean isSmall(String count) {
    if (count == null || count.isBlank() || count.equals("null")) {
      return false;
    }
    double n = Double.parseDouble(count);
    return n > 0 && n < THRESHOLD;
  }

  /**
   * Every clearance document names its file after its own respondent and holds no other
   * respondent's id or name, and no unpublished or redacted text: the public edition's ingest
   * withheld those, so the documents list them without reproducing them (docs/clearance.md).
   */
  private static int checkClearanceDocuments(Secrets secrets, SecretScanner scanner)
      throws Exception {
    Map<String, String> nameById = new java.util.HashMap<>();
    List<Map<String, String>> roster =
        Secrets.csv(project.resolve("rounds/2022/roster.csv")); // the newest round
    roster.forEach(r -> nameById.put(r.get("id"), r.get("name")));
    List<Path> documents;
    try (Stream<Path> list = Files.list(out.resolve(CLEARANCE))) {
      documents = list.sorted().toList();
    }
    assertTrue(documents.size() > 100, "clearance documents: " + documents.size());
    List<String> leaks = new ArrayList<>();
    for (Path document : documents) {
      String id = document.getFileName().toString().replaceFirst("\\.html$", "");
      assertTrue(nameById.containsKey(id), "a clearance document of no roster id: " + id);
      String html = Files.readString(document, StandardCharsets.UTF_8);
      Set<String> found = new TreeSet<>(scanner.find(html));
      found.addAll(scanner.find(Parser.unescapeEntities(html, false)));
      found.remove("id: " + id);
      found.remove("name: " + nameById.get(id));
      for (String quotable : secrets.quotableNames()) {
        if (!quotable.equals(nameById.get(id)) && html.contains(quotable)) {
          found.add("name: " + quotable);
        }
      }
      found.forEach(f -> leaks.add(CLEARANCE + id + ".html: " + f));
    }
    assertEquals(List.of(), leaks, "clearance documents hold others' secrets");
    return documents.size();
  }

  /**
   * Question × round × group (and everyone) × value cells of 1 to threshold − 1 respondents,
   * counted here from the tidy answers with a query of our own, independently of the compare and
   * report code under test. (answers/ holds every closed answer in either edition; only free text
   * is withheld.)
   */
  private static int smallCellsOfTheAnswers(SparkSession spark) {
    Dataset<Row> answers =
        spark
            .read()
            .parquet(out.resolve("answers").toString())
            .filter(col("value").isNotNull().and(col("comparability").notEqual("none")));
    Dataset<Row> byGroup =
        answers
            .groupBy("question", "round", "group", "value")
            .agg(countDistinct("respondent").as("n"));
    Dataset<Row> everyone =
        answers
            .groupBy("question", "round", "value")
            .agg(countDistinct("respondent").as("n"))
            .withColumn("group", lit("all"));
    return (int)
        byGroup.unionByName(everyone).filter(col("n").gt(0).and(col("n").lt(THRESHOLD))).count();
  }

  private static final Pattern SHARE_AND_COUNT = Pattern.compile("^\\d+% \\(([\\d,]+)\\)$");
  private static final Pattern PAIR = Pattern.compile("^([\\d,]+) → ([\\d,]+)$");
  private static final Pattern COUNT = Pattern.compile("^[\\d,]+$");

  /**
   * The English report's tables (the other languages render the same figures in other number
   * formats): no count shown is 1 to threshold − 1; a response rate is hidden with its count; and
   * no hidden count can be had from a line's total, i.e. no shown count leaves a remainder of 1 to
   * threshold − 1 below its total, and no line hides exactly one count that its total and shown
   * counts give away. Returns how many cells the tables hide.
   */
  private static int checkReportTables(Path index) throws Exception {
    Document page = Jsoup.parse(index.toFile(), "UTF-8");
    List<String> leaks = new ArrayList<>();
    int hidden = 0;
    for (Element table : page.select("table")) {
      List<String> header = table.select("thead th").eachText();
      String caption = table.select("caption").text();
      if (header.contains("Rows read")) {
        continue; // submissions read per round, not respondents in a cell
      }
      List<Element> body = table.select("tbody tr:not(.total)");
      Element total = table.selectFirst("tbody tr.total");
      int columns = table.select("thead th").size() - 1;
      for (int c = 0; c < columns; c++) {
        String column = header.get(c + 1);
        long shownSum = 0;
        int hiddenInColumn = 0;
        Long lineTotal = total == null ? null : count(total.select("td").get(c).text());
        for (Element row : body) {
          Element cell = row.select("td").get(c);
          if (cell.hasClass("suppressed")) {
            hiddenInColumn++;
            // Respondents, invited, response rate: the rate two columns on.
            Element next = c + 2 < columns ? row.select("td").get(c + 2) : null;
            if (column.startsWith("Respondents")
                && next != null
                && next.text().matches(".*\\d+%.*")
                && !next.hasClass("suppressed")) {
              leaks.add(caption + ": a response rate beside a hidden count: " + next.text());
            }
            continue;
          }
          String text = cell.text();
          List<Long> counts = new ArrayList<>();
          Matcher m;
          if ((m = SHARE_AND_COUNT.matcher(text)).matches()) {
            counts.add(parse(m.group(1)));
          } else if ((m = PAIR.matcher(text)).matches()) {
            counts.add(parse(m.group(1)));
            counts.add(parse(m.group(2)));
          } else if (COUNT.matcher(text).matches()) {
            counts.add(parse(text));
          }
          for (long n : counts) {
            if (n > 0 && n < THRESHOLD) {
              leaks.add(caption + " / " + row.select("th").text() + " / " + column + ": " + text);
            }
            if (lineTotal != null && lineTotal - n > 0 && lineTotal - n < THRESHOLD) {
              leaks.add(caption + " / " + column + ": " + text + " of " + lineTotal);
            }
          }
          if (counts.size() == 1) {
            shownSum += counts.get(0);
          }
        }
        if (hiddenInColumn == 1
            && lineTotal != null
            && lineTotal - shownSum > 0
            && lineTotal - shownSum < THRESHOLD) {
          leaks.add(caption + " / " + column + ": one hidden count is the total less the rest");
        }
        hidden += hiddenInColumn;
      }
    }
    assertEquals(List.of(), leaks, "small cells in " + index);
    return hidden;
  }

  /** A count as a table shows it, or null for anything else (hidden, a share, a dash). */
  private static Long count(String text) {
    return COUNT.matcher(text).matches() ? parse(text) : null;
  }

  private static long parse(String digits) {
    return Long.parseLong(digits.replace(",", ""));
  }

  /**
   * The key findings state no count below the threshold: every number in them that is no list
   * number, share, p-value, decimal or year is 0 or at least the threshold.
   */
  private static void checkKeyFindings(Path markdown) throws Exception {
    List<String> leaks = new ArrayList<>();
    for (String line : Files.readAllLines(markdown, StandardCharsets.UTF_8)) {
      String prose =
          line.replaceFirst("^\\d+\\. ", "")
              .replaceAll("^\\d+ findings? stands? out\\.$", "") // how many findings, not people
              .replaceAll("\\d+(\\.\\d+)?%", "")
              .replaceAll("\\d+\\.\\d+", "")
              .replaceAll("\\(\\d{4}\\)", "");
      Matcher m = Pattern.compile("(?<![\\w.])(\\d+)(?![\\w.])").matcher(prose);
      while (m.find()) {
        long n = Long.parseLong(m.group(1));
        if (n > 0 && n < THRESHOLD) {
          leaks.add(line);
        }
      }
    }
    assertEquals(List.of(), leaks, "small counts in " + markdown);
  }

  private static List<String> jsonStrings(JsonNode node) {
    List<String> strings = new ArrayList<>();
    collect(node, strings);
    return strings;
  }

  private static void collect(JsonNode node, List<String> strings) {
    if (node.isTextual()) {
      strings.add(node.asText());
    }
    for (Iterator<Map.Entry<String, JsonNode>> f = node.fields(); f.hasNext(); ) {
      Map.Entry<String, JsonNode> e = f.next();
      strings.add(e.getKey());
      collect(e.getValue(), strings);
    }
    if (node.isArray()) {
      node.forEach(child -> collect(child, strings));
    }
  }

  private static List<String> csvCells(String text) throws Exception {
    List<String> cells = new ArrayList<>();
    try (CSVReader reader = new CSVReader(new StringReader(text))) {
      for (String[] row : reader) {
        cells.addAll(List.of(row));
      }
    }
    return cells;
  }

  /** Every string of every row, including strings inside arrays. */
  private static List<String> parquetStrings(Dataset<Row> rows) {
    List<String> strings = new ArrayList<>();
    for (Row row : rows.collectAsList()) {
      for (int i = 0; i < row.size(); i++) {
        Object value = row.get(i);
        if (value instanceof String s) {
          strings.add(s);
        } else if (value instanceof Seq<?> seq) {
          for (Object item : CollectionConverters.asJava(seq)) {
            if (item instanceof String s) {
              strings.add(s);
            }
          }
        }
      }
    }
    return strings;
  }
}
