package dev.stocktake.schema.validate;

import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.framework.Framework;
import java.util.Optional;

/**
 * What validating one schema version needs to see besides the file itself: the other versions of
 * the survey (for lineage) and the framework its commitments refer to.
 */
public interface SchemaContext {

  /** Version {@code version} of the same survey, if it can be found. */
  Optional<SurveySchema> version(int version);

  /** The framework with id {@code id}, if it can be found. */
  Optional<Framework> framework(String id);

  /** Where versions and frameworks were looked for, for "not found" messages. */
  String describeLookup();

  /** A context that knows no other version and no framework. */
  static SchemaContext none() {
    return new SchemaContext() {
      @Override
      public Optional<SurveySchema> version(int version) {
        return Optional.empty();
      }

      @Override
      public Optional<Framework> framework(String id) {
        return Optional.empty();
      }

      @Override
      public String describeLookup() {
        return "no project folder given";
      }
    };
  }
}
