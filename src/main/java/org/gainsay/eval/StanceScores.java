package org.gainsay.eval;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.gainsay.stance.StanceLabel;

/**
 * Scores of predicted stances against gold ones: the confusion matrix, the official FNC-1 score, accuracy and F1 of
 * each class.
 *
 * <p>The FNC-1 score is exactly the official scorer's: for each pair, +0.25 when gold and prediction are equal, +0.50
 * more when they are equal and not unrelated, +0.25 when both are related (any label but unrelated). The maximum is
 * the score of the gold labels themselves.
 *
 * <pre>{@code
 * StanceScores s = new StanceScores(labels);
 * s.add(StanceLabel.AGREE, StanceLabel.DISCUSS);
 * s.relativeFncScore();   // 25.0
 * }</pre>
 *
 * <p>Not thread-safe: fill it from one thread.
 */
public final class StanceScores {
  private final List<StanceLabel> labels;
  private final long[][] matrix = new long[StanceLabel.values().length][StanceLabel.values().length];

  /** Scores over {@code labels}: the classes to report (all four for FNC-1, three for Emergent). */
  public StanceScores(List<StanceLabel> labels) {
    checkArgument(!labels.isEmpty(), "labels is empty: give the classes to score");
    this.labels = List.copyOf(labels);
  }

  /** Counts one prediction. */
  public void add(StanceLabel gold, StanceLabel predicted) {
    checkArgument(gold != null && predicted != null, "gold=%s, predicted=%s: both are needed", gold, predicted);
    matrix[gold.ordinal()][predicted.ordinal()]++;
  }

  public long count(StanceLabel gold, StanceLabel predicted) {
    return matrix[gold.ordinal()][predicted.ordinal()];
  }

  public long total() {
    long n = 0;
    for (long[] row : matrix) {
      for (long v : row) {
        n += v;
      }
    }
    return n;
  }

  /** The official FNC-1 score of the predictions. */
  public double fncScore() {
    double s = 0;
    for (StanceLabel g : StanceLabel.values()) {
      for (StanceLabel p : StanceLabel.values()) {
        s += matrix[g.ordinal()][p.ordinal()] * pairScore(g, p);
      }
    }
    return s;
  }

  /** The FNC-1 score of a perfect prediction. */
  public double maxFncScore() {
    double s = 0;
    for (StanceLabel g : StanceLabel.values()) {
      long n = 0;
      for (StanceLabel p : StanceLabel.values()) {
        n += matrix[g.ordinal()][p.ordinal()];
      }
      s += n * pairScore(g, g);
    }
    return s;
  }

  /** 100 x score / max score; 0 when there is nothing to score. */
  public double relativeFncScore() {
    double max = maxFncScore();
    return max == 0 ? 0 : 100 * fncScore() / max;
  }

  /** The official scorer's points for one pair. */
  public static double pairScore(StanceLabel gold, StanceLabel predicted) {
    double s = 0;
    if (gold == predicted) {
      s += 0.25;
      if (gold != StanceLabel.UNRELATED) {
        s += 0.50;
      }
    }
    if (gold.isRelated() && predicted.isRelated()) {
      s += 0.25;
    }
    return s;
  }

  public double accuracy() {
    long n = total();
    long right = 0;
    for (StanceLabel l : StanceLabel.values()) {
      right += matrix[l.ordinal()][l.ordinal()];
    }
    return n == 0 ? 0 : (double) right / n;
  }

  /** F1 of one class; 0 when it is neither predicted nor gold. */
  public double f1(StanceLabel l) {
    long tp = matrix[l.ordinal()][l.ordinal()];
    long gold = 0;
    long pred = 0;
    for (StanceLabel o : StanceLabel.values()) {
      gold += matrix[l.ordinal()][o.ordinal()];
      pred += matrix[o.ordinal()][l.ordinal()];
    }
    return gold + pred == 0 ? 0 : 2.0 * tp / (gold + pred);
  }

  /** The mean F1 over the classes given to the constructor. */
  public double macroF1() {
    double s = 0;
    for (StanceLabel l : labels) {
      s += f1(l);
    }
    return s / labels.size();
  }

  /** Adds the counts of {@code other}. */
  public void addAll(StanceScores other) {
    for (int g = 0; g < matrix.length; g++) {
      for (int p = 0; p < matrix.length; p++) {
        matrix[g][p] += other.matrix[g][p];
      }
    }
  }

  /** The confusion matrix as a table, gold in rows, predictions in columns, with names from {@code name}. */
  public String confusionTable(Function<StanceLabel, String> name) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-12s", "gold \\ pred"));
    for (StanceLabel p : labels) {
      sb.append(String.format(Locale.ROOT, "%11s", name.apply(p)));
    }
    sb.append('\n');
    for (StanceLabel g : labels) {
      sb.append(String.format(Locale.ROOT, "%-12s", name.apply(g)));
      for (StanceLabel p : labels) {
        sb.append(String.format(Locale.ROOT, "%11d", matrix[g.ordinal()][p.ordinal()]));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** F1 of each class, accuracy and macro-F1 on one line each, with names from {@code name}. */
  public String classReport(Function<StanceLabel, String> name) {
    StringBuilder sb = new StringBuilder();
    for (StanceLabel l : labels) {
      sb.append(String.format(Locale.ROOT, "F1 %-10s %.4f%n", name.apply(l) + ":", f1(l)));
    }
    sb.append(String.format(Locale.ROOT, "macro-F1:     %.4f%n", macroF1()));
    sb.append(String.format(Locale.ROOT, "accuracy:     %.4f%n", accuracy()));
    return sb.toString();
  }
}
