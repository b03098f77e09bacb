package dev.stocktake.schema;

import java.util.List;
import java.util.Optional;

/** One version of a survey: its languages, groups, choice lists and questions in order. */
public record SurveySchema(
    String survey,
    int version,
    String round,
    Text title,
    List<String> languages,
    String framework,
    List<Group> groups,
    List<Section> sections,
    List<ChoiceList> choiceLists,
    List<Question> questions,
    List<Retired> retired) {

  public SurveySchema {
    Required.field(survey, "survey");
    title = title == null ? Text.of(null) : title;
    languages = languages == null ? List.of() : List.copyOf(languages);
    groups = groups == null ? List.of() : List.copyOf(groups);
    sections = sections == null ? List.of() : List.copyOf(sections);
    choiceLists = choiceLists == null ? List.of() : List.copyOf(choiceLists);
    questions = questions == null ? List.of() : List.copyOf(questions);
    retired = retired == null ? List.of() : List.copyOf(retired);
  }

  public Optional<Question> question(String id) {
    return questions.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  public Optional<ChoiceList> choiceList(String id) {
    return choiceLists.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  /** The codes a question's answers are drawn from: its list, yes/no, or none. */
  public Optional<ChoiceList> choicesOf(Question question) {
    if (question.type() == QuestionType.YES_NO) {
      return Optional.of(ChoiceList.YES_NO);
    }
    return question.choices() == null ? Optional.empty() : choiceList(question.choices());
  }

  public List<String> groupIds() {
    return groups.stream().map(Group::id).toList();
  }

  public int indexOf(String questionId) {
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i).id().equals(questionId)) {
        return i;
      }
    }
    return -1;
  }
}
