package org.gainsay.disagreement;

import java.util.Optional;
import org.gainsay.nlp.WordNet;

/**
 * The sources report opposite events, neither negated: two sides of one frame of the event lexicon ("resumed" vs
 * "halted", "allowed" vs "banned") or WordNet antonyms ("rose" vs "fell", "hit" vs "missed", "guilty" vs "innocent").
 */
public final class OppositeEventSignal implements Signal {
  private final WordNet wordNet;

  /** @param wordNet for antonyms of verbs and adjectives outside the event lexicon, or null for the lexicon alone */
  public OppositeEventSignal(WordNet wordNet) {
    this.wordNet = wordNet;
  }

  @Override
  public Optional<Finding> compare(Claim a, Claim b) {
    for (Claim.Predicate pa : a.predicates()) {
      if (pa.negated()) {
        continue;
      }
      for (Claim.Predicate pb : b.predicates()) {
        if (pb.negated() || !pa.sameSubject(pb, wordNet)) {
          continue;
        }
        boolean frames = pa.key().startsWith("@") && pb.key().equals(pa.key()) && pa.affirmed() != pb.affirmed();
        if (frames || antonyms(pa.key(), pb.key())) {
          return Optional.of(new Finding(DisagreementKind.OPPOSITE_EVENT, frames ? 0.7 : 0.6,
              NegationSignal.evidence(pa, pb), "opposite events: '" + pa.word() + "' vs '" + pb.word() + "'"));
        }
      }
    }
    return Optional.empty();
  }

  private boolean antonyms(String a, String b) {
    if (wordNet == null || a.startsWith("@") || b.startsWith("@") || a.equals(b)) {
      return false;
    }
    return wordNet.antonyms(a, WordNet.WordClass.VERB).contains(b)
        || wordNet.antonyms(a, WordNet.WordClass.ADJECTIVE).contains(b);
  }
}
