package dev.stocktake.schema.validate;

import dev.stocktake.schema.SurveySchema;
import java.util.List;
import java.util.Optional;

/**
 * What validating a codebook needs to see besides the file itself: the languages of its project and
 * the project's newest schema, whose text questions it codes.
 */
public interface CodebookContext {

  /** The languages the project declares in stocktake.yaml, if the codebook is in a project. */
  Optional<List<String>> projectLanguages();

  /** The newest schema version of the project's survey, if it can be read. */
  Optional<SurveySchema> newestSchema();

  /** A codebook's context in a project. */
  static CodebookContext of(List<String> projectLanguages, Optional<SurveySchema> newestSchema) {
    List<String> languages = List.copyOf(projectLanguages);
    return new CodebookContext() {
      @Override
      public Optional<List<String>> projectLanguages() {
        return Optional.of(languages);
      }

      @Override
      public Optional<SurveySchema> newestSchema() {
        return newestSchema;
      }
    };
  }

  /** The context of a codebook outside any project: its questions and languages go unchecked. */
  static CodebookContext none() {
    return new CodebookContext() {
      @Override
      public Optional<List<String>> projectLanguages() {
        return Optional.empty();
      }

      @Override
      public Optional<SurveySchema> newestSchema() {
        return Optional.empty();
      }
    };
  }
}
