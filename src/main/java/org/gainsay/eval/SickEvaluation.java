package org.gainsay.eval;

import java.util.List;
import java.util.Locale;
import org.gainsay.Gainsay;
import org.gainsay.disagreement.Relation;

/**
 * Scores {@link Gainsay#compare(String, String)} on SICK pairs: CONTRADICTION for a contradiction, ENTAILMENT for
 * agreement, NEUTRAL for neutral or unrelated.
 *
 * <p>Immutable and thread-safe.
 */
public final class SickEvaluation {
  static final List<String> CLASSES = List.of("CONTRADICTION", "ENTAILMENT", "NEUTRAL");

  private SickEvaluation() {}

  public static String label(Relation r) {
    switch (r.type()) {
      case CONTRADICTION:
        return "CONTRADICTION";
      case AGREEMENT:
        return "ENTAILMENT";
      default:
        return "NEUTRAL";
    }
  }

  public static Confusion run(Gainsay g, List<SickCorpus.Pair> pairs) {
    Confusion c = new Confusion(CLASSES);
    for (SickCorpus.Pair p : pairs) {
      c.add(p.label(), label(g.compare(p.a(), p.b())));
    }
    return c;
  }

  public static String report(Confusion c) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "pairs: %d%n", c.total()));
    sb.append(String.format(Locale.ROOT, "accuracy (3-way): %.4f%n", c.accuracy()));
    sb.append(String.format(Locale.ROOT, "CONTRADICTION: precision %.4f  recall %.4f  F1 %.4f%n",
        c.precision("CONTRADICTION"), c.recall("CONTRADICTION"), c.f1("CONTRADICTION")));
    for (String k : List.of("ENTAILMENT", "NEUTRAL")) {
      sb.append(String.format(Locale.ROOT, "%s: precision %.4f  recall %.4f  F1 %.4f%n", k, c.precision(k),
          c.recall(k), c.f1(k)));
    }
    sb.append("confusion matrix (rows gold, columns predicted):\n").append(c.table());
    return sb.toString();
  }
}
