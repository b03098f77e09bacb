package dev.stocktake.schema.expr;

import dev.stocktake.schema.expr.Expression.Operand;
import dev.stocktake.schema.expr.Expression.Operator;
import dev.stocktake.schema.expr.Expression.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses skip-logic expressions (grammar in docs/formats.md). Question references are bare ids;
 * XLSForm's {@code ${id}} and single {@code =} are accepted too, so forms read from survey tools
 * keep their conditions.
 */
public final class ExpressionParser {

  private final String source;
  private final List<Token> tokens;
  private int next;

  private ExpressionParser(String source) {
    this.source = source;
    this.tokens = new Lexer(source).tokens();
  }

  public static Expression parse(String source) {
    ExpressionParser parser = new ExpressionParser(source);
    Expression e = parser.or();
    Token rest = parser.peek();
    if (rest.kind() != Kind.END) {
      throw new ExpressionException(
          "unexpected \"" + rest.raw() + "\"; expected and, or, or the end", rest.offset());
    }
    return e;
  }

  private Expression or() {
    List<Expression> terms = new ArrayList<>(List.of(and()));
    while (peekWord("or")) {
      next++;
      terms.add(and());
    }
    return terms.size() == 1 ? terms.get(0) : new Expression.Or(terms);
  }

  private Expression and() {
    List<Expression> terms = new ArrayList<>(List.of(not()));
    while (peekWord("and")) {
      next++;
      terms.add(not());
    }
    return terms.size() == 1 ? terms.get(0) : new Expression.And(terms);
  }

  private Expression not() {
    if (peekWord("not")) {
      next++;
      return new Expression.Not(not());
    }
    return compare();
  }

  private Expression compare() {
    Token t = peek();
    if (t.kind() == Kind.LPAREN) {
      next++;
      Expression inner = or();
      expect(Kind.RPAREN, "\")\"");
      return inner;
    }
    if (t.kind() == Kind.IDENT
        && (t.text().equals("selected") || t.text().equals("answered"))
        && tokens.get(next + 1).kind() == Kind.LPAREN) {
      return function();
    }
    Operand left = operand();
    Token op = peek();
    if (op.kind() != Kind.OPERATOR) {
      throw new ExpressionException(
          "expected a comparison such as == 'yes' after \""
              + source.substring(t.offset(), op.offset()).trim()
              + "\"",
          op.offset());
    }
    next++;
    Operand right = operand();
    return new Expression.Compare(left, operator(op), right);
  }

  private Expression function() {
    Token name = tokens.get(next);
    next += 2;
    Token question = expect(Kind.IDENT, "a question id");
    Reference reference = new Reference(question.text(), question.offset());
    if (name.text().equals("answered")) {
      expect(Kind.RPAREN, "\")\"");
      return new Expression.Answered(reference);
    }
    expect(Kind.COMMA, "\",\"");
    Token code = expect(Kind.STRING, "a quoted choice code");
    expect(Kind.RPAREN, "\")\"");
    return new Expression.Selected(reference, code.text());
  }

  private Operand operand() {
    Token t = peek();
    next++;
    return switch (t.kind()) {
      case IDENT -> {
        if (t.text().equals("and") || t.text().equals("or") || t.text().equals("not")) {
          throw new ExpressionException(
              "expected a question id or a value, found \"" + t.raw() + "\"", t.offset());
        }
        yield new Operand.Answer(new Reference(t.text(), t.offset()));
      }
      case STRING, NUMBER -> new Operand.Literal(t.text());
      default ->
          throw new ExpressionException(
              t.kind() == Kind.END
                  ? "the expression ends too early; expected a question id or a value"
                  : "expected a question id or a value, found \"" + t.raw() + "\"",
              t.offset());
    };
  }

  private static Operator operator(Token op) {
    return switch (op.text()) {
      case "==", "=" -> Operator.EQ;
      case "!=" -> Operator.NE;
      case "<" -> Operator.LT;
      case "<=" -> Operator.LE;
      case ">" -> Operator.GT;
      case ">=" -> Operator.GE;
      default ->
          throw new ExpressionException("unknown operator \"" + op.text() + "\"", op.offset());
    };
  }

  private Token expect(Kind kind, String what) {
    Token t = peek();
    if (t.kind() != kind) {
      throw new ExpressionException(
          "expected "
              + what
              + (t.kind() == Kind.END ? " before the end" : ", found \"" + t.raw() + "\""),
          t.offset());
    }
    next++;
    return t;
  }

  private Token peek() {
    return tokens.get(next);
  }

  private boolean peekWord(String word) {
    Token t = peek();
    return t.kind() == Kind.IDENT && t.text().equals(word);
  }

  enum Kind {
    IDENT,
    STRING,
    NUMBER,
    OPERATOR,
    LPAREN,
    RPAREN,
    COMMA,
    END
  }

  /** A token: its value ({@code text}, unquoted for strings) and its source ({@code raw}). */
  record Token(Kind kind, String text, int offset, String raw) {
    Token(Kind kind, String text, int offset) {
      this(kind, text, offset, text);
    }
  }

  /** Splits an expression into tokens, each with its offset for error messages. */
  private static final class Lexer {
    private final String s;
    private int i;

    Lexer(String s) {
      this.s = s;
    }

    List<Token> tokens() {
      List<Token> out = new ArrayList<>();
      while (true) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
          i++;
        }
        if (i >= s.length()) {
          out.add(new Token(Kind.END, "", s.length()));
          return out;
        }
        out.add(token());
      }
    }

    private Token token() {
      int start = i;
      char c = s.charAt(i);
      if (c == '(' || c == ')' || c == ',') {
        i++;
        return new Token(
            c == '(' ? Kind.LPAREN : c == ')' ? Kind.RPAREN : Kind.COMMA, String.valueOf(c), start);
      }
      if (c == '\'' || c == '"') {
        int end = s.indexOf(c, i + 1);
        if (end < 0) {
          throw new ExpressionException("unclosed quote", start);
        }
        i = end + 1;
        return new Token(
            Kind.STRING, s.substring(start + 1, end), start, s.substring(start, end + 1));
      }
      if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
        int end = s.indexOf('}', i);
        if (end < 0) {
          throw new ExpressionException("unclosed ${", start);
        }
        i = end + 1;
        return new Token(Kind.IDENT, s.substring(start + 2, end).trim(), start);
      }
      if (Character.isDigit(c)
          || (c == '-' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
        i++;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
          i++;
        }
        return new Token(Kind.NUMBER, s.substring(start, i), start);
      }
      if (Character.isLetter(c) || c == '_') {
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
          i++;
        }
        return new Token(Kind.IDENT, s.substring(start, i), start);
      }
      for (String op : List.of("==", "!=", "<=", ">=", "<", ">", "=")) {
        if (s.startsWith(op, i)) {
          i += op.length();
          return new Token(Kind.OPERATOR, op, start);
        }
      }
      throw new ExpressionException("unexpected character '" + c + "'", start);
    }
  }
}
