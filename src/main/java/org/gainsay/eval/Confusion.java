package org.gainsay.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A confusion matrix over named classes, with accuracy and per-class precision, recall and F1.
 *
 * <pre>{@code
 * Confusion c = new Confusion(List.of("agree", "disagree"));
 * c.add("agree", "disagree");
 * c.f1("agree");
 * }</pre>
 *
 * <p>Not thread-safe: fill it from one thread.
 */
public final class Confusion {
  private final List<String> classes;
  private final long[][] counts;

  public Confusion(List<String> classes) {
    this.classes = List.copyOf(classes);
    this.counts = new long[classes.size()][classes.size()];
  }

  public void add(String gold, String predicted) {
    counts[index(gold)][index(predicted)]++;
  }

  private int index(String c) {
    int i = classes.indexOf(c);
    if (i < 0) {
      throw new IllegalArgumentException("unknown class " + c + "; known: " + classes);
    }
    return i;
  }

  public long total() {
    long t = 0;
    for (long[] row : counts) {
      for (long v : row) {
        t += v;
      }
    }
    return t;
  }

  public double accuracy() {
    long right = 0;
    for (int i = 0; i < classes.size(); i++) {
      right += counts[i][i];
    }
    return total() == 0 ? 0 : (double) right / total();
  }

  public double precision(String c) {
    int i = index(c);
    long predicted = 0;
    for (long[] row : counts) {
      predicted += row[i];
    }
    return predicted == 0 ? 0 : (double) counts[i][i] / predicted;
  }

  public double recall(String c) {
    int i = index(c);
    long gold = 0;
    for (long v : counts[i]) {
      gold += v;
    }
    return gold == 0 ? 0 : (double) counts[i][i] / gold;
  }

  public double f1(String c) {
    double p = precision(c);
    double r = recall(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double macroF1() {
    double sum = 0;
    for (String c : classes) {
      sum += f1(c);
    }
    return sum / classes.size();
  }

  public long count(String gold, String predicted) {
    return counts[index(gold)][index(predicted)];
  }

  /** The matrix as text: rows gold, columns predicted. */
  public String table() {
    int w = 14;
    for (String c : classes) {
      w = Math.max(w, c.length() + 2);
    }
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-" + w + "s", "gold \\ pred"));
    for (String c : classes) {
      sb.append(String.format(Locale.ROOT, "%" + w + "s", c));
    }
    sb.append('\n');
    for (int i = 0; i < classes.size(); i++) {
      sb.append(String.format(Locale.ROOT, "%-" + w + "s", classes.get(i)));
      for (int j = 0; j < classes.size(); j++) {
        sb.append(String.format(Locale.ROOT, "%" + w + "d", counts[i][j]));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  public List<String> classes() {
    return new ArrayList<>(classes);
  }
}
