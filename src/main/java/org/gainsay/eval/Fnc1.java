package org.gainsay.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gainsay.stance.StanceLabel;

/**
 * The FNC-1 data format: a bodies file ({@code Body ID,articleBody}) and a stances file ({@code Headline,Body
 * ID,Stance}), both quoted CSV with line breaks inside bodies. The stance column may be missing (unlabelled test
 * files).
 *
 * <pre>{@code
 * Fnc1 data = Fnc1.load(Path.of("train_bodies.csv"), Path.of("train_stances.csv"),
 *     Fnc1.readIds(Path.of("splits/hold_out_ids.txt")));
 * data.pairs().size();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param bodies body text by body id, in file order
 * @param pairs the headline/body pairs, in file order
 */
public record Fnc1(Map<Integer, String> bodies, List<Pair> pairs) {

  public Fnc1 {
    bodies = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bodies));
    pairs = List.copyOf(pairs);
  }

  /**
   * One headline/body pair.
   *
   * @param headline the claim
   * @param bodyId the body
   * @param gold the labelled stance, or null in an unlabelled file
   */
  public record Pair(String headline, int bodyId, StanceLabel gold) {}

  /** A file that cannot be read as FNC-1; the message names the file and line. */
  public static final class BadFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadFileException(String message) {
      super(message);
    }
  }

  /**
   * Reads the two files, keeping only the bodies in {@code keepIds} (all when null) and the pairs on them.
   *
   * @throws BadFileException when a file is missing, not CSV, lacks a column, or a pair names an unknown body
   */
  public static Fnc1 load(Path bodiesFile, Path stancesFile, Set<Integer> keepIds) throws BadFileException {
    Csv bodies = read(bodiesFile);
    Csv stances = read(stancesFile);
    need(bodiesFile, bodies, "Body ID", "articleBody");
    need(stancesFile, stances, "Headline", "Body ID");
    boolean labelled = stances.hasColumn("Stance");
    Map<Integer, String> byId = new LinkedHashMap<>();
    for (Csv.Row r : bodies.rows()) {
      int id = id(bodiesFile, r);
      if (keepIds == null || keepIds.contains(id)) {
        byId.put(id, r.get("articleBody"));
      }
    }
    List<Pair> pairs = new ArrayList<>();
    for (Csv.Row r : stances.rows()) {
      int id = id(stancesFile, r);
      if (keepIds != null && !keepIds.contains(id)) {
        continue;
      }
      if (!byId.containsKey(id)) {
        throw new BadFileException(stancesFile + ":" + r.line() + ": body " + id + " is not in " + bodiesFile);
      }
      StanceLabel gold = null;
      if (labelled) {
        try {
          gold = StanceLabel.parse(r.get("Stance"));
        } catch (IllegalArgumentException e) {
          throw new BadFileException(stancesFile + ":" + r.line() + ": " + e.getMessage());
        }
      }
      pairs.add(new Pair(r.get("Headline"), id, gold));
    }
    return new Fnc1(byId, pairs);
  }

  /**
   * Reads a file of body ids, one a line (blank lines and lines starting with # are skipped).
   *
   * @throws BadFileException when the file is missing or a line is not a number
   */
  public static Set<Integer> readIds(Path file) throws BadFileException {
    Set<Integer> ids = new LinkedHashSet<>();
    String[] lines = text(file).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String s = lines[i].strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      try {
        ids.add(Integer.parseInt(s));
      } catch (NumberFormatException e) {
        throw new BadFileException(file + ":" + (i + 1) + ": '" + s + "' is not a body id");
      }
    }
    return ids;
  }

  /** Whether every pair has a gold label. */
  public boolean labelled() {
    return pairs.stream().allMatch(p -> p.gold() != null);
  }

  static String text(Path file) throws BadFileException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BadFileException(file + ": no such file");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new BadFileException(file + ": is not UTF-8 text");
    } catch (IOException e) {
      throw new BadFileException(file + ": cannot read: " + e.getMessage());
    }
  }

  static Csv read(Path file) throws BadFileException {
    try {
      return Csv.parse(text(file));
    } catch (Csv.FormatException e) {
      throw new BadFileException(file + ":" + e.getMessage().replaceFirst("^line ", ""));
    }
  }

  static void need(Path file, Csv csv, String... columns) throws BadFileException {
    for (String c : columns) {
      if (!csv.hasColumn(c)) {
        throw new BadFileException(file + ": has no column '" + c + "'; its columns are " + csv.header());
      }
    }
  }

  private static int id(Path file, Csv.Row r) throws BadFileException {
    String s = r.fields().size() > r.columns().get("Body ID") ? r.get("Body ID").strip() : "";
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new BadFileException(file + ":" + r.line() + ": Body ID '" + s + "' is not a number");
    }
  }
}
