package org.gainsay.disagreement;

import java.util.Optional;
import java.util.Set;
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
      Antonyms antonyms = new Antonyms(pa.key());
      for (Claim.Predicate pb : b.predicates()) {
        if (pb.negated() || !pa.sameSubject(pb, wordNet)) {
          continue;
        }
        boolean frames = pa.key().startsWith("@") && pb.key().equals(pa.key()) && pa.affirmed() != pb.affirmed();
        if (frames || antonyms.of(pb.key())) {
          return Optional.of(new Finding(DisagreementKind.OPPOSITE_EVENT, frames ? 0.7 : 0.6,
              NegationSignal.evidence(pa, pb), "opposite events: '" + pa.word() + "' vs '" + pb.word() + "'"));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether words are antonyms of one word, its antonyms looked up once for all words it is compared with. */
  private final class Antonyms {
    private final String word;
    private Set<String> verbs;
    private Set<String> adjectives;

    Antonyms(String word) {
      this.word = word;
    }

    boolean of(String other) {
      if (wordNet == null || word.startsWith("@") || other.startsWith("@") || word.equals(other)) {
        return false;
      }
      if (verbs == null) {
        verbs = wordNet.antonyms(word, WordNet.WordClass.VERB);
      }
      if (verbs.contains(other)) {
        return true;
      }
      if (adjectives == null) {
        adjectives = wordNet.antonyms(word, WordNet.WordClass.ADJECTIVE);
      }
      return adjectives.contains(other);
    }
  }
}
