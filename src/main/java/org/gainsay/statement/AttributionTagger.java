package org.gainsay.statement;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.gainsay.text.Token;

/**
 * A trained sequence tagger that reads attributions the way PolNeAR's annotators mark them: every token of a sentence
 * is outside, or begins or continues a source, a cue or a content (BIO over three parts). It is the statement stage's
 * second reader: the rules of {@link StatementExtractor} read the shapes they know, and the tagger adds the
 * attributions they miss (cues outside the lexicon such as "mocked" or "is most proud of", shapes the rules do not
 * parse). Its features are the words and part-of-speech tags around each token, quotation marks, the cue lexicon
 * and the lemma of the nearest cue, WordNet domains, word groups, and what the rules read in the same sentence
 * (stacking), so it learns where the rules are right too.
 *
 * <p>The model is an averaged structured perceptron (Collins 2002) with first-order label transitions, decoded by
 * Viterbi; features are hashed to 64-bit keys, so tagging allocates no feature strings. {@code models/
 * attribution-model.bin.gz} is trained on PolNeAR's train split by {@code gainsay train attribution} (see {@code
 * models/README.md}); {@link Trainer} rebuilds it.
 *
 * <pre>{@code
 * AttributionTagger tagger = AttributionTagger.bundled();
 * int[] labels = tagger.tag(input);   // AttributionTagger.O, B_SOURCE, I_SOURCE, ...
 * }</pre>
 *
 * <p>Immutable and thread-safe once loaded; tagging is linear in the sentence (Viterbi over seven labels).
 */
public final class AttributionTagger {
  /** Outside any attribution. */
  public static final int O = 0;
  public static final int B_SOURCE = 1;
  public static final int I_SOURCE = 2;
  public static final int B_CUE = 3;
  public static final int I_CUE = 4;
  public static final int B_CONTENT = 5;
  public static final int I_CONTENT = 6;
  /** The number of labels. */
  public static final int LABELS = 7;
  /** Roles the rules give a token, as a feature: none, source, cue, content. */
  public static final byte RULE_NONE = 0;
  public static final byte RULE_SOURCE = 1;
  public static final byte RULE_CUE = 2;
  public static final byte RULE_CONTENT = 3;

  static final String RESOURCE = "org/gainsay/models/attribution-model.bin.gz";
  private static final int MAGIC = 0x47534154; // "GSAT"
  private static final int VERSION = 3;

  /**
   * What the tagger reads of one sentence: its tokens (as the statement stage repaired their tags), which of them are
   * inside quotation marks, the role the rules gave each token, whether each token's lemma is a cue of the
   * lexicon, each token's WordNet domain (-1: none) and its word groups ({@link WordClusters#of}, packed; {@link
   * WordClusters#NONE}: none).
   */
  public record Input(List<Token> tokens, boolean[] inQuote, byte[] ruleRoles, boolean[] lexiconCue, byte[] domains,
      int[] clusters) {
    public Input {
      tokens = List.copyOf(tokens);
      checkArgument(inQuote.length == tokens.size() && ruleRoles.length == tokens.size()
          && lexiconCue.length == tokens.size() && domains.length == tokens.size()
          && clusters.length == tokens.size(),
          "input arrays must have one entry per token (%s)", tokens.size());
      inQuote = inQuote.clone();
      ruleRoles = ruleRoles.clone();
      lexiconCue = lexiconCue.clone();
      domains = domains.clone();
      clusters = clusters.clone();
    }

    public int size() {
      return tokens.size();
    }
  }

  private final Weights weights;
  /** transitions[from][to], from = LABELS for the sentence start. */
  private final float[][] transitions;

  AttributionTagger(Weights weights, float[][] transitions) {
    this.weights = weights;
    this.transitions = transitions;
  }

