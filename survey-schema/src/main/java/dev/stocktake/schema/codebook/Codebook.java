package dev.stocktake.schema.codebook;

import dev.stocktake.schema.Question;
import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.Required;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.Text;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A codebook, {@code codebooks/<id>.yaml} in a project: the themes open answers are coded into.
 *
 * @param codebook the codebook's id, the file's name without {@code .yaml}
 * @param version raised whenever themes or rules change, so that a report says which it used
 * @param languages the languages its labels and rules are written for
 * @param questions the text questions it codes (ids of the newest schema)
 * @param sections sections of the newest schema whose every text question it codes too (a strand of
 *     the consultation, say), so that a question added to the section is coded without editing the
 *     codebook
 * @param campaigns how organised campaigns (the same answer from many respondents) are found
 */
public record Codebook(
    String codebook,
    Integer version,
    Text title,
    List<String> languages,
    List<String> questions,
    List<String> sections,
    Campaigns campaigns,
    List<Theme> themes) {

  public Codebook {
    Required.field(codebook, "codebook");
    version = version == null ? 1 : version;
    title = title == null ? Text.of(null) : title;
    languages = languages == null ? List.of() : List.copyOf(languages);
    questions = questions == null ? List.of() : List.copyOf(questions);
    sections = sections == null ? List.of() : List.copyOf(sections);
    campaigns = campaigns == null ? Campaigns.DEFAULT : campaigns;
    themes = themes == null ? List.of() : List.copyOf(themes);
  }

  /** A codebook of questions only, linked to no section. */
  public Codebook(
      String codebook,
      Integer version,
      Text title,
      List<String> languages,
      List<String> questions,
      Campaigns campaigns,
      List<Theme> themes) {
    this(codebook, version, title, languages, questions, null, campaigns, themes);
  }

  /**
   * This codebook with the text questions of its sections in {@code schema} added to its questions
   * (after those it names, in the schema's order), so that whoever codes or counts needs only
   * {@link #questions()}.
   */
  public Codebook resolvedFor(SurveySchema schema) {
    if (sections.isEmpty()) {
      return this;
    }
    Set<String> all = new LinkedHashSet<>(questions);
    for (Question q : schema.questions()) {
      if (q.type() == QuestionType.TEXT && q.section() != null && sections.contains(q.section())) {
        all.add(q.id());
      }
    }
    return new Codebook(
        codebook, version, title, languages, List.copyOf(all), sections, campaigns, themes);
  }

  public Optional<Theme> theme(String id) {
    return themes.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * When near-identical answers count as one organised campaign.
   *
   * @param minSize the fewest respondents giving the same answer that make a campaign
   * @param similarity the Jaccard similarity of word shingles above which two answers are the same
   *     (1.0: identical after normalisation only)
   */
  // Serializable: Spark tasks that look for campaigns carry the settings.
  public record Campaigns(Integer minSize, Double similarity) implements java.io.Serializable {
    public static final Campaigns DEFAULT = new Campaigns(3, 0.8);

    public Campaigns {
      minSize = minSize == null ? 3 : minSize;
      similarity = similarity == null ? 0.8 : similarity;
    }
  }
}
