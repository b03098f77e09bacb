package dev.stocktake.schema.project;

/**
 * How a project keeps answers confidential: the smallest cell a public edition shows, where the
 * pseudonymisation key comes from, and whether the community edition keeps raw respondent ids (for
 * a secretariat that must contact respondents; never in the public edition).
 */
public record Confidentiality(
    Integer suppressionThreshold,
    String pseudonymisationKeyEnv,
    String pseudonymisationKeyFile,
    Boolean communityRawIds) {

  public static final int DEFAULT_SUPPRESSION_THRESHOLD = 5;

  public int threshold() {
    return suppressionThreshold == null ? DEFAULT_SUPPRESSION_THRESHOLD : suppressionThreshold;
  }

  public boolean keepsRawIdsInCommunityEdition() {
    return Boolean.TRUE.equals(communityRawIds);
  }
}
