package dev.stocktake.etl.ingest;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Bad response files for {@link IngestFuzzTest}, made from the valid files of the bad-input corpus
 * by one to three random mutations. Case {@code n} of seed {@code s} is always the same file, so a
 * failing case can be made again alone.
 */
final class FuzzCases {

  /**
   * Corpus cases whose response file is well-formed CSV for the corpus project as it is: the bases
   * every case starts from. Their expected.properties give the counts a mutation that changes
   * nothing but the column order or the line ends must reproduce.
   */
  static final List<String> BASES =
      List.of(
          "bad-dates",
          "blank-lines",
          "choice-flag-columns",
          "clean",
          "crlf",
          "duplicate-submissions",
          "extra-column",
          "formula-values",
          "header-only",
          "missing-id-column",
          "missing-required-question-column",
          "missing-respondent-id",
          "out-of-range",
          "pattern-and-language",
          "required-missing",
          "skip-logic",
          "unknown-codes",
          "unknown-group",
          "utf8-bom",
          "wrong-types");

  /** What a case does to its base, in the order they are applied: records first, then bytes. */
  enum Mutation {
    SHUFFLE("shuffle", true), // the header's columns reordered, every row's fields with them
    SHUFFLE_BAD("shufflebad", true), // the header reordered, some rows' fields not or otherwise
    DUPLICATE_ROW("dup", true),
    DELETE_ROW("del", true),
    LINE_ENDS("eol", true), // every line end LF <-> CRLF, also inside quoted fields
    BYTE_FLIP("flip", false),
    TRUNCATE("trunc", false),
    DROP_QUOTE("dropquote", false),
    INVALID_UTF8("badutf8", false),
    ONE_LINE_END("mixedeol", false), // one line end replaced by another kind
    EMPTY("empty", true);

    final String id;
    // Whether the file stays well-formed CSV, so its records can be counted without a parser.
    final boolean wellFormed;

    Mutation(String id, boolean wellFormed) {
      this.id = id;
      this.wellFormed = wellFormed;
    }
  }

  /** One valid base file: its records (header first), line end, BOM and expected counts. */
  record Base(
      String name, boolean bom, String lineEnd, List<String[]> records, Properties expected) {}

  /**
   * One generated response file.
   *
   * @param expectedRecords the data records the file holds, where the mutations keep it
   *     well-formed; -1 where only a parser could tell
   * @param sameCountsAsBase whether the ingest must count it exactly as its base (only the column
   *     order or the line ends changed)
   * @param respondentIds the respondent ids the file holds, where they can be told without a parser
   *     (each case prefixes its own, so no two cases share a respondent); empty otherwise
   */
  record Case(
      int number,
      Base base,
      List<Mutation> mutations,
      byte[] bytes,
      long expectedRecords,
      boolean sameCountsAsBase,
      List<String> respondentIds) {

    String fileName() {
      return String.format(
          "responses-%04d-%s-%s.csv",
          number, base.name(), mutations.stream().map(m -> m.id).collect(Collectors.joining("_")));
    }
  }

