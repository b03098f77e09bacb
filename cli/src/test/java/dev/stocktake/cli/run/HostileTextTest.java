package dev.stocktake.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import com.opencsv.RFC4180ParserBuilder;
import dev.stocktake.cli.ExampleCopy;
import dev.stocktake.cli.ExitCodes;
import dev.stocktake.cli.Run;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile text planted in a copy of the example — free-text answers (published ones that become
 * quotes, unpublished ones), labels of a question, a choice, a group, a commitment, a theme and the
 * project, a roster name, a respondent id, and raw values that end in quarantine — is inert in
 * every HTML, Markdown and CSV file the community run and the codes export write: no markup, no
 * template or ICU syntax evaluated, no bidi control left to reorder a page, no spreadsheet formula.
 * Every file of the output folder is scanned, not a chosen few, and every planted string must reach
 * at least one of them, so that the test cannot pass by planting where nothing is shown.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTextTest {
  /** Explicit bidi embeddings, overrides and isolates: the characters that reorder text. */
  private static final Pattern BIDI_CONTROL = Pattern.compile("[\u202A-\u202E\u2066-\u2069]");

  /**
   * An isolate the reports set themselves (a p-value in a right-to-left language): opened and
   * closed within one text, with no other control inside, so it reorders nothing around it.
   */
  private static final Pattern CLOSED_ISOLATE =
      Pattern.compile("[\u2066-\u2068][^\u202A-\u202E\u2066-\u2069<\n]*\u2069");

  private static final String ICU_TAIL = "{0} {n, plural, one {# x} other {# y}}";

  /** A Freemarker fragment that was evaluated: {@code ${7*7}} became 49. */
  private static final Pattern FTL_EVALUATED = Pattern.compile("hx\\d\\dF(?!\\$\\{7\\\\?\\*7\\})");

  /** An ICU fragment that was formatted as a pattern instead of shown as written. */
  private static final Pattern ICU_FORMATTED =
      Pattern.compile("hx\\d\\dI(?!" + Pattern.quote(ICU_TAIL) + ")");

  /** A cell a spreadsheet would read as a formula. */
  private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\t\r].*", Pattern.DOTALL);

  /** A plain number, which CsvCells leaves alone even with a sign. */
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

  /** Characters Markdown acts on inline; MarkdownText escapes every one with a backslash. */
  private static final String MARKDOWN_SPECIAL = "\\`*_[]<>|~&";

  /** What was planted, by marker ({@code hx01}...): where, and the text. */
  private final Map<String, String> planted = new LinkedHashMap<>();

  private final List<String> live = new ArrayList<>();
  private final List<Path> html = new ArrayList<>();
  private final List<Path> markdown = new ArrayList<>();
  private final List<Path> csv = new ArrayList<>();
  private final Map<Path, String> contents = new LinkedHashMap<>();
  private Path out;

  @BeforeAll
  void plantRunAndScan(@TempDir Path temp) throws Exception {
    long started = System.nanoTime();
    Path project = ExampleCopy.in(temp, true);
    plantAnswersAndRoster(project);
    plantLabels(project);
    out = project.resolve("out");
    Run run = Run.of("run", project.toString(), "--edition", "community");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err() + run.out());
    Run export =
        Run.of("codes", "export", project.toString(), "--out", out.resolve("codes.csv").toString());
    assertEquals(ExitCodes.OK, export.exitCode(), export.err());

    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".html")) {
          html.add(file);
        } else if (name.endsWith(".md")) {
          markdown.add(file);
        } else if (name.endsWith(".csv")) {
          csv.add(file);
        } else {
          continue;
        }
        contents.put(file, Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    html.forEach(this::scanHtml);
    markdown.forEach(this::scanMarkdown);
    csv.forEach(this::scanCsv);
    System.out.printf(
        "HostileTextTest: %d hostile strings planted, %d files scanned (%d html, %d md, %d csv),"
            + " %d live (%.0f s)%n",
        planted.size(),
        contents.size(),
        html.size(),
        markdown.size(),
        csv.size(),
        live.size(),
        (System.nanoTime() - started) / 1e9);
  }

  @Test
  void nothingPlantedIsLiveInAnyOutput() {
    assertEquals(List.of(), live);
  }

  @Test
  void everyPlantedStringReachesAnOutput() {
    TreeSet<String> missing = new TreeSet<>(planted.keySet());
    contents.values().forEach(text -> missing.removeIf(text::contains));
    assertEquals(new TreeSet<>(), missing, "planted but shown nowhere: " + missing);
  }

  /** Each kind of output holds planted text, so each kind of check had something to check. */
  @Test
  void everyKindOfOutputHoldsPlantedText() {
    for (List<Path> kind : List.of(html, markdown, csv)) {
      assertTrue(
          kind.stream().anyMatch(f -> contents.get(f).matches("(?s).*hx\\d\\d.*")),
          "no planted text in " + kind);
    }
    String all = String.join("\n", contents.values());
    assertTrue(all.contains("&lt;script&gt;alert("), "escaped markup is shown as text");
    assertTrue(all.matches("(?s).*hx\\d\\dF\\$\\{7\\*7\\}.*"), "${7*7} is shown as written");
    assertTrue(all.contains("I" + ICU_TAIL), "ICU syntax is shown as written");
    assertTrue(all.contains("'=HYPERLINK("), "a formula answer is written as text");
  }

  /** Numbers keep their sign: neutralising formulas does not turn -0.12 into text. */
  @Test
  void negativeNumbersStayNumbers() throws IOException {
    List<String> negatives = new ArrayList<>();
    List<String> quotedNumbers = new ArrayList<>();
    for (Path file : csv) {
      for (String[] row : read(file)) {
        for (String cell : row) {
          if (cell.startsWith("-") && NUMBER.matcher(cell).matches()) {
            negatives.add(cell);
          }
          if (cell.startsWith("'") && NUMBER.matcher(cell.substring(1)).matches()) {
            quotedNumbers.add(out.relativize(file) + ": " + cell);
          }
        }
      }
    }
    assertTrue(negatives.size() > 0, "the comparisons hold negative effects");
    assertEquals(List.of(), quotedNumbers);
  }

  // --- Planting -------------------------------------------------------------------------------

  /**
   * Markup, template syntax, ICU syntax, bidi controls and Markdown, each tagged with the marker.
   */
  private static String kit(String marker) {
    return html(marker)
        + " "
        + template(marker)
        + " "
        + icu(marker)
        + " "
        + bidi(marker)
        + " "
        + markdownSyntax(marker);
  }

  private static String html(String m) {
    return "<script>alert('"
        + m
        + "H')</script><img src=x onerror=alert('"
        + m
        + "H')>"
        + "\"><svg onload=alert('"
        + m
        + "H')><a href=\"javascript:alert(1)\">"
        + m
        + "H</a>";
  }

  private static String template(String m) {
    return m + "F${7*7} <#assign " + m + "x=1>${" + m + "x}";
  }

  private static String icu(String m) {
    return m + "I" + ICU_TAIL;
  }

  /** An unterminated right-to-left override, then every other embedding and isolate control. */
  private static String bidi(String m) {
    return "\u202E" + m + "B fdp.exe \u202D\u202A\u202B\u2066\u2067\u2068 " + m + "B \u2069\u202C";
  }

  private static String markdownSyntax(String m) {
    return "[" + m + "M](javascript:alert(1)) **" + m + "M** `" + m + "M` |" + m + "M| ~~x~~ &amp;";
  }

  private String plant(String marker, String text) {
    planted.put(marker, text);
    return text;
  }

  /**
   * Free text of round 2022: three published crisis answers (the only ones naming researchers, so
   * their theme is quoted from them alone; each with other hostile parts, so they are no campaign),
   * a published answer no codebook codes, two unpublished ones; one quoted author's roster name and
   * another respondent's id; and raw values that quarantine keeps.
   */
  private void plantAnswersAndRoster(Path project) throws IOException {
    Path responses = project.resolve("rounds/2022/responses.csv");
    Path rosterFile = project.resolve("rounds/2022/roster.csv");
    List<String[]> rows = read(responses);
    List<String[]> roster = read(rosterFile);
    Columns r = new Columns(rows.get(0));
    Columns o = new Columns(roster.get(0));
    List<String> quotable = new ArrayList<>();
    for (String[] person : roster.subList(1, roster.size())) {
      if (person[o.at("consent")].equals("full") && person[o.at("language")].equals("en")) {
        quotable.add(person[o.at("id")]);
      }
    }
    List<String[]> authors = new ArrayList<>();
    for (String[] row : rows.subList(1, rows.size())) {
      if (quotable.contains(row[r.at("respondent_id")])
          && row[r.at("language")].equals("en")
          && !row[r.at("crisis_comments")].isBlank()
          && !row[r.at("transparency_comments")].isBlank()) {
        authors.add(row);
      }
    }
    assertTrue(authors.size() >= 4, "English answers of quotable authors: " + authors.size());
    String[] a = authors.get(0);
    String[] b = authors.get(1);
    String[] c = authors.get(2);
    String[] d = authors.get(3);
    String researchers = " Our researchers learnt most from it.";
    a[r.at("crisis_comments")] =
        plant("hx01", "=HYPERLINK(\"http://hx.invalid\",\"hx01\") " + html("hx01") + researchers);
    b[r.at("crisis_comments")] =
        plant("hx02", "+hx02 " + template("hx02") + " " + icu("hx02")) + researchers;
    c[r.at("crisis_comments")] =
        plant("hx03", "-hx03 " + bidi("hx03") + markdownSyntax("hx03")) + researchers;
    a[r.at("good_practice_example")] = plant("hx04", "@hx04 " + kit("hx04"));
    b[r.at("transparency_comments")] = plant("hx05", "\t=hx05+1 " + kit("hx05"));
    c[r.at("general_comments")] = plant("hx06", "-1+hx06 " + kit("hx06"));
    // Raw values that fail their question's type and are kept in quarantine.csv.
    d[r.at("year_joined")] = plant("hx07", "=hx07+1");
    d[r.at("status_human_rights")] = plant("hx08", "@hx08");
    d[r.at("transparency_reports_count")] = plant("hx09", "-hx09");

    String aId = a[r.at("respondent_id")];
    String dId = d[r.at("respondent_id")];
    String hostileId = plant("hx10", "=hx10<b>x</b>\u202E");
    d[r.at("respondent_id")] = hostileId;
    for (String[] person : roster.subList(1, roster.size())) {
      if (person[o.at("id")].equals(aId)) {
        person[o.at("name")] = plant("hx11", "=hx11 " + kit("hx11"));
      }
      if (person[o.at("id")].equals(dId)) {
        person[o.at("id")] = hostileId;
      }
    }
    write(responses, rows);
    write(rosterFile, roster);
  }

  /** Labels in the newest schema, the codebook, the project file and a translations override. */
  private void plantLabels(Path project) throws IOException {
    Path v2 = project.resolve("surveys/ccc-community-consultation/v2.yaml");
    replaceOnce(
        v2,
        "en: How far has your organisation implemented its crisis response commitments"
            + " (e.g. protocols, points of contact, coordination with others)?",
        "en: " + yaml(plant("hx12", "hx12 question " + kit("hx12"))));
    replaceOnce(v2, "en: Fully implemented", "en: " + yaml(plant("hx13", "@hx13 " + kit("hx13"))));
    replaceOnce(
        v2, "en: Civil society (CCAN)", "en: " + yaml(plant("hx14", "+hx14 " + kit("hx14"))));
    replaceOnce(
        project.resolve("codebooks/ccc-open-answers.yaml"),
        "en: Crisis protocols and exercises",
        "en: " + yaml(plant("hx15", "-hx15 " + kit("hx15"))));
    replaceOnce(
        project.resolve("stocktake.yaml"),
        "en: Christchurch Call Community Consultation\n",
        "en: " + yaml(plant("hx16", "hx16 title " + kit("hx16"))) + "\n");
    Path spanish = project.resolve("translations/labels_es.properties");
    String line =
        Files.readAllLines(spanish).stream()
            .filter(l -> l.startsWith("item.cc.crisis_response ="))
            .findFirst()
            .orElseThrow();
    replaceOnce(
        spanish,
        line,
        "item.cc.crisis_response = " + properties(plant("hx17", "=hx17 " + kit("hx17"))));
  }

  private static String yaml(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == '"' || cp == '\\') {
                quoted.append('\\').appendCodePoint(cp);
              } else if (cp == '\t') {
                quoted.append("\\t");
              } else if (cp < 0x20 || (cp >= 0x2000 && cp <= 0x206F)) {
                quoted.append(String.format("\\u%04X", cp));
              } else {
                quoted.appendCodePoint(cp);
              }
            });
    return quoted.append('"').toString();
  }

  private static String properties(String text) {
    return text.replace("\\", "\\\\").replace("\t", "\\t");
  }

  private static void replaceOnce(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int at = text.indexOf(from);
    assertTrue(at >= 0 && text.indexOf(from, at + 1) < 0, "once in " + file + ": " + from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }

  /** Column positions by name. */
  private record Columns(String[] header) {
    int at(String name) {
      for (int i = 0; i < header.length; i++) {
        if (header[i].equals(name)) {
          return i;
        }
      }
      throw new IllegalArgumentException("no column " + name);
    }
  }

  private static List<String[]> read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVReader reader =
            new CSVReaderBuilder(in)
                .withCSVParser(new RFC4180ParserBuilder().build())
                .withKeepCarriageReturn(true)
                .build()) {
      return reader.readAll();
    } catch (com.opencsv.exceptions.CsvException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  private static void write(Path file, List<String[]> rows) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVWriter out =
            new CSVWriter(
                w,
                ICSVWriter.DEFAULT_SEPARATOR,
                ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                "\n")) {
      for (String[] row : rows) {
        out.writeNext(row, false);
      }
    }
  }

  // --- Scanning -------------------------------------------------------------------------------

  private void scanHtml(Path file) {
    String text = contents.get(file);
    String where = out.relativize(file).toString();
    common(where, text);
    Document doc = Jsoup.parse(text);
    for (Element e : doc.getAllElements()) {
      String tag = e.normalName();
      if (List.of("script", "img", "iframe", "object", "embed", "a").contains(tag)
          && !(tag.equals("a") && safeLink(e.attr("href")))) {
        live.add(where + ": element <" + tag + "> " + e.outerHtml());
      }
      for (Attribute attribute : e.attributes()) {
        if (attribute.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on")
            || attribute
                .getValue()
                .strip()
                .toLowerCase(java.util.Locale.ROOT)
                .startsWith("javascript:")) {
          live.add(where + ": attribute " + attribute + " on <" + tag + ">");
        }
      }
    }
    if (text.contains("<#") || text.contains("</#")) {
      live.add(where + ": a Freemarker directive in the page");
    }
  }

  /** The reports link only within themselves: to a fragment or a sibling report. */
  private static boolean safeLink(String href) {
    return href.startsWith("#") || href.matches("\\.\\./[a-z-]+/index\\.html");
  }

  private void scanMarkdown(Path file) {
    String text = contents.get(file);
    String where = out.relativize(file).toString();
    common(where, text);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\\'
          && i + 1 < text.length()
          && MARKDOWN_SPECIAL.indexOf(text.charAt(i + 1)) >= 0) {
        i++;
      } else if (MARKDOWN_SPECIAL.indexOf(ch) >= 0) {
        live.add(where + ": unescaped " + ch + " in " + excerpt(text, i));
      }
    }
  }

  /** What HTML and Markdown share: no bidi control, no template or ICU syntax evaluated. */
  private void common(String where, String text) {
    String withoutOwnIsolates = CLOSED_ISOLATE.matcher(text).replaceAll("");
    Matcher bidi = BIDI_CONTROL.matcher(withoutOwnIsolates);
    while (bidi.find()) {
      live.add(
          where
              + ": bidi control U+"
              + Integer.toHexString(bidi.group().charAt(0)).toUpperCase(java.util.Locale.ROOT)
              + " in "
              + excerpt(withoutOwnIsolates, bidi.start()));
    }
    for (Pattern evaluated : List.of(FTL_EVALUATED, ICU_FORMATTED)) {
      Matcher m = evaluated.matcher(text);
      while (m.find()) {
        live.add(where + ": evaluated " + excerpt(text, m.start()));
      }
    }
  }

  private void scanCsv(Path file) {
    String where = out.relativize(file).toString();
    try {
      List<String[]> rows = read(file);
      for (int line = 0; line < rows.size(); line++) {
        for (String cell : rows.get(line)) {
          if (FORMULA_START.matcher(cell).matches() && !NUMBER.matcher(cell).matches()) {
            live.add(where + ":" + (line + 1) + ": formula-like cell " + cell);
          }
        }
      }
    } catch (IOException e) {
      live.add(where + ": unreadable CSV: " + e.getMessage());
    }
  }

  private static String excerpt(String text, int at) {
    return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40))
        .replace("\n", "\\n");
  }
}
