package dev.stocktake.schema.project;

/**
 * How a project keeps answers confidential: the smallest cell a public edition shows, and where the
 * pseudonymisation key comes from.
 */
public record Confidentiality(
    Integer suppressionThreshold, String pseudonymisationKeyEnv, String pseudonymisationKeyFile) {

  public static final int DEFAULT_SUPPRESSION_THRESHOLD = 5;

  public int threshold() {
    return suppressionThreshold == null ? DEFAULT_SUPPRESSION_THRESHOLD : suppressionThreshold;
  }
}