  private static final byte[][] INVALID_UTF8 = {
    {(byte) 0xFF}, // never valid
    {(byte) 0x80}, // a continuation byte alone
    {(byte) 0xC3}, // a lead byte without its continuation
    {(byte) 0xE2, (byte) 0x82}, // a three-byte sequence cut short
    {(byte) 0xC0, (byte) 0xAF}, // an overlong '/'
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a UTF-16 surrogate
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80} // above U+10FFFF
  };

  private final List<Base> bases;
  private final long seed;

  FuzzCases(Path corpus, long seed) throws IOException {
    List<Base> loaded = new ArrayList<>();
    for (String name : BASES) {
      loaded.add(load(corpus.resolve(name), name));
    }
    this.bases = List.copyOf(loaded);
    this.seed = seed;
  }

  /** Case {@code number}: the same file for the same seed, whatever other cases are made. */
  Case make(int number) {
    SplittableRandom random = new SplittableRandom(seed + number * 0x9E3779B97F4A7C15L);
    Base base = bases.get(random.nextInt(bases.size()));
    List<Mutation> mutations = draw(random);
    if (mutations.contains(Mutation.EMPTY)) {
      return new Case(number, base, List.of(Mutation.EMPTY), new byte[0], 0, false, List.of());
    }

    String prefix = String.format("c%04d-", number);
    List<String[]> records = new ArrayList<>();
    int idColumn = Arrays.asList(base.records().get(0)).indexOf("respondent_id");
    for (String[] r : base.records()) {
      String[] copy = r.clone();
      if (!records.isEmpty() && idColumn >= 0 && !copy[idColumn].isBlank()) {
        copy[idColumn] = prefix + copy[idColumn];
      }
      records.add(copy);
    }
    List<String> ids = new ArrayList<>();
    for (String[] r : records.subList(1, records.size())) {
      if (idColumn >= 0 && !r[idColumn].isBlank()) {
        ids.add(r[idColumn].strip());
      }
    }
    String lineEnd = base.lineEnd();
    for (Mutation m : mutations) {
      switch (m) {
        case SHUFFLE, SHUFFLE_BAD -> {
          shuffle(records, random, m == Mutation.SHUFFLE_BAD);
          idColumn = Arrays.asList(records.get(0)).indexOf("respondent_id");
        }
        case DUPLICATE_ROW -> {
          if (records.size() > 1) {
            String[] row = records.get(1 + random.nextInt(records.size() - 1));
            records.add(1 + random.nextInt(records.size()), row.clone());
            if (idColumn >= 0 && !row[idColumn].isBlank()) {
              ids.add(row[idColumn].strip());
            }
          }
        }
        case DELETE_ROW -> {
          if (records.size() > 1) {
            String[] gone = records.remove(1 + random.nextInt(records.size() - 1));
            if (idColumn >= 0 && !gone[idColumn].isBlank()) {
              ids.remove(gone[idColumn].strip());
            }
          }
        }
        case LINE_ENDS -> lineEnd = lineEnd.equals("\n") ? "\r\n" : "\n";
        default -> {}
      }
    }
    byte[] bytes = write(records, lineEnd, base.bom());
    for (Mutation m : mutations) {
      bytes =
          switch (m) {
            case BYTE_FLIP -> flip(bytes, random);
            case TRUNCATE ->
                bytes.length == 0 ? bytes : Arrays.copyOf(bytes, random.nextInt(bytes.length));
            case DROP_QUOTE -> dropQuote(bytes, random);
            case INVALID_UTF8 ->
                insert(
                    bytes,
                    random.nextInt(bytes.length + 1),
                    INVALID_UTF8[random.nextInt(INVALID_UTF8.length)]);
            case ONE_LINE_END -> changeOneLineEnd(bytes, random);
            default -> bytes;
          };
    }
    boolean wellFormed = mutations.stream().allMatch(m -> m.wellFormed);
    boolean sameCounts =
        mutations.stream().allMatch(m -> m == Mutation.SHUFFLE || m == Mutation.LINE_ENDS);
    boolean idsKnown = wellFormed && !mutations.contains(Mutation.SHUFFLE_BAD);
    return new Case(
        number,
        base,
        mutations,
        bytes,
        wellFormed ? records.size() - 1 : -1,
        sameCounts,
        idsKnown ? List.copyOf(ids) : List.of());
  }

  /** One to three mutations; an empty file rarely, and then alone. */
  private static List<Mutation> draw(SplittableRandom random) {
    List<Mutation> drawn = new ArrayList<>();
    int n = 1 + random.nextInt(3);
    Mutation[] kinds = Mutation.values();
    for (int i = 0; i < n; i++) {
      if (random.nextInt(100) < 2) {
        return List.of(Mutation.EMPTY);
      }
      drawn.add(kinds[random.nextInt(kinds.length - 1)]);
    }
    drawn.sort(Comparator.naturalOrder());
    return List.copyOf(drawn);
  }

  private static void shuffle(
      List<String[]> records, SplittableRandom random, boolean inconsistent) {
    int width = records.get(0).length;
    int[] order = permutation(width, random);
    for (int r = 0; r < records.size(); r++) {
      int[] own = order;
      if (inconsistent && r > 0) {
        // Some rows keep their old order, some get another one: the data no longer follow the
        // header.
        own = random.nextBoolean() ? identity(width) : permutation(width, random);
      }
      String[] row = records.get(r);
      if (row.length != width) {
        continue;
      }
      String[] moved = new String[width];
      for (int i = 0; i < width; i++) {
        moved[i] = row[own[i]];
      }
      records.set(r, moved);
    }
  }

  private static int[] permutation(int n, SplittableRandom random) {
    int[] p = identity(n);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  private static int[] identity(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    return p;
  }

  private static byte[] flip(byte[] bytes, SplittableRandom random) {
    if (bytes.length == 0) {
      return bytes;
    }
    byte[] out = bytes.clone();
    out[random.nextInt(out.length)] ^= (byte) (1 + random.nextInt(255));
    return out;
  }

  private static byte[] dropQuote(byte[] bytes, SplittableRandom random) {
    List<Integer> quotes = positionsOf(bytes, '"');
    if (quotes.isEmpty()) {
      return bytes;
    }
    int at = quotes.get(random.nextInt(quotes.size()));
    byte[] out = new byte[bytes.length - 1];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(bytes, at + 1, out, at, bytes.length - at - 1);
    return out;
  }

  /** Replaces one line end (an LF, or the CRLF it ends) with an LF, a CRLF or a lone CR. */
  private static byte[] changeOneLineEnd(byte[] bytes, SplittableRandom random) {
    List<Integer> lfs = positionsOf(bytes, '\n');
    if (lfs.isEmpty()) {
      return bytes;
    }
    int lf = lfs.get(random.nextInt(lfs.size()));
    int from = lf > 0 && bytes[lf - 1] == '\r' ? lf - 1 : lf;
    String[] kinds = {"\n", "\r\n", "\r"};
    byte[] now = kinds[random.nextInt(3)].getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 1);
    out.write(bytes, 0, from);
    out.writeBytes(now);
    out.write(bytes, lf + 1, bytes.length - lf - 1);
    return out.toByteArray();
  }

  private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + inserted.length);
    out.write(bytes, 0, at);
    out.writeBytes(inserted);
    out.write(bytes, at, bytes.length - at);
    return out.toByteArray();
  }

  private static List<Integer> positionsOf(byte[] bytes, char c) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == c) {
        at.add(i);
      }
    }
    return at;
  }

  /** RFC 4180: a field is quoted when it holds a comma, a quote or a line end. */
  private static byte[] write(List<String[]> records, String lineEnd, boolean bom) {
    StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
    for (String[] record : records) {
      for (int i = 0; i < record.length; i++) {
        String field = record[i].replace("\r\n", "\n").replace("\n", lineEnd);
        if (i > 0) {
          text.append(',');
        }
        if (field.contains(",")
            || field.contains("\"")
            || field.contains("\n")
            || field.contains("\r")) {
          text.append('"').append(field.replace("\"", "\"\"")).append('"');
        } else {
          text.append(field);
        }
      }
      text.append(lineEnd);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Base load(Path folder, String name) throws IOException {
    byte[] bytes = Files.readAllBytes(folder.resolve("responses.csv"));
    String text = new String(bytes, StandardCharsets.UTF_8);
    boolean bom = text.startsWith("\uFEFF");
    if (bom) {
      text = text.substring(1);
    }
    String lineEnd = text.contains("\r\n") ? "\r\n" : "\n";
    List<String[]> records = new ArrayList<>();
    try (CSVReader reader =
        new CSVReaderBuilder(new StringReader(text))
            .withCSVParser(new RFC4180ParserBuilder().build())
            .build()) {
      for (String[] r : reader) {
        boolean blank = r.length == 1 && r[0].isEmpty();
        if (!blank) {
          records.add(r);
        }
      }
    }
    Properties expected = new Properties();
    try (Reader in = Files.newBufferedReader(folder.resolve("expected.properties"))) {
      expected.load(in);
    }
    return new Base(name, bom, lineEnd, List.copyOf(records), expected);
  }
}
