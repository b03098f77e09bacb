package dev.stocktake.schema.validate;

import dev.stocktake.schema.ChoiceList;
import dev.stocktake.schema.Constraint;
import dev.stocktake.schema.Group;
import dev.stocktake.schema.Problem;
import dev.stocktake.schema.Question;
import dev.stocktake.schema.QuestionType;
import dev.stocktake.schema.Section;
import dev.stocktake.schema.SurveySchema;
import dev.stocktake.schema.expr.Expression;
import dev.stocktake.schema.expr.ExpressionException;
import dev.stocktake.schema.expr.ExpressionParser;
import dev.stocktake.schema.framework.Framework;
import dev.stocktake.schema.io.FieldPath;
import dev.stocktake.schema.io.Loaded;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks one survey schema version and reports every problem in one pass: identifiers, choice
 * lists, groups, sections, labels per language, skip logic, constraints, framework links and
 * lineage (the last two through a {@link SchemaContext}).
 */
public final class SchemaValidator {

  private static final Pattern VERSION_FILE = Pattern.compile("v(\\d+)\\.(ya?ml|json)");
  private static final FieldPath QUESTIONS = FieldPath.of("questions");

  public List<Problem> validate(Loaded<SurveySchema> document, SchemaContext context) {
    Collector out = new Collector(document);
    SurveySchema schema = document.value();
    List<String> languages = schema.languages();

    versionAndName(out, document);
    out.languages(FieldPath.of("languages"), languages);
    out.textComplete(FieldPath.of("title"), schema.title(), languages);

    if (schema.groups().isEmpty()) {
      out.add(FieldPath.of("groups"), "declare at least one stakeholder group");
    }
    FieldPath groups = FieldPath.of("groups");
    out.unique(schema.groups().stream().map(Group::id).toList(), groups, "id", "group");
    for (int i = 0; i < schema.groups().size(); i++) {
      Group group = schema.groups().get(i);
      out.idPattern(groups.index(i).field("id"), group.id(), Names.ID, "group id");
      out.textComplete(groups.index(i).field("label"), group.label(), languages);
    }

    FieldPath sections = FieldPath.of("sections");
    out.unique(schema.sections().stream().map(Section::id).toList(), sections, "id", "section");
    for (int i = 0; i < schema.sections().size(); i++) {
      Section section = schema.sections().get(i);
      out.idPattern(sections.index(i).field("id"), section.id(), Names.ID, "section id");
      out.textComplete(sections.index(i).field("label"), section.label(), languages);
    }

    choiceLists(out, schema);

    out.unique(
        schema.questions().stream().map(Question::id).toList(), QUESTIONS, "id", "question id");
    Optional<Framework> framework = framework(out, schema, context);
    for (int i = 0; i < schema.questions().size(); i++) {
      question(out, schema, i, framework);
    }
    new LineageChecks(out, schema, context).check();
    return out.problems();
  }

  private static void versionAndName(Collector out, Loaded<SurveySchema> document) {
    int version = document.value().version();
    if (version < 1) {
      out.add(FieldPath.of("version"), "version must be 1 or more, not " + version);
    }
    Path name = Path.of(document.file()).getFileName();
    Matcher m = VERSION_FILE.matcher(name == null ? "" : name.toString());
    if (m.matches() && Integer.parseInt(m.group(1)) != version) {
      out.add(
          FieldPath.of("version"),
          "version is "
              + version
              + " but the file is named "
              + name
              + "; name it v"
              + version
              + "."
              + m.group(2)
              + " or correct the version");
    }
  }

  private static void choiceLists(Collector out, SurveySchema schema) {
    FieldPath lists = FieldPath.of("choice_lists");
    out.unique(
        schema.choiceLists().stream().map(ChoiceList::id).toList(), lists, "id", "choice list");
    for (int i = 0; i < schema.choiceLists().size(); i++) {
      ChoiceList list = schema.choiceLists().get(i);
      FieldPath at = lists.index(i);
      out.idPattern(at.field("id"), list.id(), Names.ID, "choice list id");
      if (list.choices().isEmpty()) {
        out.add(at.field("choices"), "choice list \"" + list.id() + "\" has no choices");
      }
      out.unique(list.codes(), at.field("choices"), "code", "choice code");
      for (int c = 0; c < list.choices().size(); c++) {
        FieldPath choice = at.field("choices").index(c);
        out.idPattern(choice.field("code"), list.choices().get(c).code(), Names.ID, "choice code");
        out.textComplete(choice.field("label"), list.choices().get(c).label(), schema.languages());
      }
    }
  }

