package dev.stocktake.schema.xlsform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stocktake.schema.Constraint;
import dev.stocktake.schema.Group;
import dev.stocktake.schema.Question;
import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small forms written in the test, one mapping rule each, with the exact notes they give. */
class XlsFormsMappingTest {
  @TempDir Path temp;

  private XlsFormImport importCsv(String csv) throws IOException {
    Path form = temp.resolve("form.csv");
    Files.writeString(form, csv);
    return XlsForms.read(form);
  }

  private static List<String> notes(XlsFormImport imported) {
    return imported.unmapped().stream().map(Unmapped::toString).toList();
  }

  @Test
  void nestedGroupsBecomeSectionsOfTheirOwn() throws IOException {
    XlsFormImport imported =
        importCsv(
            """
            survey,,,
            ,type,name,label
            ,begin group,outer,Outer
            ,text,a,A
            ,begin_group,inner,Inner
            ,integer,b,B
            ,end_group,,
            ,date,c,C
            ,end group,,
            settings,,,
            ,form_id,version,
            ,nested,3,
            """);
    SurveySchema schema = imported.schema();
    assertEquals(List.of("outer", "inner"), schema.sections().stream().map(s -> s.id()).toList());
    assertEquals(
        List.of("outer", "inner", "outer"),
        schema.questions().stream().map(Question::section).toList());
    assertEquals(3, schema.version());
    assertEquals(
        List.of(
            "survey row 5 (type begin group) inner: group nested in group outer: imported as a"
                + " section of its own (Stocktake sections do not nest)",
            "survey: the form has no question named group (select_one stakeholder_group): one"
                + " stakeholder group, respondents, was added; declare the real groups in the"
                + " schema"),
        notes(imported));
  }

  @Test
  void requiredRelevantAndConstraintVariants() throws IOException {
    XlsFormImport imported =
        importCsv(
            """
            survey,,,,,,
            ,type,name,label::English (en),required,relevance,constraint
            ,calculate,total,,,,
            ,integer,age,Age,TRUE(),,. > 17 and . < 121
            ,text,why,Why,1,${age} >= 18 and ${total} > 2,string-length(.) <= 200
            ,text,code,Code,no,string-length(${why}) > 0,"regex(., '^[A-Z]+$') or . = 'x'"
            ,decimal,share,Share,${age} > 20,,
            """);
    SurveySchema schema = imported.schema();
    Question age = schema.question("age").orElseThrow();
    assertEquals(Boolean.TRUE, age.required());
    assertEquals(new Constraint("18", "120", null, null), age.constraint());
    Question why = schema.question("why").orElseThrow();
    assertEquals(Boolean.TRUE, why.required());
    assertEquals(null, why.relevant());
    assertEquals(new Constraint(null, null, null, 200), why.constraint());
    Question code = schema.question("code").orElseThrow();
    assertEquals(Boolean.FALSE, code.required());
    assertEquals(null, code.constraint());
    assertEquals(Boolean.FALSE, schema.question("share").orElseThrow().required());
    assertEquals(
        List.of(
            "survey row 3 (type calculate) total: not mapped: a calculation is not an answer a"
                + " respondent gives",
            "survey row 6 (relevant string-length(${why}) > 0) code: not mapped: Stocktake's skip"
                + " logic cannot read this expression; the question is asked of everyone",
            "survey row 6 (constraint regex(., '^[A-Z]+$') or . = 'x') code: not mapped:"
                + " Stocktake constraints are min/max (numbers, dates), pattern and max_length"
                + " (text)",
            "survey row 7 (required ${age} > 20) share: required only under a condition is not"
                + " supported: imported as not required",
            "survey: the form has no question named group (select_one stakeholder_group): one"
                + " stakeholder group, respondents, was added; declare the real groups in the"
                + " schema",
            "settings: no version: version 1 used; pass --version N to choose another",
            "survey row 5 (relevant age >= 18 and total > 2) why: not mapped: refers to unknown"
                + " question \"total\""),
        notes(imported));
  }

  @Test
  void languagesFromNamesCodesAndTheDefault() throws IOException {
    XlsFormImport imported =
        importCsv(
            """
            survey,,,,,
            ,type,name,label,label::Français,label:Klingon
            ,text,q,Question,Question (fr),Qagh
            settings,,,,,
            ,default_language,form_title,,,
            ,Español (es),Encuesta,,,
            """);
    SurveySchema schema = imported.schema();
    assertEquals(List.of("es", "fr", "und-klingon"), schema.languages());
    assertEquals(
        Map.of("es", "Question", "fr", "Question (fr)", "und-klingon", "Qagh"),
        schema.questions().get(0).label().byLanguage());
    assertEquals(
        Map.of("es", "Encuesta", "fr", "Encuesta", "und-klingon", "Encuesta"),
        schema.title().byLanguage());
    assertEquals(
        "survey row 2 (label:Klingon): language \"Klingon\" is not a language name or code we"
            + " know: kept as und-klingon; write the header as label::Klingon (<code>) with its"
            + " BCP 47 code, or rename und-klingon in the schema",
        notes(imported).get(0));
  }

  @Test
  void aSchemaWithAQuestionNamedGroupCannotBeWritten() {
    SurveySchema schema =
        new SurveySchema(
            "s",
            1,
            null,
            Text.of(Map.of("en", "S")),
            List.of("en"),
            null,
            List.of(new Group("all", Text.of(Map.of("en", "All")))),
            List.of(),
            List.of(),
            List.of(
                new Question(
                    "group",
                    null,
                    QuestionType.TEXT,
                    null,
                    Text.of(Map.of("en", "G")),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null)),
            List.of());
    Path out = temp.resolve("form.xlsx");
    XlsFormException e = assertThrows(XlsFormException.class, () -> XlsForms.write(schema, out));
    assertEquals(
        out
            + " cannot write the form: question id \"group\" is the stakeholder-group question of"
            + " a written form; rename the question",
        e.getMessage());
  }
}
