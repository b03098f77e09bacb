package dev.stocktake.schema.xlsform;

import java.util.Objects;

/**
 * One thing of a form that the import could not carry into the schema, or carried with a change,
 * located by sheet and row as the user sees them in a spreadsheet (row 1 is the header).
 *
 * @param sheet the sheet, e.g. {@code survey}
 * @param row the 1-based row, or 0 when the note concerns the whole form or sheet
 * @param column the column and its value that explain the note, e.g. {@code type geopoint}, or
 *     empty
 * @param name the name of the row's question, group or choice, or empty
 * @param reason why it is not mapped, or what was changed, and what to do about it
 */
public record Unmapped(String sheet, int row, String column, String name, String reason) {
  public Unmapped {
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(reason, "reason");
    column = column == null ? "" : column;
    name = name == null ? "" : name;
  }

  /** The note as the command line prints it after the file name, e.g. {@code survey row 12 ...}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(sheet);
    if (row > 0) {
      out.append(" row ").append(row);
    }
    if (!column.isEmpty()) {
      out.append(" (").append(column).append(')');
    }
    if (!name.isEmpty()) {
      out.append(' ').append(name);
    }
    return out.append(": ").append(reason).toString();
  }
}