  private static Optional<Framework> framework(
      Collector out, SurveySchema schema, SchemaContext context) {
    if (schema.framework() == null) {
      return Optional.empty();
    }
    Optional<Framework> framework = context.framework(schema.framework());
    if (framework.isEmpty()) {
      out.add(
          FieldPath.of("framework"),
          "framework \"" + schema.framework() + "\" not found (" + context.describeLookup() + ")");
    }
    return framework;
  }

  private static void question(
      Collector out, SurveySchema schema, int index, Optional<Framework> framework) {
    Question q = schema.questions().get(index);
    FieldPath at = QUESTIONS.index(index);
    out.idPattern(at.field("id"), q.id(), Names.ID, "question id");
    out.textComplete(at.field("label"), q.label(), schema.languages());
    if (q.hint() != null) {
      out.textComplete(at.field("hint"), q.hint(), schema.languages());
    }
    if (q.section() != null
        && schema.sections().stream().noneMatch(s -> s.id().equals(q.section()))) {
      List<String> known = schema.sections().stream().map(Section::id).toList();
      out.add(
          at.field("section"),
          "unknown section \""
              + q.section()
              + "\""
              + Names.suggestion(q.section(), known)
              + "; declared sections are: "
              + String.join(", ", known));
    }
    choices(out, schema, q, at);
    for (int g = 0; g < q.appliesTo().size(); g++) {
      String group = q.appliesTo().get(g);
      if (!schema.groupIds().contains(group)) {
        out.add(
            at.field("applies_to").index(g),
            "group \""
                + group
                + "\" is not declared"
                + Names.suggestion(group, schema.groupIds())
                + "; declared groups are: "
                + String.join(", ", schema.groupIds()));
      }
    }
    if (q.relevant() != null) {
      relevant(out, schema, index, at.field("relevant"));
    }
    if (q.constraint() != null) {
      constraint(out, q, at.field("constraint"));
    }
    if (q.commitment() != null) {
      commitment(out, schema, q, at.field("commitment"), framework);
    }
  }

  private static void choices(Collector out, SurveySchema schema, Question q, FieldPath at) {
    if (q.type().needsChoiceList()) {
      if (q.choices() == null) {
        out.add(
            at.field("choices"),
            q.type().fileName() + " questions need a choice list: add choices: <list id>");
        return;
      }
      Optional<ChoiceList> list = schema.choiceList(q.choices());
      List<String> declared = schema.choiceLists().stream().map(ChoiceList::id).toList();
      if (list.isEmpty()) {
        out.add(
            at.field("choices"),
            "unknown list \""
                + q.choices()
                + "\""
                + Names.suggestion(q.choices(), declared)
                + "; declared lists are: "
                + String.join(", ", declared));
      } else if (q.type() == QuestionType.LIKERT && !list.get().ordered()) {
        out.add(
            at.field("choices"),
            "likert questions need an ordered list; add ordered: true to list \""
                + q.choices()
                + "\" or make the question single_choice");
      }
    } else if (q.choices() != null) {
      out.add(
          at.field("choices"),
          q.type().fileName()
              + " questions take no choice list"
              + (q.type() == QuestionType.YES_NO
                  ? " (yes/no has the built-in codes yes and no)"
                  : ""));
    }
  }

  private static void relevant(Collector out, SurveySchema schema, int index, FieldPath at) {
    String source = schema.questions().get(index).relevant();
    Expression expression;
    try {
      expression = ExpressionParser.parse(source);
    } catch (ExpressionException e) {
      out.add(
          at,
          "cannot parse \""
              + source
              + "\" at character "
              + (e.offset() + 1)
              + ": "
              + e.getMessage());
      return;
    }
    for (Expression.Reference ref : expression.references()) {
      int target = schema.indexOf(ref.questionId());
      if (target < 0) {
        out.add(
            at,
            "refers to unknown question \""
                + ref.questionId()
                + "\""
                + Names.suggestion(
                    ref.questionId(), schema.questions().stream().map(Question::id).toList()));
      } else if (target >= index) {
        out.add(
            at,
            "refers to \""
                + ref.questionId()
                + "\", which is "
                + (target == index
                    ? "this question itself"
                    : "a later question (questions[" + target + "])")
                + "; skip logic can only use answers to earlier questions");
      }
    }
    checkSelectedCodes(out, schema, expression, at);
  }