  /** The bundled model, {@code models/attribution-model.bin.gz}. */
  public static AttributionTagger bundled() throws IOException {
    InputStream in = AttributionTagger.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IOException("attribution model " + RESOURCE + " is not on the class path: build with Maven, which "
          + "copies models/ into the jar");
    }
    try (in) {
      return read(in);
    }
  }

  /** Reads a model written by {@link #write}. */
  public static AttributionTagger read(InputStream raw) throws IOException {
    java.nio.ByteBuffer in;
    try {
      in = java.nio.ByteBuffer.wrap(new GZIPInputStream(raw, 1 << 16).readAllBytes());
    } catch (java.util.zip.ZipException e) {
      throw new IOException("not a Gainsay attribution model (not gzip: " + e.getMessage() + "): retrain it with "
          + "gainsay train attribution", e);
    }
    try {
      int magic = in.getInt();
      int version = in.getInt();
      if (magic != MAGIC || version != VERSION) {
        throw new IOException(String.format(Locale.ROOT, "not a Gainsay attribution model of version %d "
            + "(magic %08x, version %d): retrain it with gainsay train attribution", VERSION, magic, version));
      }
      int labels = in.getInt();
      if (labels != LABELS) {
        throw new IOException("attribution model has " + labels + " labels, expected " + LABELS);
      }
      float[][] t = new float[LABELS + 1][LABELS];
      for (float[] row : t) {
        for (int j = 0; j < LABELS; j++) {
          row[j] = in.getFloat();
        }
      }
      int n = in.getInt();
      if (n < 0 || (long) n * (8 + 2 * LABELS) > in.remaining()) {
        throw new IOException("attribution model claims " + n + " features but holds " + in.remaining()
            + " bytes (truncated?): retrain it with gainsay train attribution");
      }
      float scale = in.getFloat();
      PackedWeights w = new PackedWeights(n, scale);
      short[] row = new short[LABELS];
      for (int i = 0; i < n; i++) {
        long key = in.getLong();
        for (int j = 0; j < LABELS; j++) {
          row[j] = in.getShort();
        }
        w.put(key, row);
      }
      return new AttributionTagger(w, t);
    } catch (java.nio.BufferUnderflowException e) {
      throw new IOException("attribution model is truncated: retrain it with gainsay train attribution", e);
    }
  }

  /** Writes the model (gzip; weights quantized to 16 bits). Deterministic: the same model gives the same bytes. */
  public void write(OutputStream raw) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
    DataOutputStream out = new DataOutputStream(gz);
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(LABELS);
    for (float[] row : transitions) {
      for (float v : row) {
        out.writeFloat(v);
      }
    }
    long[] keys = weights.keys();
    Arrays.sort(keys);
    float[] row = new float[LABELS];
    float max = 1e-9f;
    for (long k : keys) {
      Arrays.fill(row, 0);
      weights.addTo(k, row);
      for (float v : row) {
        max = Math.max(max, Math.abs(v));
      }
    }
    float scale = max / Short.MAX_VALUE;
    out.writeInt(keys.length);
    out.writeFloat(scale);
    for (long k : keys) {
      out.writeLong(k);
      Arrays.fill(row, 0);
      weights.addTo(k, row);
      for (float v : row) {
        out.writeShort(Math.round(v / scale));
      }
    }
    out.flush();
    gz.finish();
  }

  /**
   * A smaller tagger: the features whose largest weight, in absolute value, is below {@code threshold} are dropped
   * (they rarely change a decision).
   */
  public AttributionTagger pruned(float threshold) {
    long[] keys = weights.keys();
    Arrays.sort(keys);
    FeatureWeights out = new FeatureWeights(keys.length);
    float[] row = new float[LABELS];
    for (long k : keys) {
      Arrays.fill(row, 0);
      weights.addTo(k, row);
      float max = 0;
      for (float v : row) {
        max = Math.max(max, Math.abs(v));
      }
      if (max >= threshold) {
        out.put(k, row);
      }
    }
    return new AttributionTagger(out, transitions);
  }

  /** The number of features with weights. */
  public int features() {
    return weights.size();
  }

  /** The best label sequence for a sentence. */
  public int[] tag(Input in) {
    int n = in.size();
    int[] out = new int[n];
    if (n == 0) {
      return out;
    }
    Features f = new Features(in);
    long[] buf = new long[Features.MAX];
    float[][] score = new float[n][LABELS];
    for (int i = 0; i < n; i++) {
      int k = f.at(i, buf);
      float[] s = score[i];
      for (int j = 0; j < k; j++) {
        weights.addTo(buf[j], s);
      }
    }
    return viterbi(score, transitions);
  }

  static int[] viterbi(float[][] score, float[][] transitions) {
    int n = score.length;
    float[][] best = new float[n][LABELS];
    int[][] back = new int[n][LABELS];
    for (int l = 0; l < LABELS; l++) {
      best[0][l] = transitions[LABELS][l] + score[0][l] + (allowed(-1, l) ? 0 : -1e9f);
    }
    for (int i = 1; i < n; i++) {
      for (int l = 0; l < LABELS; l++) {
        float b = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < LABELS; p++) {
          float v = best[i - 1][p] + transitions[p][l] + (allowed(p, l) ? 0 : -1e9f);
          if (v > b) {
            b = v;
            arg = p;
          }
        }
        best[i][l] = b + score[i][l];
        back[i][l] = arg;
      }
    }
    int[] out = new int[n];
    int arg = 0;
    for (int l = 1; l < LABELS; l++) {
      if (best[n - 1][l] > best[n - 1][arg]) {
        arg = l;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      out[i] = arg;
      arg = back[i][arg];
    }
    return out;
  }

  /** BIO: an inside label follows its own begin or inside label. */
  static boolean allowed(int previous, int label) {
    if (label == I_SOURCE || label == I_CUE || label == I_CONTENT) {
      return previous == label || previous == label - 1;
    }
    return true;
  }

  /** The part a label belongs to: 0 none, 1 source, 2 cue, 3 content. */
  public static int part(int label) {
    return (label + 1) / 2;
  }

  /** Whether the label opens a new span. */
  public static boolean begins(int label) {
    return label == B_SOURCE || label == B_CUE || label == B_CONTENT;
  }

  /**
   * The hashed features of one token. Templates are numbered; a feature is the template's number mixed with the hash
   * of its values, so no strings are built while tagging.
   */
  static final class Features {
    /** The number of feature templates, all written by {@link #at}. */
    static final int MAX = 49;
    private final Input in;
    private final int[] word;
    private final int[] tag;
    private final int[] shape;

    Features(Input in) {
      this.in = in;
      int n = in.size();
      word = new int[n];
      tag = new int[n];
      shape = new int[n];
      for (int i = 0; i < n; i++) {
        Token t = in.tokens().get(i);
        word[i] = t.lower().hashCode();
        tag[i] = t.tag().hashCode();
        shape[i] = shape(t.text());
        anyCue |= in.lexiconCue()[i];
        anyQuote |= in.inQuote()[i];
      }
      // nearest lexicon cue on each side: its lemma, and its distance bucketed (0: none within 12 tokens)
      leftCue = new int[n];
      rightCue = new int[n];
      leftDistance = new int[n];
      rightDistance = new int[n];
      int last = -1;
      int lemma = 17; // of the cue at last; 17 while there is none
      for (int i = 0; i < n; i++) {
        leftCue[i] = lemma;
        leftDistance[i] = last < 0 || i - last > 12 ? 0 : Math.min(4, (i - last + 2) / 3);
        if (in.lexiconCue()[i]) {
          last = i;
          lemma = in.tokens().get(i).lemma().hashCode();
        }
      }
      int next = -1;
      lemma = 19;
      for (int i = n - 1; i >= 0; i--) {
        rightCue[i] = lemma;
        rightDistance[i] = next < 0 || next - i > 12 ? 0 : Math.min(4, (next - i + 2) / 3);
        if (in.lexiconCue()[i]) {
          next = i;
          lemma = in.tokens().get(i).lemma().hashCode();
        }
      }
      leftSpeech = new int[n];
      rightSpeech = new int[n];
      last = -1;
      for (int i = 0; i < n; i++) {
        leftSpeech[i] = last < 0 || i - last > 12 ? 0 : Math.min(4, (i - last + 2) / 3);
        if (speech(in.domains()[i])) {
          last = i;
        }
      }
      next = -1;
      for (int i = n - 1; i >= 0; i--) {
        rightSpeech[i] = next < 0 || next - i > 12 ? 0 : Math.min(4, (next - i + 2) / 3);
        if (speech(in.domains()[i])) {
          next = i;
        }
      }
    }

    private final int[] leftCue;
    private final int[] rightCue;
    /** Distance bucket to the nearest verb of communication or cognition on each side (0: none within 12). */
    private final int[] leftSpeech;
    private final int[] rightSpeech;
    private final int[] leftDistance;
    private final int[] rightDistance;

    private boolean anyCue;
    private boolean anyQuote;

    /** WordNet's verb.communication (32) and verb.cognition (31). */
    private static boolean speech(byte domain) {
      return domain == 31 || domain == 32;
    }

    private static int shape(String s) {
      if (s.isEmpty()) {
        return 0;
      }
      int c = s.codePointAt(0);
      if (Character.isUpperCase(c)) {
        for (int i = 1; i < s.length(); i++) {
          if (!Character.isUpperCase(s.charAt(i))) {
            return 2;
          }
        }
        return s.length() > 1 ? 1 : 2;
      }
      if (Character.isDigit(c)) {
        return 3;
      }
      if (Character.isLetter(c)) {
        return 4;
      }
      return 5 + (c & 0xff);
    }

    /** The lemma of the nearest lexicon cue before {@code i} (within the sentence), or a marker. */
    private int leftCue(int i) {
      return leftCue[i];
    }

    private int rightCue(int i) {
      return rightCue[i];
    }

    private int w(int i) {
      return i < 0 ? 11 : i >= word.length ? 13 : word[i];
    }

    private int t(int i) {
      return i < 0 ? 11 : i >= tag.length ? 13 : tag[i];
    }

    private int d(int i) {
      return i < 0 ? 101 : i >= tag.length ? 103 : in.domains()[i];
    }

    private int fine(int i) {
      return i < 0 ? 1001 : i >= tag.length ? 1003 : WordClusters.fine(in.clusters()[i]);
    }

    private int middle(int i) {
      return i < 0 ? 1001 : i >= tag.length ? 1003 : WordClusters.middle(in.clusters()[i]);
    }

    private int coarse(int i) {
      return i < 0 ? 1001 : i >= tag.length ? 1003 : WordClusters.coarse(in.clusters()[i]);
    }

    private int r(int i) {
      return i < 0 ? 7 : i >= tag.length ? 9 : in.ruleRoles()[i];
    }

    private int q(int i) {
      return i < 0 || i >= tag.length ? 2 : in.inQuote()[i] ? 1 : 0;
    }

    private int c(int i) {
      return i < 0 || i >= tag.length ? 2 : in.lexiconCue()[i] ? 1 : 0;
    }

    static long key(int template, int a) {
      return mix(((long) template << 32) ^ (a & 0xffffffffL));
    }

    static long key(int template, int a, int b) {
      return mix(((long) template << 32) ^ (a & 0xffffffffL) ^ mix(b * 0x9E3779B97F4A7C15L + 1));
    }

    static long key(int template, int a, int b, int c) {
      return key(template, a, (int) mix(((long) b << 32) ^ (c & 0xffffffffL)));
    }

    static long mix(long z) {
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
    }

    /** Writes the features of token {@code i} into {@code out}; returns how many. */
    int at(int i, long[] out) {
      int n = word.length;
      int k = 0;
      int pos = i == 0 ? 0 : i == n - 1 ? 1 : i * 5 / n + 2;
      int left = leftDistance[i];
      int right = rightDistance[i];
      out[k++] = key(0, 0);
      out[k++] = key(1, w(i));
      out[k++] = key(2, t(i));
      out[k++] = key(3, w(i - 1));
      out[k++] = key(4, w(i + 1));
      out[k++] = key(5, w(i - 2));
      out[k++] = key(6, w(i + 2));
      out[k++] = key(7, t(i - 1));
      out[k++] = key(8, t(i + 1));
      out[k++] = key(9, t(i - 1), t(i));
      out[k++] = key(10, t(i), t(i + 1));
      out[k++] = key(11, t(i - 1), t(i), t(i + 1));
      out[k++] = key(12, shape[i], t(i));
      out[k++] = key(13, q(i), t(i));
      out[k++] = key(14, q(i - 1), q(i), q(i + 1));
      out[k++] = key(15, r(i));
      out[k++] = key(16, r(i), w(i));
      out[k++] = key(17, r(i - 1), r(i), r(i + 1));
      out[k++] = key(18, r(i), t(i));
      out[k++] = key(19, c(i), t(i));
      out[k++] = key(20, left, right);
      out[k++] = key(21, left, right, t(i));
      out[k++] = key(22, pos);
      out[k++] = key(23, pos, r(i));
      out[k++] = key(24, t(i - 2), t(i - 1), t(i));
      out[k++] = key(25, t(i), t(i + 1), t(i + 2));
      out[k++] = key(26, c(i - 1), c(i), c(i + 1));
      out[k++] = key(27, r(i), q(i), left * 8 + right);
      out[k++] = key(28, w(i - 3));
      out[k++] = key(29, w(i + 3));
      out[k++] = key(30, leftCue(i), t(i));
      out[k++] = key(31, rightCue(i), t(i));
      out[k++] = key(32, anyCue ? 1 : 0, anyQuote ? 1 : 0, t(i));
      out[k++] = key(33, leftCue(i), rightCue(i));
      // WordNet domains generalise the cue lexicon: a verb of communication or cognition the lexicon lacks
      out[k++] = key(34, d(i), t(i));
      out[k++] = key(35, d(i - 1), d(i));
      out[k++] = key(36, d(i), d(i + 1));
      out[k++] = key(37, leftSpeech[i], rightSpeech[i], t(i));
      out[k++] = key(38, d(i), r(i), q(i));
      // word groups carry what was learned of a word to words of like meaning
      out[k++] = key(39, fine(i), t(i));
      out[k++] = key(40, middle(i - 1), middle(i));
      out[k++] = key(41, middle(i), middle(i + 1));
      out[k++] = key(42, middle(i), r(i), q(i));
      out[k++] = key(43, coarse(i - 1), coarse(i), coarse(i + 1));
      out[k++] = key(44, fine(i - 1), t(i));
      out[k++] = key(45, fine(i + 1), t(i));
      out[k++] = key(46, fine(i - 2));
      out[k++] = key(47, fine(i + 2));
      out[k++] = key(48, fine(i), r(i));
      return k;
    }
  }

  /** Feature keys to label weights. */
  interface Weights {
    int size();

    /** Adds the weights of {@code key}, if it has any, to {@code sums}. */
    void addTo(long key, float[] sums);

    long[] keys();
  }

  /**
   * The weights of a loaded model, as the file holds them: 16-bit integers times one scale, in an open-addressing table
   * of keys beside an array of the weights (read only on a hit; about four look-ups in five hit). About 2.8 MB for
   * the bundled model's 50,640 features. The table is read at random on every token, 49 times; two other layouts
   * measured slower, in a loop and with the caches emptied between articles as the NLP stage empties them: keys
   * beside their weights in one slot (more bytes a probe), and key fingerprints pointing into a dense array of weights
   * (the weights' address waits on the probe's load, where here the processor fetches both at once). Not thread-safe
   * while filled; read-only after.
   */
  static final class PackedWeights implements Weights {
    /** Stands for the key 0, since 0 marks an empty slot. */
    private static final long ZERO_KEY = 0x9E3779B97F4A7C15L;
    private final long[] keys;
    private final short[] weights;
    private final float scale;
    private final int mask;
    private int size;

    PackedWeights(int expected, float scale) {
      // load at most 2/3 (0.39 for the bundled model); at most 1/3 ran 6% faster in a loop but 8% slower with the
      // caches emptied between articles, as in use
      int cap = Integer.highestOneBit(Math.max(16, expected + expected / 2)) << 1;
      keys = new long[cap];
      weights = new short[cap * LABELS];
      mask = cap - 1;
      this.scale = scale;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public void addTo(long key, float[] sums) {
      long k = key == 0 ? ZERO_KEY : key;
      int i = (int) k & mask;
      long here;
      while ((here = keys[i]) != 0) {
        if (here == k) {
          int base = i * LABELS;
          for (int l = 0; l < LABELS; l++) {
            sums[l] += weights[base + l] * scale;
          }
          return;
        }
        i = (i + 1) & mask;
      }
    }

    void put(long key, short[] w) {
      checkArgument(size + 1 < keys.length, "more features than the table was sized for (%s)", keys.length);
      long k = key == 0 ? ZERO_KEY : key;
      int i = (int) k & mask;
      while (keys[i] != 0 && keys[i] != k) {
        i = (i + 1) & mask;
      }
      if (keys[i] == 0) {
        keys[i] = k;
        size++;
      }
      System.arraycopy(w, 0, weights, i * LABELS, LABELS);
    }

    @Override
    public long[] keys() {
      long[] out = new long[size];
      int n = 0;
      for (long k : keys) {
        if (k != 0) {
          out[n++] = k == ZERO_KEY ? 0 : k;
        }
      }
      return out;
    }
  }

  /**
   * A growing open-addressing map from feature keys to float label weights, for training: each slot is nine ints, the
   * key's two halves and the seven weights as float bits. Not thread-safe while filled; read-only after.
   */
  static final class FeatureWeights implements Weights {
    private static final int STRIDE = 2 + LABELS;
    private int[] slots;
    private boolean[] used;
    private int size;

    FeatureWeights(int expected) {
      int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
      slots = new int[cap * STRIDE];
      used = new boolean[cap];
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public void addTo(long key, float[] sums) {
      int mask = used.length - 1;
      int hi = (int) (key >>> 32);
      int lo = (int) key;
      int i = lo & mask;
      while (used[i]) {
        int base = i * STRIDE;
        if (slots[base] == hi && slots[base + 1] == lo) {
          for (int l = 0; l < LABELS; l++) {
            sums[l] += Float.intBitsToFloat(slots[base + 2 + l]);
          }
          return;
        }
        i = (i + 1) & mask;
      }
    }

    void put(long key, float[] w) {
      if ((size + 1) * 2 > used.length) {
        grow();
      }
      int mask = used.length - 1;
      int hi = (int) (key >>> 32);
      int lo = (int) key;
      int i = lo & mask;
      while (used[i] && !(slots[i * STRIDE] == hi && slots[i * STRIDE + 1] == lo)) {
        i = (i + 1) & mask;
      }
      int base = i * STRIDE;
      if (!used[i]) {
        used[i] = true;
        slots[base] = hi;
        slots[base + 1] = lo;
        size++;
      }
      for (int l = 0; l < LABELS; l++) {
        slots[base + 2 + l] = Float.floatToIntBits(w[l]);
      }
    }

    private void grow() {
      int[] oldSlots = slots;
      boolean[] oldUsed = used;
      slots = new int[oldSlots.length * 2];
      used = new boolean[oldUsed.length * 2];
      size = 0;
      float[] w = new float[LABELS];
      for (int i = 0; i < oldUsed.length; i++) {
        if (oldUsed[i]) {
          int base = i * STRIDE;
          for (int l = 0; l < LABELS; l++) {
            w[l] = Float.intBitsToFloat(oldSlots[base + 2 + l]);
          }
          put(((long) oldSlots[base] << 32) | (oldSlots[base + 1] & 0xffffffffL), w);
        }
      }
    }

    @Override
    public long[] keys() {
      long[] out = new long[size];
      int k = 0;
      for (int i = 0; i < used.length; i++) {
        if (used[i]) {
          out[k++] = ((long) slots[i * STRIDE] << 32) | (slots[i * STRIDE + 1] & 0xffffffffL);
        }
      }
      return out;
    }
  }

  /**
   * Trains a tagger: an averaged structured perceptron over sentences with gold labels. Deterministic for the same
   * examples, epochs and seed.
   */
  public static final class Trainer {
    private Trainer() {}

    /** One training sentence: what the tagger reads and the gold label of each token. */
    public record Example(Input input, int[] gold) {
      public Example {
        checkArgument(gold.length == input.size(), "gold has %s labels for %s tokens", gold.length, input.size());
      }
    }

    /**
     * Trains {@code runs} taggers with the seeds {@code seed}, {@code seed + 1}, ... (each its own sentence order) and
     * averages their weights: one model as fast as each, less swayed by the order of the sentences than any one of
     * them. Deterministic.
     */
    public static AttributionTagger trainAveraged(List<Example> examples, int epochs, int minCount, long seed,
        int runs, java.util.function.Consumer<String> log) {
      checkArgument(runs >= 1, "runs=%s: train at least one tagger", runs);
      java.util.TreeMap<Long, float[]> sum = new java.util.TreeMap<>();
      float[][] t = new float[LABELS + 1][LABELS];
      float[] row = new float[LABELS];
      for (int r = 0; r < runs; r++) {
        log.accept("run " + (r + 1) + " of " + runs + ", seed " + (seed + r));
        AttributionTagger one = train(examples, epochs, minCount, seed + r, log);
        long[] keys = one.weights.keys();
        Arrays.sort(keys);
        for (long k : keys) {
          Arrays.fill(row, 0);
          one.weights.addTo(k, row);
          float[] acc = sum.computeIfAbsent(k, x -> new float[LABELS]);
          for (int l = 0; l < LABELS; l++) {
            acc[l] += row[l] / runs;
          }
        }
        for (int p = 0; p <= LABELS; p++) {
          for (int l = 0; l < LABELS; l++) {
            t[p][l] += one.transitions[p][l] / runs;
          }
        }
      }
      FeatureWeights out = new FeatureWeights(sum.size());
      sum.forEach(out::put);
      return new AttributionTagger(out, t);
    }

    /**
     * Trains on {@code examples}: features seen fewer than {@code minCount} times are dropped; the sentence order is
     * shuffled each epoch with {@code seed}.
     */
    public static AttributionTagger train(List<Example> examples, int epochs, int minCount, long seed,
        java.util.function.Consumer<String> log) {
      // feature extraction once; counts for the cut-off
      List<long[][]> feats = new ArrayList<>(examples.size());
      java.util.HashMap<Long, int[]> counts = new java.util.HashMap<>();
      long[] buf = new long[Features.MAX];
      for (Example e : examples) {
        Features f = new Features(e.input());
        long[][] s = new long[e.input().size()][];
        for (int i = 0; i < s.length; i++) {
          int k = f.at(i, buf);
          s[i] = Arrays.copyOf(buf, k);
          for (long key : s[i]) {
            counts.computeIfAbsent(key, x -> new int[1])[0]++;
          }
        }
        feats.add(s);
      }
      for (long[][] s : feats) {
        for (int i = 0; i < s.length; i++) {
          s[i] = Arrays.stream(s[i]).filter(key -> counts.get(key)[0] >= minCount).toArray();
        }
      }
      log.accept(String.format(Locale.ROOT, "%d sentences, %d features (%d seen at least %d times)",
          examples.size(), counts.size(), counts.values().stream().filter(c -> c[0] >= minCount).count(), minCount));
      counts.clear();
      java.util.HashMap<Long, float[]> w = new java.util.HashMap<>(); // [0..L) weights, [L..2L) c-weighted sums
      float[][] tw = new float[LABELS + 1][LABELS];
      float[][] tu = new float[LABELS + 1][LABELS];
      long c = 1;
      Integer[] order = new Integer[examples.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      java.util.Random random = new java.util.Random(seed);
      for (int epoch = 0; epoch < epochs; epoch++) {
        java.util.Collections.shuffle(Arrays.asList(order), random);
        int wrong = 0;
        int tokens = 0;
        for (int idx : order) {
          long[][] s = feats.get(idx);
          int[] gold = examples.get(idx).gold();
          int n = s.length;
          if (n == 0) {
            continue;
          }
          float[][] score = new float[n][LABELS];
          for (int i = 0; i < n; i++) {
            for (long key : s[i]) {
              float[] v = w.get(key);
              if (v != null) {
                for (int l = 0; l < LABELS; l++) {
                  score[i][l] += v[l];
                }
              }
            }
          }
          int[] pred = viterbi(score, tw);
          tokens += n;
          for (int i = 0; i < n; i++) {
            int prevGold = i == 0 ? LABELS : gold[i - 1];
            int prevPred = i == 0 ? LABELS : pred[i - 1];
            if (pred[i] != gold[i]) {
              wrong++;
              for (long key : s[i]) {
                float[] v = w.computeIfAbsent(key, x -> new float[2 * LABELS]);
                v[gold[i]] += 1;
                v[LABELS + gold[i]] += c;
                v[pred[i]] -= 1;
                v[LABELS + pred[i]] -= c;
              }
            }
            if (pred[i] != gold[i] || prevGold != prevPred) {
              tw[prevGold][gold[i]] += 1;
              tu[prevGold][gold[i]] += c;
              tw[prevPred][pred[i]] -= 1;
              tu[prevPred][pred[i]] -= c;
            }
          }
          c++;
        }
        log.accept(String.format(Locale.ROOT, "epoch %d: %.4f of %d tokens mislabelled", epoch + 1,
            wrong / (double) tokens, tokens));
      }
      FeatureWeights out = new FeatureWeights(w.size());
      float[] avg = new float[LABELS];
      for (var e : w.entrySet()) {
        float[] v = e.getValue();
        boolean any = false;
        for (int l = 0; l < LABELS; l++) {
          avg[l] = v[l] - v[LABELS + l] / c;
          any |= Math.abs(avg[l]) > 1e-3f;
        }
        if (any) {
          out.put(e.getKey(), avg);
        }
      }
      float[][] t = new float[LABELS + 1][LABELS];
      for (int p = 0; p <= LABELS; p++) {
        for (int l = 0; l < LABELS; l++) {
          t[p][l] = tw[p][l] - tu[p][l] / c;
        }
      }
      return new AttributionTagger(out, t);
    }
  }
}
