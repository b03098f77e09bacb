package dev.stocktake.schema.xlsform;

import dev.stocktake.schema.Problem;
import dev.stocktake.schema.SchemaException;
import java.util.List;

/**
 * A form refused as a whole (not a form, unreadable, too large, a zip bomb, a DOCTYPE) or a schema
 * that cannot be written as a form. The message starts with the file name, then the sheet, row and
 * column when they are known.
 */
public class XlsFormException extends SchemaException {
  public XlsFormException(Problem problem, Throwable cause) {
    super(List.of(problem), cause);
  }
}