  /** Codes named in {@code selected(q, 'c')} and {@code q == 'c'} must be codes of q's list. */
  private static void checkSelectedCodes(
      Collector out, SurveySchema schema, Expression e, FieldPath at) {
    e.walk(
        node -> {
          if (node instanceof Expression.Selected selected) {
            checkCode(out, schema, selected.question().questionId(), selected.code(), at);
          } else if (node instanceof Expression.Compare compare) {
            if (compare.left() instanceof Expression.Operand.Answer answer
                && compare.right() instanceof Expression.Operand.Literal literal) {
              checkComparedCode(out, schema, answer, literal, at);
            } else if (compare.right() instanceof Expression.Operand.Answer answer
                && compare.left() instanceof Expression.Operand.Literal literal) {
              checkComparedCode(out, schema, answer, literal, at);
            }
          }
        });
  }

  private static void checkComparedCode(
      Collector out,
      SurveySchema schema,
      Expression.Operand.Answer answer,
      Expression.Operand.Literal literal,
      FieldPath at) {
    String id = answer.reference().questionId();
    boolean singleCode =
        schema
            .question(id)
            .filter(q -> q.type().hasChoices() && q.type() != QuestionType.MULTI_CHOICE)
            .isPresent();
    if (singleCode && !literal.text().isEmpty()) {
      checkCode(out, schema, id, literal.text(), at);
    }
  }

  private static void checkCode(
      Collector out, SurveySchema schema, String questionId, String code, FieldPath at) {
    schema
        .question(questionId)
        .flatMap(schema::choicesOf)
        .filter(list -> !list.has(code))
        .ifPresent(
            list ->
                out.add(
                    at,
                    "\""
                        + code
                        + "\" is not a code of list \""
                        + list.id()
                        + "\"; its codes are: "
                        + String.join(", ", list.codes())));
  }

  private static void constraint(Collector out, Question q, FieldPath at) {
    Constraint c = q.constraint();
    QuestionType type = q.type();
    boolean numeric = type == QuestionType.INTEGER || type == QuestionType.DECIMAL;
    if (!numeric && type != QuestionType.DATE && (c.min() != null || c.max() != null)) {
      out.add(
          at, "min and max apply to integer, decimal and date questions, not " + type.fileName());
    }
    if (type != QuestionType.TEXT && (c.pattern() != null || c.maxLength() != null)) {
      out.add(at, "pattern and max_length apply to text questions, not " + type.fileName());
    }
    Comparable<?> min = bound(out, type, c.min(), at.field("min"));
    Comparable<?> max = bound(out, type, c.max(), at.field("max"));
    if (min != null && max != null && compare(min, max) > 0) {
      out.add(at, "min " + c.min() + " is greater than max " + c.max());
    }
    if (c.pattern() != null) {
      try {
        Pattern.compile(c.pattern());
      } catch (PatternSyntaxException e) {
        out.add(at.field("pattern"), "invalid regular expression: " + e.getDescription());
      }
    }
    if (c.maxLength() != null && c.maxLength() < 1) {
      out.add(at.field("max_length"), "max_length must be 1 or more");
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Comparable a, Comparable b) {
    return a.compareTo(b);
  }

  private static Comparable<?> bound(Collector out, QuestionType type, String value, FieldPath at) {
    if (value == null) {
      return null;
    }
    try {
      return switch (type) {
        case INTEGER -> new BigDecimal(value).toBigIntegerExact();
        case DECIMAL -> new BigDecimal(value);
        case DATE -> LocalDate.parse(value);
        default -> null;
      };
    } catch (NumberFormatException | ArithmeticException e) {
      out.add(
          at,
          "\""
              + value
              + "\" is not "
              + (type == QuestionType.INTEGER ? "a whole number" : "a number"));
    } catch (DateTimeParseException e) {
      out.add(at, "\"" + value + "\" is not a date in the form YYYY-MM-DD");
    }
    return null;
  }

  private static void commitment(
      Collector out, SurveySchema schema, Question q, FieldPath at, Optional<Framework> framework) {
    if (schema.framework() == null) {
      out.add(
          at,
          "commitment \""
              + q.commitment()
              + "\" needs a framework: add framework: <id> at the top");
      return;
    }
    framework.ifPresent(
        f -> {
          if (f.item(q.commitment()).isEmpty()) {
            List<String> ids = f.items().stream().map(i -> i.id()).toList();
            out.add(
                at,
                "unknown framework item \""
                    + q.commitment()
                    + "\" in framework \""
                    + f.framework()
                    + "\""
                    + Names.suggestion(q.commitment(), ids));
          }
        });
  }
}
