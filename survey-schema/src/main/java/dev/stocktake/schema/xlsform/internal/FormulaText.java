package dev.stocktake.schema.xlsform.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keeps a form's text from running as a formula when its pyxform CSV is opened in a spreadsheet: a
 * label, hint or title that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return is written with a leading apostrophe, plain numbers ({@code -5}) excepted. It is
 * the rule of the etl's {@code CsvCells}, which survey-schema cannot depend on, made reversible so
 * that from-xlsform reads the text back as written: text that already starts with apostrophes
 * before such a character gets one more, and reading takes exactly one away. In .xlsx the text is a
 * string cell, never a formula, and needs no apostrophe.
 */
final class FormulaText {
  private static final Pattern FORMULA_LIKE = Pattern.compile("'*[=+\\-@\t\r].*", Pattern.DOTALL);
  private static final Pattern RESTORABLE = Pattern.compile("'+[=+\\-@\t\r].*", Pattern.DOTALL);
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

  private FormulaText() {}

  /**
   * Whether a column holds text people wrote (labels, hints, messages, titles) rather than names,
   * types or expressions, where an apostrophe would change the form's meaning.
   */
  static boolean isTextColumn(String header) {
    String name = header.strip().toLowerCase(Locale.ROOT);
    for (String text :
        new String[] {
          "label", "hint", "guidance_hint", "constraint_message", "required_message", "form_title"
        }) {
      if (name.equals(text) || name.startsWith(text + "::") || name.startsWith(text + ":")) {
        return true;
      }
    }
    return name.startsWith("stocktake::title::");
  }

  /** The cell to write for {@code value}. */
  static String neutralise(String value) {
    return FORMULA_LIKE.matcher(value).matches() && !NUMBER.matcher(value).matches()
        ? "'" + value
        : value;
  }

  /** The text a cell written by {@link #neutralise} holds. */
  static String restore(String cell) {
    return RESTORABLE.matcher(cell).matches() ? cell.substring(1) : cell;
  }
}
