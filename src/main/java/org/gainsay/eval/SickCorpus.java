package org.gainsay.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads SICK (SemEval-2014 task 1) sentence pairs: a tab-separated file with a header naming at least
 * {@code pair_ID}, {@code sentence_A}, {@code sentence_B} and {@code entailment_label} (ENTAILMENT, CONTRADICTION,
 * NEUTRAL).
 *
 * <pre>{@code
 * List<SickCorpus.Pair> pairs = SickCorpus.read(Path.of("SICK_train_trial.txt"));
 * }</pre>
 *
 * <p>Immutable and thread-safe (static methods only).
 */
public final class SickCorpus {
  private SickCorpus() {}

  /** One pair and its gold label. */
  public record Pair(String id, String a, String b, String label) {}

  public static List<Pair> read(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(file.toString(), r);
    }
  }

  /**
   * Parses SICK text.
   *
   * @throws IllegalArgumentException naming the file and line when the header lacks a column or a row is short
   */
  public static List<Pair> parse(String where, BufferedReader r) throws IOException {
    String header = r.readLine();
    if (header == null) {
      throw new IllegalArgumentException(where + ": is empty, expected a SICK header line");
    }
    Map<String, Integer> col = new HashMap<>();
    String[] names = header.split("\t", -1);
    for (int i = 0; i < names.length; i++) {
      col.put(names[i].strip(), i);
    }
    for (String need : new String[] {"pair_ID", "sentence_A", "sentence_B", "entailment_label"}) {
      if (!col.containsKey(need)) {
        throw new IllegalArgumentException(where + ":1: header has no column " + need + "; is this a SICK file?");
      }
    }
    int width = 1 + Math.max(Math.max(col.get("pair_ID"), col.get("sentence_A")),
        Math.max(col.get("sentence_B"), col.get("entailment_label")));
    List<Pair> out = new ArrayList<>();
    String line;
    int n = 1;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < width) {
        throw new IllegalArgumentException(where + ":" + n + ": has " + f.length + " columns, needs " + width);
      }
      out.add(new Pair(f[col.get("pair_ID")], f[col.get("sentence_A")], f[col.get("sentence_B")],
          f[col.get("entailment_label")].strip()));
    }
    return out;
  }
}
