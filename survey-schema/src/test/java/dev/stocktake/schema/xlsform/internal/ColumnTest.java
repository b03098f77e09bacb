package dev.stocktake.schema.xlsform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "label::English (en)|label|English (en)",
        "LABEL::EN|label|EN",
        "label:English|label|English",
        "label|label|''",
        "Hint::Français (fr)|hint|Français (fr)",
        "relevance|relevant|''",
        "bind:relevant|relevant|''",
        "read only|read_only|''",
        "list name|list_name|''",
        " LIST_NAME |list_name|''",
        "bind:jr:constraintMsg|constraint_message|''",
        "stocktake::type|stocktake::type|''",
        "stocktake::title::French (fr)|stocktake::title|French (fr)"
      })
  void headerVariants(String header, String key, String language) {
    Column column = Column.parse(header);
    assertEquals(key, column.key());
    assertEquals(language, column.language());
  }

  @ParameterizedTest
  @CsvSource({
    "English (en), en",
    "english, en",
    "EN, en",
    "Français, fr",
    "Español, es",
    "Arabic, ar",
    "Swahili, sw",
    "Portuguese (Brazil) (pt-BR), pt-BR",
    "te reo Māori (mi), mi"
  })
  void languagesAreNamedOrCoded(String written, String tag) {
    assertEquals(Optional.of(tag), Languages.tagOf(written));
  }

  @ParameterizedTest
  @CsvSource({"Klingon and more, und-klingona", "'   ', und-unnamed"})
  void unknownLanguagesGetAStandIn(String written, String standIn) {
    assertEquals(Optional.empty(), Languages.tagOf(written));
    assertEquals(standIn, Languages.standIn(written));
  }
}
