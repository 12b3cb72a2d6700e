package org.gainsay.disagreement;

import java.util.List;
import java.util.Optional;

/**
 * Different numbers for the same counted thing: "5,000 troops" vs "3,000 troops". Bounds are intervals, so "more than
 * 5,000 troops" and "5,200 troops" agree.
 */
public final class NumberSignal implements Signal {
  @Override
  public Optional<Finding> compare(Claim a, Claim b) {
    for (Claim.Quantity qa : a.quantities()) {
      for (Claim.Quantity qb : b.quantities()) {
        if (qa.thing().equals(qb.thing()) && !qa.overlaps(qb) && !partOf(qa, a, qb) && !partOf(qb, b, qa)) {
          Evidence e = new Evidence(List.of(qa.text()), List.of(qa.span()), List.of(qb.text()), List.of(qb.span()));
          if (qa.thing().equals(ClaimReader.DURATION)) {
            if (!nearPredicate(qa, a) || !nearPredicate(qb, b)) {
              continue; // a duration counts only as the length of what the statement reports
            }
            return Optional.of(new Finding(DisagreementKind.DATE_MISMATCH, 0.55, e,
                "different durations: " + qa.text() + " vs " + qb.text()));
          }
          return Optional.of(new Finding(DisagreementKind.NUMERIC_MISMATCH, 0.6, e,
              "different numbers of " + qa.thing() + ": " + qa.text() + " vs " + qb.text()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "17 soldiers and 5 police officers were killed" is consistent with "22 were killed": parts in one statement that add
   * up to the other's total.
   */
  private static boolean partOf(Claim.Quantity qa, Claim a, Claim.Quantity qb) {
    double sum = 0;
    int parts = 0;
    for (Claim.Quantity q : a.quantities()) {
      if (q.low() == q.high() && !q.thing().equals(ClaimReader.DURATION)) {
        sum += q.low();
        parts++;
      }
    }
    return parts > 1 && qb.low() <= sum && sum <= qb.high();
  }

  private static boolean nearPredicate(Claim.Quantity q, Claim c) {
    for (Claim.Predicate p : c.predicates()) {
      if (p.key().startsWith("=")) {
        continue;
      }
      int gap = q.span().start() >= p.wordSpan().end() ? q.span().start() - p.wordSpan().end()
          : p.wordSpan().start() - q.span().end();
      if (gap <= 30) {
        return true;
      }
    }
    return false;
  }
}
