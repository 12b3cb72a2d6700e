package org.gainsay.statement;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Words grouped by meaning, at three granularities (the bundled file: 64, 256 and 2,048 groups): "said", "says" and
 * "stated" share a group, as do "poll" and "survey", or "criticized" and "objected"; loaded from
 * {@code models/word-clusters.tsv} (see {@code models/README.md}). The attribution tagger reads a word's groups so
 * that what it learned of one word carries over to words of like meaning it saw seldom or never.
 *
 * <pre>{@code
 * WordClusters clusters = WordClusters.load();
 * clusters.of("stated") == clusters.of("said");   // usually true at the coarser levels
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class WordClusters {
  static final String RESOURCE = "org/gainsay/models/word-clusters.tsv";
  /** A word in no group. */
  public static final int NONE = -1;

  private final Map<String, Integer> groups;

  private WordClusters(Map<String, Integer> groups) {
    this.groups = ImmutableMap.copyOf(groups);
  }

  /** Loads the bundled clusters. */
  public static WordClusters load() throws IOException {
    InputStream in = WordClusters.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IOException("word clusters " + RESOURCE + " are not on the class path: build with Maven, which copies "
          + "models/ into the jar");
    }
    return parse(in);
  }

  /**
   * Parses clusters in the {@code word-clusters.tsv} format: {@code word TAB group32 TAB group128 TAB group512}, the
   * word in lower case, {@code #} comments.
   */
  public static WordClusters parse(InputStream in) throws IOException {
    Map<String, Integer> groups = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        try {
          if (f.length != 4) {
            throw new NumberFormatException("4 fields expected, found " + f.length);
          }
          int a = Integer.parseInt(f[1]);
          int b = Integer.parseInt(f[2]);
          int c = Integer.parseInt(f[3]);
          if (a < 0 || a >= 255 || b < 0 || b >= 1024 || c < 0 || c >= 16384) {
            throw new NumberFormatException("groups out of range (0-254, 0-1023, 0-16383)");
          }
          groups.put(f[0], a | b << 8 | c << 18);
        } catch (NumberFormatException e) {
          throw new IOException("word clusters line " + number + " is malformed (" + e.getMessage() + "): '" + line
              + "'; expected word TAB group32 TAB group128 TAB group512");
        }
      }
    }
    return new WordClusters(groups);
  }

  /** The groups of {@code word} (lower case), packed: see {@link #coarse}, {@link #middle}, {@link #fine}. */
  public int of(String word) {
    Integer g = groups.get(word);
    return g == null ? NONE : g;
  }

  /** The group of 32 in packed groups, or -1. */
  public static int coarse(int packed) {
    return packed == NONE ? -1 : packed & 255;
  }

  /** The group of 128 in packed groups, or -1. */
  public static int middle(int packed) {
    return packed == NONE ? -1 : packed >>> 8 & 1023;
  }

  /** The group of 512 in packed groups, or -1. */
  public static int fine(int packed) {
    return packed == NONE ? -1 : packed >>> 18;
  }

  /** How many words have groups. */
  public int size() {
    return groups.size();
  }

  /**
   * Groups words by their vectors: spherical k-means (cosine) at each of three sizes, coarse to fine, each run for a
   * fixed number of rounds from k-means++ centres drawn with a seeded random; deterministic for the same words in the
   * same order. Writes the {@code word-clusters.tsv} format to {@code out}.
   *
   * @param words the words, lower case, in a fixed order
   * @param vectors one vector per word, all of one length
   * @param sizes three group counts, coarse to fine (within 255, 1024 and 16384)
   */
  public static void cluster(List<String> words, List<float[]> vectors, int[] sizes, int rounds, long seed,
      Appendable out) throws IOException {
    checkArgument(words.size() == vectors.size(), "%s words but %s vectors", words.size(), vectors.size());
    checkArgument(sizes.length == 3 && sizes[0] <= 255 && sizes[1] <= 1024 && sizes[2] <= 16384,
        "three group counts within 255, 1024 and 16384 expected");
    checkArgument(words.size() >= sizes[2], "%s words are too few for %s groups", words.size(), sizes[2]);
    int n = words.size();
    int dim = vectors.get(0).length;
    float[][] x = new float[n][];
    for (int i = 0; i < n; i++) {
      checkArgument(vectors.get(i).length == dim, "vector %s has length %s, not %s", i, vectors.get(i).length, dim);
      x[i] = normalized(vectors.get(i));
    }
    int[][] assigned = new int[3][];
    for (int level = 0; level < 3; level++) {
      assigned[level] = kMeans(x, sizes[level], rounds, new Random(seed + level));
    }
    out.append("# word TAB group of ").append(String.valueOf(sizes[0])).append(" TAB group of ")
        .append(String.valueOf(sizes[1])).append(" TAB group of ").append(String.valueOf(sizes[2])).append('\n');
    for (int i = 0; i < n; i++) {
      out.append(words.get(i)).append('\t').append(String.valueOf(assigned[0][i])).append('\t')
          .append(String.valueOf(assigned[1][i])).append('\t').append(String.valueOf(assigned[2][i])).append('\n');
    }
  }

  private static float[] normalized(float[] v) {
    double norm = 0;
    for (float f : v) {
      norm += f * f;
    }
    float[] out = new float[v.length];
    double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] * scale);
    }
    return out;
  }

  private static int[] kMeans(float[][] x, int k, int rounds, Random random) {
    int n = x.length;
    int dim = x[0].length;
    // k-means++ seeding: each next centre is a word drawn with odds by its squared distance to the nearest centre so
    // far, so the first centres spread over the space instead of falling into one corner of it
    float[][] centres = new float[k][];
    float[] nearest = new float[n];
    java.util.Arrays.fill(nearest, Float.NEGATIVE_INFINITY);
    int pick = random.nextInt(n);
    for (int c = 0; c < k; c++) {
      centres[c] = x[pick].clone();
      float[] centre = centres[c];
      double total = 0;
      double[] odds = new double[n];
      for (int i = 0; i < n; i++) {
        float sim = 0;
        for (int d = 0; d < dim; d++) {
          sim += x[i][d] * centre[d];
        }
        nearest[i] = Math.max(nearest[i], sim);
        double distance = Math.max(0, 1 - nearest[i]);
        odds[i] = distance * distance;
        total += odds[i];
      }
      if (total <= 0) {
        pick = random.nextInt(n); // every word sits on a centre: any word will do
        continue;
      }
      double r = random.nextDouble() * total;
      pick = n - 1;
      for (int i = 0; i < n; i++) {
        r -= odds[i];
        if (r < 0) {
          pick = i;
          break;
        }
      }
    }
    int[] assigned = new int[n];
    for (int round = 0; round <= rounds; round++) {
      float[][] fixed = centres;
      IntStream.range(0, n).parallel().forEach(i -> { // each word on its own: the same result on any thread count
        int best = 0;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
          float score = 0;
          float[] centre = fixed[c];
          for (int d = 0; d < dim; d++) {
            score += x[i][d] * centre[d];
          }
          if (score > bestScore) {
            bestScore = score;
            best = c;
          }
        }
        assigned[i] = best;
      });
      if (round == rounds) {
        break;
      }
      float[][] sums = new float[k][dim];
      for (int i = 0; i < n; i++) {
        float[] sum = sums[assigned[i]];
        for (int d = 0; d < dim; d++) {
          sum[d] += x[i][d];
        }
      }
      for (int c = 0; c < k; c++) {
        float[] centre = normalized(sums[c]);
        boolean empty = true;
        for (float f : centre) {
          empty &= f == 0;
        }
        if (!empty) {
          centres[c] = centre; // an empty group keeps its centre
        }
      }
    }
    return assigned;
  }
}
