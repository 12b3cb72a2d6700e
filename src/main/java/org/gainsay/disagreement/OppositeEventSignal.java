package org.gainsay.disagreement;

import java.util.Optional;

/**
 * The sources report opposite events of one frame of the event lexicon, neither negated: "resumed" vs "halted",
 * "allowed" vs "banned", "rose" vs "fell".
 */
public final class OppositeEventSignal implements Signal {
  @Override
  public Optional<Finding> compare(Claim a, Claim b) {
    for (Claim.Predicate pa : a.predicates()) {
      if (!pa.key().startsWith("@") || pa.negated()) {
        continue;
      }
      for (Claim.Predicate pb : b.predicates()) {
        if (pb.key().equals(pa.key()) && !pb.negated() && pa.affirmed() != pb.affirmed()) {
          return Optional.of(new Finding(DisagreementKind.OPPOSITE_EVENT, 0.7,
              NegationSignal.evidence(pa, pb), "opposite events: '" + pa.word() + "' vs '" + pb.word() + "'"));
        }
      }
    }
    return Optional.empty();
  }
}
