package org.gainsay.stance;

/**
 * Hand-written stance rules over {@link StanceFeatures}: the baseline the trained model has to beat, and what a
 * careful reader does in plain cases. Related when the body covers most of the claim's words in one sentence or
 * overall; then disagree when a statement about the claim denies it, negates its predicate or gives other numbers;
 * discuss when statements about it hedge or only report it; agree when they assert its predicates.
 *
 * <p>Immutable and thread-safe.
 */
final class StanceRules {
  private StanceRules() {}

  private static final int OVERLAP = index("overlap");
  private static final int BEST = index("best_sentence");
  private static final int DENY = index("stmt_deny_matched");
  private static final int OPPOSITE = index("polarity_opposite");
  private static final int NUMBERS = index("number_mismatch");
  private static final int REFUTE_NEAR = index("refute_near");
  private static final int HEDGED = index("stmt_hedged_matched");
  private static final int HEDGE_NEAR = index("hedge_near");
  private static final int SAME = index("polarity_same");
  private static final int CONFIRM = index("stmt_confirm_matched");
  private static final int CLAIM_REFUTE = index("claim_refute");

  static int index(String name) {
    int i = StanceFeatures.NAMES.indexOf(name);
    if (i < 0) {
      throw new IllegalStateException("no stance feature " + name);
    }
    return i;
  }

  static StanceModel.Decision decide(double[] f) {
    double relatedness = Math.max(f[BEST], f[OVERLAP] * 0.8);
    double[] p = new double[StanceLabel.values().length];
    StanceLabel label;
    if (relatedness < 0.45) {
      label = StanceLabel.UNRELATED;
    } else if (f[DENY] > 0 || f[OPPOSITE] > f[SAME] || f[NUMBERS] > 0
        || f[REFUTE_NEAR] >= 2 && f[CLAIM_REFUTE] == 0) {
      label = StanceLabel.DISAGREE;
    } else if (f[HEDGED] > 0 || f[HEDGE_NEAR] >= 2) {
      label = StanceLabel.DISCUSS;
    } else if (f[SAME] > 0 || f[CONFIRM] > 0) {
      label = StanceLabel.AGREE;
    } else {
      label = StanceLabel.DISCUSS;
    }
    double score = label == StanceLabel.UNRELATED ? 1 - relatedness : relatedness;
    score = Math.min(1, Math.max(0, score));
    p[label.ordinal()] = score;
    return new StanceModel.Decision(label, score, p);
  }
}
