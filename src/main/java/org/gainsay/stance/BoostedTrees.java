package org.gainsay.stance;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Gradient-boosted regression trees (Newton boosting, depth-wise trees over quantile bins), for one binary outcome
 * (logistic loss) or several classes (softmax loss): a small, deterministic learner in plain Java, so the stance model
 * needs no library and trains the same way on every machine.
 *
 * <pre>{@code
 * BoostedTrees.Params p = new BoostedTrees.Params(200, 3, 0.1, 1.0, 1.0, 0.8, 64, 7);
 * BoostedTrees related = BoostedTrees.train(x, y, weights, 2, p);
 * double[] probabilities = related.probabilities(x[0]);   // [P(class 0), P(class 1)]
 * }</pre>
 *
 * <p>Immutable and thread-safe once trained or read.
 */
final class BoostedTrees {

  /**
   * How to train.
   *
   * @param rounds boosting rounds (one tree per round for two classes, one per class and round otherwise)
   * @param depth the depth of each tree
   * @param learningRate shrinkage of each tree's output
   * @param lambda L2 penalty on leaf values
   * @param minChildWeight the least sum of Hessians in a leaf
   * @param subsample the fraction of rows each round sees, drawn with the seed
   * @param bins the most quantile bins per feature
   * @param seed seeds the row sampling; the same data, parameters and seed give the same trees
   */
  record Params(int rounds, int depth, double learningRate, double lambda, double minChildWeight, double subsample,
      int bins, long seed) {
    Params {
      checkArgument(rounds >= 1, "rounds=%s must be at least 1", rounds);
      checkArgument(depth >= 1 && depth <= 10, "depth=%s must be in [1, 10]", depth);
      checkArgument(learningRate > 0 && learningRate <= 1, "learningRate=%s must be in (0, 1]", learningRate);
      checkArgument(lambda >= 0, "lambda=%s must not be negative", lambda);
      checkArgument(subsample > 0 && subsample <= 1, "subsample=%s must be in (0, 1]", subsample);
      checkArgument(bins >= 2 && bins <= 256, "bins=%s must be in [2, 256]", bins);
    }
  }

  /** One tree as arrays of nodes; node 0 is the root; a node with feature -1 is a leaf holding {@code value}. */
  record Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {
    double predict(double[] x) {
      int n = 0;
      while (feature[n] >= 0) {
        n = x[feature[n]] <= threshold[n] ? left[n] : right[n];
      }
      return value[n];
    }
  }

  private final int classes;
  private final double[] base;
  private final List<Tree[]> rounds;

  private BoostedTrees(int classes, double[] base, List<Tree[]> rounds) {
    this.classes = classes;
    this.base = base;
    this.rounds = List.copyOf(rounds);
  }

  int classes() {
    return classes;
  }

  int trees() {
    return rounds.size() * rounds.get(0).length;
  }

  /** The probability of each class for the feature vector {@code x}. */
  double[] probabilities(double[] x) {
    int outputs = base.length;
    double[] raw = base.clone();
    for (Tree[] round : rounds) {
      for (int k = 0; k < outputs; k++) {
        raw[k] += round[k].predict(x);
      }
    }
    if (classes == 2) {
      double p = 1 / (1 + Math.exp(-raw[0]));
      return new double[] {1 - p, p};
    }
    return softmax(raw);
  }

  private static double[] softmax(double[] raw) {
    double max = Double.NEGATIVE_INFINITY;
    for (double r : raw) {
      max = Math.max(max, r);
    }
    double sum = 0;
    double[] p = new double[raw.length];
    for (int k = 0; k < raw.length; k++) {
      p[k] = Math.exp(raw[k] - max);
      sum += p[k];
    }
    for (int k = 0; k < raw.length; k++) {
      p[k] /= sum;
    }
    return p;
  }

