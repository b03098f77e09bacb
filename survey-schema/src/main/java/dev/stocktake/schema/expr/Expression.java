package dev.stocktake.schema.expr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A parsed skip-logic ({@code relevant}) expression: a condition over answers to other questions.
 * An unanswered question reads as the empty string.
 */
public sealed interface Expression {

  /** Whether the condition holds, given each question's raw answer (null when unanswered). */
  boolean test(Function<String, String> answers);

  /** Calls {@code visitor} on this node and every node below it, depth first. */
  void walk(Consumer<Expression> visitor);

  /** The questions the expression reads, in order of appearance, with their offsets. */
  default List<Reference> references() {
    List<Reference> out = new ArrayList<>();
    walk(
        node -> {
          if (node instanceof Compare compare) {
            for (Operand operand : List.of(compare.left(), compare.right())) {
              if (operand instanceof Operand.Answer answer) {
                out.add(answer.reference());
              }
            }
          } else if (node instanceof Selected selected) {
            out.add(selected.question());
          } else if (node instanceof Answered answered) {
            out.add(answered.question());
          }
        });
    return List.copyOf(out);
  }

  /** A question named in an expression, at a character offset (0-based) of the source. */
  record Reference(String questionId, int offset) {}

  /** True when any term is. */
  record Or(List<Expression> terms) implements Expression {
    public Or {
      terms = List.copyOf(terms);
    }

    @Override
    public void walk(Consumer<Expression> visitor) {
      visitor.accept(this);
      terms.forEach(t -> t.walk(visitor));
    }

    @Override
    public boolean test(Function<String, String> answers) {
      return terms.stream().anyMatch(t -> t.test(answers));
    }
  }

  /** True when every term is. */
  record And(List<Expression> terms) implements Expression {
    public And {
      terms = List.copyOf(terms);
    }

    @Override
    public void walk(Consumer<Expression> visitor) {
      visitor.accept(this);
      terms.forEach(t -> t.walk(visitor));
    }

    @Override
    public boolean test(Function<String, String> answers) {
      return terms.stream().allMatch(t -> t.test(answers));
    }
  }

  /** The negation of a term. */
  record Not(Expression term) implements Expression {
    @Override
    public void walk(Consumer<Expression> visitor) {
      visitor.accept(this);
      term.walk(visitor);
    }

    @Override
    public boolean test(Function<String, String> answers) {
      return !term.test(answers);
    }
  }

  /** A comparison of two operands; ordering operators compare numbers only. */
  record Compare(Operand left, Operator operator, Operand right) implements Expression {
    @Override
    public void walk(Consumer<Expression> visitor) {
      visitor.accept(this);
    }

    @Override
    public boolean test(Function<String, String> answers) {
      String l = left.value(answers);
      String r = right.value(answers);
      return switch (operator) {
        case EQ -> same(l, r);
        case NE -> !same(l, r);
        default -> {
          BigDecimal a = number(l);
          BigDecimal b = number(r);
          if (a == null || b == null) {
            yield false;
          }
          int c = a.compareTo(b);
          yield switch (operator) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            default -> throw new IllegalStateException(operator.toString());
          };
        }
      };
    }

    /** Numbers are equal by value (1 == 1.0), anything else by its text. */
    private static boolean same(String l, String r) {
      BigDecimal a = number(l);
      BigDecimal b = number(r);
      return a != null && b != null ? a.compareTo(b) == 0 : l.equals(r);
    }

    private static BigDecimal number(String s) {
      try {
        return s.isEmpty() ? null : new BigDecimal(s.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }

  /** True when a choice answer (space-separated codes for multi-choice) contains a code. */
  record Selected(Reference question, String code) implements Expression {
    @Override
    public void walk(Consumer<Expression> visitor) {
      visitor.accept(this);
    }

    @Override
    public boolean test(Function<String, String> answers) {
      String answer = answers.apply(question.questionId());
      return answer != null && Arrays.asList(answer.trim().split("\\s+")).contains(code);
    }
  }

  /** True when a question has a non-blank answer. */
  record Answered(Reference question) implements Expression {
    @Override
    public void walk(Consumer<Expression> visitor) {
      visitor.accept(this);
    }

    @Override
    public boolean test(Function<String, String> answers) {
      String answer = answers.apply(question.questionId());
      return answer != null && !answer.isBlank();
    }
  }

  /** Comparison operators. */
  enum Operator {
    EQ("=="),
    NE("!="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">=");

    final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }
  }

  /** A value in a comparison: an answer or a literal. */
  sealed interface Operand {
    String value(Function<String, String> answers);

    /** The answer to a question; empty when unanswered. */
    record Answer(Reference reference) implements Operand {
      @Override
      public String value(Function<String, String> answers) {
        String answer = answers.apply(reference.questionId());
        return answer == null ? "" : answer.trim();
      }
    }

    /** A quoted string or a number. */
    record Literal(String text) implements Operand {
      @Override
      public String value(Function<String, String> answers) {
        return text;
      }
    }
  }
}
