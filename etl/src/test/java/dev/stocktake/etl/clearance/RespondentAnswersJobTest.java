package dev.stocktake.etl.clearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stocktake.etl.EtlException;
import dev.stocktake.etl.SharedSpark;
import dev.stocktake.etl.compare.ComparedExample;
import dev.stocktake.etl.ingest.Edition;
import dev.stocktake.etl.ingest.Pseudonymiser;
import dev.stocktake.schema.SchemaException;
import dev.stocktake.schema.clearance.Consent;
import dev.stocktake.schema.clearance.RespondentAnswers;
import dev.stocktake.schema.clearance.RespondentAnswers.Answer;
import dev.stocktake.schema.project.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RespondentAnswersJobTest {
  private static final Pseudonymiser KEYED =
      new Pseudonymiser("a-tiny-test-key-0123456789".getBytes(StandardCharsets.UTF_8));

  @TempDir Path temp;

  /** The example's settings and schemas, a roster for round 2022, and outputs written by hand. */
  private Project tiny(String roster) throws IOException {
    Path example = ComparedExample.EXAMPLE;
    Files.createDirectories(temp.resolve("project"));
    for (String part : List.of("stocktake.yaml", "frameworks", "surveys")) {
      try (Stream<Path> walk = Files.walk(example.resolve(part))) {
        for (Path p : walk.toList()) {
          Path target = temp.resolve("project").resolve(example.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(target);
          } else {
            Files.copy(p, target);
          }
        }
      }
    }
    Path round = Files.createDirectories(temp.resolve("project/rounds/2022"));
    Files.writeString(round.resolve("roster.csv"), roster);
    return Project.load(temp.resolve("project"));
  }

  private static final String ROSTER =
      """
      id,name,group,region,country,language,consent
      org-2,Réseau Numérique,civil_society,europe,France,FR,
      org-1,"Kia Ora Online, Ltd",online_service_provider,oceania_pacific,New Zealand,en,full
      org-3,Silent Partner,partner,europe,Norway,en,withheld
      """;

  private Path outputs(Pseudonymiser pseudonymiser) {
    SparkSession spark = SharedSpark.session();
    String one = pseudonymiser.pseudonym("org-1");
    String two = pseudonymiser.pseudonym("org-2");
    String three = pseudonymiser.pseudonym("org-3");
    Path out = temp.resolve("out");
    write(
        spark,
        RespondentAnswersJob.ANSWERS,
        out.resolve("answers"),
        answer(one, "crisis_comments", null, true, "2022"),
        answer(one, "service_types", "search", false, "2022"),
        answer(one, "about_org_comments", "<script>alert(1)</script>", false, "2022"),
        answer(one, "service_types", "social_media", false, "2022"),
        answer(one, "hq_region", "oceania_pacific", false, "2022"),
        answer(one, "hq_region", "europe", false, "2020"),
        answer(two, "staff_tvec", "12", false, "2022"));
    write(
        spark,
        RespondentAnswersJob.RESPONDENTS,
        out.resolve("respondents"),
        RowFactory.create(one, "online_service_provider", true, "2022"),
        RowFactory.create(two, "civil_society", true, "2022"),
        RowFactory.create(three, "partner", false, "2022"),
        RowFactory.create(one, "online_service_provider", true, "2020"));
    return out;
  }

  private static Row answer(String who, String question, String value, boolean withheld, String r) {
    return RowFactory.create(who, question, value, withheld, r);
  }

  private static void write(SparkSession spark, StructType schema, Path path, Row... rows) {
    spark
        .createDataFrame(Arrays.asList(rows), schema)
        .write()
        .partitionBy("round")
        .parquet(path.toString());
  }

  @Test
  void joinsTheRosterToTheAnswersOfTheNewestRoundInQuestionOrder() throws Exception {
    Project project = tiny(ROSTER);
    List<RespondentAnswers> found =
        RespondentAnswersJob.collect(SharedSpark.session(), project, outputs(KEYED), KEYED);
    assertEquals(
        List.of(
            new RespondentAnswers(
                "2022",
                "org-2",
                "Réseau Numérique",
                "civil_society",
                "europe",
                "France",
                "fr",
                Consent.PENDING,
                List.of(new Answer("staff_tvec", List.of("12"), false))),
            new RespondentAnswers(
                "2022",
                "org-1",
                "Kia Ora Online, Ltd",
                "online_service_provider",
                "oceania_pacific",
                "New Zealand",
                "en",
                Consent.FULL,
                List.of(
                    new Answer("hq_region", List.of("oceania_pacific"), false),
                    new Answer("service_types", List.of("social_media", "search"), false),
                    new Answer("about_org_comments", List.of("<script>alert(1)</script>"), false),
                    new Answer("crisis_comments", List.of(), true)))),
        found);
  }

  @Test
  void outputsKeyedWithAnotherKeySayToIngestAgain() throws Exception {
    Project project = tiny(ROSTER);
    Path out = outputs(KEYED);
    EtlException e =
        assertThrows(
            EtlException.class,
            () ->
                RespondentAnswersJob.collect(
                    SharedSpark.session(), project, out, new Pseudonymiser(null)));
    assertTrue(
        e.getMessage().startsWith("no one in rounds/2022/roster.csv is among"), e.getMessage());
  }

  @Test
  void anUnknownConsentWordNamesTheRosterLine() throws Exception {
    Project project = tiny(ROSTER.replace("en,withheld", "en,later"));
    Path out = outputs(KEYED);
    SchemaException e =
        assertThrows(
            SchemaException.class,
            () -> RespondentAnswersJob.collect(SharedSpark.session(), project, out, KEYED));
    assertEquals(
        "rounds/2022/roster.csv:4 consent: \"later\" is not a consent state; use pending, full,"
            + " anonymous, withheld (a blank cell means pending)",
        e.getMessage());
  }

  @Test
  void theExampleGivesEveryRespondentOfTheNewestRoundTheirOwnAnswers() {
    ComparedExample.findings();
    Project project = Project.load(ComparedExample.EXAMPLE);
    List<RespondentAnswers> all =
        RespondentAnswersJob.collect(
            SharedSpark.session(), project, ComparedExample.out(), ComparedExample.pseudonymiser());
    assertTrue(all.size() > 250, "respondents: " + all.size());
    assertTrue(all.stream().allMatch(a -> a.round().equals("2022")));
    RespondentAnswers first =
        all.stream().filter(a -> a.respondent().equals("org-0098")).findFirst().orElseThrow();
    assertEquals("Chatcloud Inc", first.name());
    assertEquals("es", first.language());
    assertEquals(Consent.PENDING, first.consent());
    Map<String, Answer> byQuestion =
        first.answers().stream()
            .collect(java.util.stream.Collectors.toMap(Answer::question, a -> a));
    assertEquals(
        List.of("file_sharing", "search", "other"), byQuestion.get("service_types").values());
    assertEquals(List.of("492"), byQuestion.get("staff_tvec").values());
    // Free text is unpublished unless the schema says so, and the public edition withholds it;
    // v2 publishes crisis_comments.
    assertTrue(
        all.stream()
            .flatMap(a -> a.answers().stream())
            .filter(a -> a.question().equals("implementation_comments"))
            .allMatch(a -> a.withheld() && a.values().isEmpty()));
    assertEquals(
        new Answer(
            "crisis_comments",
            List.of(
                "Los avances han sido desiguales entre los compromisos. Nuestros colegas de otras"
                    + " regiones podrían verlo de otra manera."),
            false),
        byQuestion.get("crisis_comments"));
    List<String> order = first.answers().stream().map(Answer::question).toList();
    assertEquals("hq_region", order.get(0));
  }

  @Test
  void theEditionComesFromTheReconciliation() {
    ComparedExample.findings();
    assertEquals(
        Edition.PUBLIC,
        dev.stocktake.etl.ingest.PseudonymKey.ingestedEdition(
            ComparedExample.out(), Project.load(ComparedExample.EXAMPLE)));
  }
}
