package dev.stocktake.schema.xlsform.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stocktake.schema.xlsform.internal.RawSheet.RawRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a KoboToolbox asset ({@code {"id_string", "version", "content": {"survey": [...],
 * "choices": [...], "settings": ...}}}) into sheets: each row object becomes a row under a header
 * of every key seen. Kobo's own layout is undone on the way: translated cells given as arrays
 * become one {@code label::<translation>} column per language, and {@code select_from_list_name}
 * joins the type as in a spreadsheet. Rows are numbered as in the spreadsheet Kobo would export:
 * row 1 is the header, the first object is row 2.
 */
public final class KoboAssetSheets {
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
              .build());

  private KoboAssetSheets() {}

  public static List<RawSheet> read(Path file, String display) {
    byte[] bytes = InputLimits.readLimited(file, display, InputLimits.MAX_TEXT_FILE_BYTES);
    JsonNode root;
    try {
      root = MAPPER.readTree(bytes);
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      // Jackson appends where an open array or object started, in its own notation: cut it.
      String message = e.getOriginalMessage().replaceFirst(" \\(for [A-Za-z]+ starting at .*$", "");
      throw FormErrors.at(display, "", line, column, "", "not readable as JSON: " + message);
    } catch (java.io.IOException e) {
      throw FormErrors.file(display, "cannot be read: " + e.getMessage(), e);
    }
    JsonNode content = root == null ? null : root.get("content");
    if (content == null || !content.isObject() || !content.path("survey").isArray()) {
      throw FormErrors.file(
          display,
          "not a KoboToolbox asset: expected {\"content\": {\"survey\": [...]}}; export the form"
              + " from KoboToolbox as XLSForm (.xlsx) or give its asset JSON",
          null);
    }
    List<String> translations = new ArrayList<>();
    content.path("translations").forEach(t -> translations.add(t.isNull() ? null : t.asText()));
    List<RawSheet> sheets = new ArrayList<>();
    sheets.add(sheet("survey", content.get("survey"), translations));
    if (content.path("choices").isArray()) {
      sheets.add(sheet("choices", content.get("choices"), translations));
    }
    sheets.add(settings(root, content.path("settings")));
    return sheets;
  }

  private static RawSheet sheet(String name, JsonNode array, List<String> translations) {
    List<Map<String, String>> objects = new ArrayList<>();
    Set<String> header = new java.util.LinkedHashSet<>();
    for (JsonNode item : array) {
      Map<String, String> cells = cells(item, translations);
      header.addAll(cells.keySet());
      objects.add(cells);
    }
    List<RawRow> rows = new ArrayList<>();
    List<String> columns = List.copyOf(header);
    rows.add(new RawRow(1, columns));
    for (int i = 0; i < objects.size(); i++) {
      Map<String, String> cells = objects.get(i);
      rows.add(new RawRow(i + 2, columns.stream().map(c -> cells.getOrDefault(c, "")).toList()));
    }
    return new RawSheet(name, rows);
  }

  private static Map<String, String> cells(JsonNode item, List<String> translations) {
    Map<String, String> cells = new LinkedHashMap<>();
    if (!item.isObject()) {
      return cells;
    }
    for (Map.Entry<String, JsonNode> field : item.properties()) {
      String key = field.getKey();
      JsonNode value = field.getValue();
      // $kuid and the like are Kobo's bookkeeping, not form content; but Kobo's editor names
      // questions and choices in $autoname and $autovalue when the author gave no name.
      if (key.startsWith("$")) {
        if (key.equals("$autoname") || key.equals("$autovalue")) {
          cells.putIfAbsent("$name", scalar(value));
        }
        continue;
      }
      if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          String language = i < translations.size() ? translations.get(i) : null;
          cells.put(language == null ? key : key + "::" + language, scalar(value.get(i)));
        }
      } else {
        cells.put(key, scalar(value));
      }
    }
    String automatic = cells.remove("$name");
    if (automatic != null && cells.getOrDefault("name", "").isEmpty()) {
      cells.put("name", automatic);
    }
    String list = cells.remove("select_from_list_name");
    if (list != null && !list.isEmpty() && cells.containsKey("type")) {
      cells.put("type", cells.get("type") + " " + list);
    }
    return cells;
  }

  private static String scalar(JsonNode value) {
    if (value == null || value.isNull()) {
      return "";
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  /** The asset's settings, with its id_string and version where the settings lack them. */
  private static RawSheet settings(JsonNode root, JsonNode settings) {
    JsonNode object = settings.isArray() && settings.size() > 0 ? settings.get(0) : settings;
    Map<String, String> cells = cells(object, List.of());
    if (cells.getOrDefault("form_id", "").isEmpty() && root.hasNonNull("id_string")) {
      cells.put("form_id", root.get("id_string").asText());
    }
    if (cells.getOrDefault("version", "").isEmpty() && root.hasNonNull("version")) {
      cells.put("version", root.get("version").asText());
    }
    List<String> columns = List.copyOf(cells.keySet());
    return new RawSheet(
        "settings",
        List.of(new RawRow(1, columns), new RawRow(2, columns.stream().map(cells::get).toList())));
  }
}