  /**
   * Trains on rows {@code x} with classes {@code y} in {@code [0, classes)} and row weights {@code w} (null for 1).
   */
  static BoostedTrees train(double[][] x, int[] y, double[] w, int classes, Params p) {
    checkArgument(x.length == y.length && x.length > 0, "x has %s rows and y %s: need the same number, > 0", x.length,
        y.length);
    checkArgument(classes >= 2, "classes=%s must be at least 2", classes);
    int n = x.length;
    int d = x[0].length;
    double[] weight = w == null ? filled(n, 1) : w.clone();
    int outputs = classes == 2 ? 1 : classes;
    // bins: cuts[j] ascending; bin(x) = the first cut >= x, or cuts.length
    double[][] cuts = new double[d][];
    byte[][] bin = new byte[d][n];
    for (int j = 0; j < d; j++) {
      cuts[j] = cuts(x, j, p.bins());
      for (int i = 0; i < n; i++) {
        bin[j][i] = (byte) binOf(cuts[j], x[i][j]);
      }
    }
    // base scores: the weighted class priors
    double[] prior = new double[classes];
    double total = 0;
    for (int i = 0; i < n; i++) {
      checkArgument(y[i] >= 0 && y[i] < classes, "y[%s]=%s is not a class in [0, %s)", i, y[i], classes);
      prior[y[i]] += weight[i];
      total += weight[i];
    }
    double[] base = new double[outputs];
    if (classes == 2) {
      double q = Math.min(Math.max(prior[1] / total, 1e-6), 1 - 1e-6);
      base[0] = Math.log(q / (1 - q));
    } else {
      for (int k = 0; k < classes; k++) {
        base[k] = Math.log(Math.max(prior[k] / total, 1e-6));
      }
    }
    double[][] raw = new double[n][];
    for (int i = 0; i < n; i++) {
      raw[i] = base.clone();
    }
    Random random = new Random(p.seed());
    List<Tree[]> rounds = new ArrayList<>();
    double[] g = new double[n];
    double[] h = new double[n];
    for (int r = 0; r < p.rounds(); r++) {
      int[] rows = sample(n, p.subsample(), random);
      Tree[] round = new Tree[outputs];
      double[][] prob = new double[n][];
      for (int i : rows) {
        prob[i] = classes == 2 ? new double[] {1 / (1 + Math.exp(-raw[i][0]))} : softmax(raw[i]);
      }
      for (int k = 0; k < outputs; k++) {
        for (int i : rows) {
          double target = classes == 2 ? (y[i] == 1 ? 1 : 0) : (y[i] == k ? 1 : 0);
          double q = prob[i][k];
          g[i] = weight[i] * (q - target);
          h[i] = weight[i] * Math.max(q * (1 - q), 1e-6);
        }
        round[k] = grow(rows, g, h, bin, cuts, p);
      }
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < outputs; k++) {
          raw[i][k] += round[k].predict(x[i]);
        }
      }
      rounds.add(round);
    }
    return new BoostedTrees(classes, base, rounds);
  }

  private static double[] filled(int n, double v) {
    double[] a = new double[n];
    Arrays.fill(a, v);
    return a;
  }

  private static int[] sample(int n, double fraction, Random random) {
    if (fraction >= 1) {
      int[] all = new int[n];
      for (int i = 0; i < n; i++) {
        all[i] = i;
      }
      return all;
    }
    int[] out = new int[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (random.nextDouble() < fraction) {
        out[m++] = i;
      }
    }
    return Arrays.copyOf(out, Math.max(m, 1));
  }

  static double[] cuts(double[][] x, int j, int bins) {
    double[] v = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      v[i] = x[i][j];
    }
    Arrays.sort(v);
    double[] distinct = Arrays.stream(v).distinct().toArray();
    if (distinct.length <= bins) {
      return Arrays.copyOf(distinct, Math.max(0, distinct.length - 1));
    }
    double[] c = new double[bins - 1];
    int m = 0;
    for (int q = 1; q < bins; q++) {
      double cut = v[(int) ((long) q * v.length / bins)];
      if (m == 0 || cut > c[m - 1]) {
        c[m++] = cut;
      }
    }
    if (m > 0 && c[m - 1] >= v[v.length - 1]) {
      m--; // the largest value needs no cut of its own
    }
    return Arrays.copyOf(c, m);
  }

  static int binOf(double[] cuts, double v) {
    int lo = 0;
    int hi = cuts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cuts[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Grows one tree depth-first over the rows given, from histograms of gradient and Hessian. */
  private static Tree grow(int[] rows, double[] g, double[] h, byte[][] bin, double[][] cuts, Params p) {
    NodeList nodes = new NodeList();
    build(rows, 0, g, h, bin, cuts, p, nodes);
    return nodes.toTree();
  }

  private static final class NodeList {
    final List<int[]> splits = new ArrayList<>(); // feature, left, right
    final List<Double> thresholds = new ArrayList<>();
    final List<Double> values = new ArrayList<>();

    int add() {
      splits.add(new int[] {-1, -1, -1});
      thresholds.add(0.0);
      values.add(0.0);
      return splits.size() - 1;
    }

    Tree toTree() {
      int m = splits.size();
      int[] f = new int[m];
      int[] l = new int[m];
      int[] r = new int[m];
      double[] t = new double[m];
      double[] v = new double[m];
      for (int i = 0; i < m; i++) {
        f[i] = splits.get(i)[0];
        l[i] = splits.get(i)[1];
        r[i] = splits.get(i)[2];
        t[i] = thresholds.get(i);
        v[i] = values.get(i);
      }
      return new Tree(f, t, l, r, v);
    }
  }

  private static int build(int[] rows, int depth, double[] g, double[] h, byte[][] bin, double[][] cuts, Params p,
      NodeList nodes) {
    int id = nodes.add();
    double gs = 0;
    double hs = 0;
    for (int i : rows) {
      gs += g[i];
      hs += h[i];
    }
    int bestFeature = -1;
    int bestBin = -1;
    double bestGain = 1e-9;
    if (depth < p.depth() && hs >= 2 * p.minChildWeight()) {
      double parent = gs * gs / (hs + p.lambda());
      for (int j = 0; j < bin.length; j++) {
        int nb = cuts[j].length + 1;
        if (nb < 2) {
          continue;
        }
        double[] hg = new double[nb];
        double[] hh = new double[nb];
        byte[] bj = bin[j];
        for (int i : rows) {
          int b = bj[i] & 0xFF;
          hg[b] += g[i];
          hh[b] += h[i];
        }
        double gl = 0;
        double hl = 0;
        for (int b = 0; b < nb - 1; b++) {
          gl += hg[b];
          hl += hh[b];
          double hr = hs - hl;
          if (hl < p.minChildWeight() || hr < p.minChildWeight()) {
            continue;
          }
          double gr = gs - gl;
          double gain = gl * gl / (hl + p.lambda()) + gr * gr / (hr + p.lambda()) - parent;
          if (gain > bestGain) {
            bestGain = gain;
            bestFeature = j;
            bestBin = b;
          }
        }
      }
    }
    if (bestFeature < 0) {
      nodes.values.set(id, (double) (float) (-p.learningRate() * gs / (hs + p.lambda())));
      return id;
    }
    byte[] bj = bin[bestFeature];
    int nl = 0;
    for (int i : rows) {
      if ((bj[i] & 0xFF) <= bestBin) {
        nl++;
      }
    }
    int[] left = new int[nl];
    int[] right = new int[rows.length - nl];
    int a = 0;
    int b = 0;
    for (int i : rows) {
      if ((bj[i] & 0xFF) <= bestBin) {
        left[a++] = i;
      } else {
        right[b++] = i;
      }
    }
    nodes.splits.get(id)[0] = bestFeature;
    nodes.thresholds.set(id, cuts[bestFeature][bestBin]);
    int l = build(left, depth + 1, g, h, bin, cuts, p, nodes);
    int r = build(right, depth + 1, g, h, bin, cuts, p, nodes);
    nodes.splits.get(id)[1] = l;
    nodes.splits.get(id)[2] = r;
    return id;
  }

  // ------------------------------------------------------------------ text form

  /**
   * Writes the model as text: a line {@code trees CLASSES ROUNDS OUTPUTS}, a line {@code base ...}, then one line per
   * tree, its nodes separated by spaces: {@code FEATURE:THRESHOLD:LEFT:RIGHT} for a split, {@code =VALUE} for a leaf.
   * Thresholds and leaf values are floats: features are computed in float precision and leaf values rounded to
   * floats when trained, so the text holds the model exactly.
   */
  void write(StringBuilder out) {
    int outputs = base.length;
    out.append("trees ").append(classes).append(' ').append(rounds.size()).append(' ').append(outputs).append('\n');
    out.append("base");
    for (double b : base) {
      out.append(' ').append(b);
    }
    out.append('\n');
    for (Tree[] round : rounds) {
      for (Tree t : round) {
        for (int i = 0; i < t.feature().length; i++) {
          if (i > 0) {
            out.append(' ');
          }
          if (t.feature()[i] < 0) {
            out.append('=').append((float) t.value()[i]);
          } else {
            out.append(t.feature()[i]).append(':').append((float) t.threshold()[i]).append(':').append(t.left()[i])
                .append(':').append(t.right()[i]);
          }
        }
        out.append('\n');
      }
    }
  }

  /**
   * Reads what {@link #write} wrote, from the current line of {@code in}.
   *
   * @throws IOException when the text is cut short or malformed; the message says where
   */
  static BoostedTrees read(BufferedReader in, int features, String where) throws IOException {
    String head = in.readLine();
    if (head == null || !head.startsWith("trees ")) {
      throw new IOException(where + ": expected a line 'trees CLASSES ROUNDS OUTPUTS', found " + head);
    }
    String[] h = head.split(" ");
    int classes = Integer.parseInt(h[1]);
    int nRounds = Integer.parseInt(h[2]);
    int outputs = Integer.parseInt(h[3]);
    String baseLine = in.readLine();
    if (baseLine == null || !baseLine.startsWith("base ")) {
      throw new IOException(where + ": expected a line 'base ...', found " + baseLine);
    }
    String[] bs = baseLine.substring(5).split(" ");
    if (bs.length != outputs) {
      throw new IOException(where + ": 'base' has " + bs.length + " values, expected " + outputs);
    }
    double[] base = new double[outputs];
    for (int k = 0; k < outputs; k++) {
      base[k] = Double.parseDouble(bs[k]);
    }
    List<Tree[]> rounds = new ArrayList<>(nRounds);
    for (int r = 0; r < nRounds; r++) {
      Tree[] round = new Tree[outputs];
      for (int k = 0; k < outputs; k++) {
        String line = in.readLine();
        if (line == null) {
          throw new IOException(where + ": cut short in round " + r + " of " + nRounds);
        }
        round[k] = parseTree(line, features, where);
      }
      rounds.add(round);
    }
    return new BoostedTrees(classes, base, rounds);
  }

  private static Tree parseTree(String line, int features, String where) throws IOException {
    String[] nodes = line.split(" ");
    int m = nodes.length;
    int[] f = new int[m];
    int[] l = new int[m];
    int[] r = new int[m];
    double[] t = new double[m];
    double[] v = new double[m];
    try {
      for (int i = 0; i < m; i++) {
        String s = nodes[i];
        if (s.startsWith("=")) {
          f[i] = -1;
          v[i] = Float.parseFloat(s.substring(1));
        } else {
          String[] parts = s.split(":");
          f[i] = Integer.parseInt(parts[0]);
          t[i] = Float.parseFloat(parts[1]);
          l[i] = Integer.parseInt(parts[2]);
          r[i] = Integer.parseInt(parts[3]);
          if (f[i] >= features || l[i] <= i || r[i] <= i || l[i] >= m || r[i] >= m) {
            throw new IOException(where + ": bad node '" + s + "' in tree line " + abbreviate(line));
          }
        }
      }
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      throw new IOException(where + ": bad tree line " + abbreviate(line), e);
    }
    return new Tree(f, t, l, r, v);
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "BoostedTrees[classes=%d, rounds=%d]", classes, rounds.size());
  }
}
