package org.gainsay.disagreement;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gainsay.statement.Statement;
import org.gainsay.topic.Terms;

/**
 * Compares two statements on their own, outside any corpus: the relation (contradiction, agreement, neutral or
 * unrelated) with kind, score and evidence. The same signals as {@link DisagreementDetector}, and a similarity over the
 * statements' concepts to tell "about the same thing" from "about something else".
 *
 * <pre>{@code
 * PairwiseComparer comparer = new PairwiseComparer(terms, detector);
 * Relation r = comparer.compare(statementA, statementB);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PairwiseComparer {
  private final Terms terms;
  private final DisagreementDetector detector;
  private final double relatedThreshold;
  private final double agreementThreshold;

  public PairwiseComparer(Terms terms, DisagreementDetector detector) {
    this(terms, detector, 0.35, 0.60);
  }

  /**
   * @param relatedThreshold least similarity for two statements to be about the same thing
   * @param agreementThreshold least similarity, with no conflict, for agreement
   */
  public PairwiseComparer(Terms terms, DisagreementDetector detector, double relatedThreshold,
      double agreementThreshold) {
    checkArgument(relatedThreshold >= 0 && relatedThreshold <= agreementThreshold && agreementThreshold <= 1,
        "need 0 <= relatedThreshold (%s) <= agreementThreshold (%s) <= 1", relatedThreshold, agreementThreshold);
    this.terms = terms;
    this.detector = detector;
    this.relatedThreshold = relatedThreshold;
    this.agreementThreshold = agreementThreshold;
  }

  public Relation compare(Statement a, Statement b) {
    double sim = similarity(terms.concepts(a).all(), terms.concepts(b).all());
    if (sim < relatedThreshold) {
      return new Relation(Relation.Type.UNRELATED, null, round(1 - sim), round(sim), null,
          "they share too little to be about the same thing (similarity " + round(sim) + ")");
    }
    ClaimReader reader = detector.reader();
    Claim ca = reader.read(a);
    Claim cb = reader.read(b);
    Optional<Signal.Finding> f = detector.strongest(ca, cb);
    if (f.isPresent()) {
      double score = Math.min(1, f.get().strength() * (0.7 + 0.3 * sim));
      return new Relation(Relation.Type.CONTRADICTION, f.get().kind(), round(score), round(sim), f.get().evidence(),
          DisagreementDetector.explain(a, b, f.get()));
    }
    if (sim >= agreementThreshold && a.isClaim() == b.isClaim()) {
      return new Relation(Relation.Type.AGREEMENT, null, round(sim), round(sim), null,
          "they say the same thing in the same polarity (similarity " + round(sim) + ")");
    }
    return new Relation(Relation.Type.NEUTRAL, null, round(1 - Math.abs(sim - agreementThreshold)), round(sim), null,
        "about the same thing, without conflict or full agreement (similarity " + round(sim) + ")");
  }

  /** Cosine over two concept lists taken as sets. */
  static double similarity(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> sa = new HashSet<>(a);
    int shared = 0;
    for (String t : new HashSet<>(b)) {
      if (sa.contains(t)) {
        shared++;
      }
    }
    return shared / Math.sqrt((double) sa.size() * new HashSet<>(b).size());
  }

  private static double round(double v) {
    return Math.round(Math.max(0, Math.min(1, v)) * 1000) / 1000.0;
  }
}
