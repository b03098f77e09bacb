package dev.stocktake.schema.xlsform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.xlsform.internal.FormType.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormTypeTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "select_one colours|QUESTION|single_choice|colours|false",
        "select_multiple  eatery_types|QUESTION|multi_choice|eatery_types|false",
        "SELECT_ONE Yes_No or_other|QUESTION|single_choice|Yes_No|true",
        "select one from sexes or specify other|QUESTION|single_choice|sexes|true",
        "select all that apply from toilet_type|QUESTION|multi_choice|toilet_type|false",
        "integer|QUESTION|integer||false",
        "int|QUESTION|integer||false",
        "string|QUESTION|text||false",
        "Date|QUESTION|date||false"
      })
  void questions(String cell, Kind kind, String type, String list, boolean orOther) {
    FormType parsed = FormType.parse(cell);
    assertEquals(kind, parsed.kind());
    assertEquals(QuestionType.fromFileName(type), parsed.type());
    assertEquals(list, parsed.list());
    assertEquals(orOther, parsed.orOther());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "begin group|BEGIN_GROUP|begin group",
        "begin_group|BEGIN_GROUP|begin group",
        "End Group|END_GROUP|end group",
        "begin repeat|BEGIN_REPEAT|begin repeat",
        "begin loop over toilet_type|BEGIN_REPEAT|begin loop",
        "end_repeat|END_REPEAT|end_repeat",
        "deviceid|METADATA|deviceid",
        "geopoint|NOT_MAPPED|geopoint",
        "select_one_external c1|NOT_MAPPED|select_one_external",
        "rank colours|NOT_MAPPED|rank",
        "phone number|NOT_MAPPED|phone number"
      })
  void everythingElse(String cell, Kind kind, String name) {
    FormType parsed = FormType.parse(cell);
    assertEquals(kind, parsed.kind());
    assertEquals(name, parsed.name());
  }
}
