package dev.stocktake.schema;

import java.util.List;

/**
 * The one unchecked exception of the schema module: a file that cannot be read or understood. It
 * carries the located problems; the message is their printed form.
 */
public class SchemaException extends RuntimeException {
  private final List<Problem> problems;

  public SchemaException(List<Problem> problems, Throwable cause) {
    super(String.join("\n", problems.stream().map(Problem::toString).toList()), cause);
    this.problems = List.copyOf(problems);
  }

  public SchemaException(Problem problem) {
    this(List.of(problem), null);
  }

  public List<Problem> problems() {
    return problems;
  }
}
