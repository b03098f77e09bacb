package dev.stocktake.schema.xlsform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stocktake.schema.Question;
import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.io.Loaded;
import dev.stocktake.schema.io.SourceMap;
import dev.stocktake.schema.validate.SchemaContext;
import dev.stocktake.schema.validate.SchemaValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** KoboToolbox asset JSON from formpack's tests: the restaurant profile's four versions. */
class KoboAssetImportTest {
  static final Path KOBO = Path.of("../../shared/fixtures/kobo-formpack");

  static Stream<Path> assets() throws IOException {
    assumeTrue(Files.isDirectory(KOBO), "no Kobo fixtures at " + KOBO);
    try (Stream<Path> files = Files.walk(KOBO)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @Test
  void kobosAutomaticNamesAndTranslationArrays(@TempDir Path temp) throws IOException {
    Path asset = temp.resolve("asset.json");
    Files.writeString(
        asset,
        """
        {"id_string": "k", "version": "3",
         "content": {
           "translations": ["English (en)", null],
           "survey": [
             {"type": "select_one", "select_from_list_name": "yn", "$autoname": "likes_tea",
              "$kuid": "abc", "label": ["Do you like tea?", "Vous aimez le thé ?"], "required": true}
           ],
           "choices": [
             {"list_name": "yn", "$autovalue": "yes", "label": ["Yes", "Oui"]},
             {"list_name": "yn", "name": "no", "$autovalue": "ignored", "label": ["No", "Non"]}
           ],
           "settings": {"default_language": "French (fr)"}}}
        """);
    XlsFormImport imported = XlsForms.read(asset);
    SurveySchema schema = imported.schema();
    assertEquals(3, schema.version());
    assertEquals("k", schema.survey());
    assertEquals(List.of("en", "fr"), schema.languages());
    Question q = schema.question("likes_tea").orElseThrow();
    assertEquals(
        Map.of("en", "Do you like tea?", "fr", "Vous aimez le thé ?"), q.label().byLanguage());
    assertEquals(Boolean.TRUE, q.required());
    assertEquals(List.of("yes", "no"), schema.choiceList("yn").orElseThrow().codes());
  }

  @ParameterizedTest
  @MethodSource("assets")
  void everyAssetImportsAsAValidSchema(Path file) {
    SurveySchema schema = XlsForms.read(file).schema();
    assertEquals(
        List.of(),
        new SchemaValidator()
            .validate(
                new Loaded<>("imported.yaml", schema, SourceMap.empty()), SchemaContext.none()));
  }

  @ParameterizedTest
  @CsvSource({"v1, en, ''", "v2, en fr, ''", "v3, en fr, single_choice", "v4, en fr, multi_choice"})
  void theRestaurantProfile(String version, String languages, String eateryType) {
    Path file = KOBO.resolve("restaurant_profile/" + version + ".json");
    assumeTrue(Files.isRegularFile(file));
    int n = Integer.parseInt(version.substring(1));

    XlsFormImport imported = XlsForms.read(file, n);
    SurveySchema schema = imported.schema();

    assertEquals("restaurant_profile", schema.survey());
    assertEquals(n, schema.version());
    assertEquals(List.of(languages.split(" ")), schema.languages());
    Question name = schema.question("restaurant_name").orElseThrow();
    assertEquals(QuestionType.TEXT, name.type());
    assertEquals(
        n == 1
            ? Map.of("en", "restaurant name")
            : Map.of("en", "restaurant name", "fr", "nom du restaurant"),
        name.label().byLanguage());
    assertEquals(
        eateryType.isEmpty()
            ? List.of("restaurant_name")
            : List.of("restaurant_name", "eatery_type"),
        XlsFormsFixtureTest.ids(schema));
    if (!eateryType.isEmpty()) {
      Question eatery = schema.question("eatery_type").orElseThrow();
      assertEquals(QuestionType.fromFileName(eateryType), eatery.type());
      assertEquals("eatery_types", eatery.choices());
      assertEquals(
          List.of("sit_down", "takeaway"), schema.choiceList("eatery_types").orElseThrow().codes());
    }
    Unmapped location = imported.unmapped().get(0);
    assertEquals(
        "survey row 3 (type geopoint) location: not mapped: location answers are not supported",
        location.toString());
    assertEquals(
        "settings row 2 (version rp"
            + (n == 1 ? "v" : "V")
            + n
            + "): the version is not a whole"
            + " number: version "
            + n
            + " used; pass --version N to choose another",
        imported.unmapped().get(imported.unmapped().size() - 1).toString());
  }
}
