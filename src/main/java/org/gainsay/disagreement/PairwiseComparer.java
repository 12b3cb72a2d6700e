package org.gainsay.disagreement;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gainsay.nlp.WordNet;
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
  private final WordNet wordNet;
  private final double relatedThreshold;
  private final double agreementThreshold;
  private final double coverage = 0.75;

  public PairwiseComparer(Terms terms, DisagreementDetector detector, WordNet wordNet) {
    this(terms, detector, wordNet, 0.35, 0.90);
  }

  /**
   * @param relatedThreshold least similarity for two statements to be about the same thing
   * @param agreementThreshold least containment (the share of one statement's concepts that the other also has, the
   *     larger of the two ways), with no conflict, for agreement
   */
  public PairwiseComparer(Terms terms, DisagreementDetector detector, WordNet wordNet, double relatedThreshold,
      double agreementThreshold) {
    checkArgument(relatedThreshold >= 0 && relatedThreshold <= agreementThreshold && agreementThreshold <= 1,
        "need 0 <= relatedThreshold (%s) <= agreementThreshold (%s) <= 1", relatedThreshold, agreementThreshold);
    this.terms = terms;
    this.detector = detector;
    this.wordNet = wordNet;
    this.relatedThreshold = relatedThreshold;
    this.agreementThreshold = agreementThreshold;
  }

  public Relation compare(Statement a, Statement b) {
    double sim = similarity(terms.concepts(a).all(), terms.concepts(b).all());
    double contained = containment(terms.concepts(a).all(), terms.concepts(b).all());
    if (Math.max(sim, contained) < relatedThreshold) {
      return new Relation(Relation.Type.UNRELATED, null, round(1 - sim), round(sim), null,
          "they share too little to be about the same thing (similarity " + round(sim) + ")");
    }
    for (Statement s : List.of(a, b)) {
      if (!DisagreementDetector.comparable(s)) {
        return new Relation(Relation.Type.NEUTRAL, null, round(sim), round(sim), null,
            "\"" + s.text() + "\" is no firm claim (" + s.hedge() + "), so it neither contradicts nor agrees");
      }
    }
    ClaimReader reader = detector.reader();
    Claim ca = reader.read(a);
    Claim cb = reader.read(b);
    Optional<Signal.Finding> f = detector.strongest(ca, cb);
    if (f.isPresent() && f.get().kind() == DisagreementKind.NEGATION && !covered(a, b, ca, cb)) {
      f = Optional.empty(); // "no woman playing a drum" does not deny "a woman playing a violin"
    }
    if (f.isPresent()) {
      double score = Math.min(1, f.get().strength() * (0.7 + 0.3 * sim));
      return new Relation(Relation.Type.CONTRADICTION, f.get().kind(), round(score), round(sim), f.get().evidence(),
          DisagreementDetector.explain(a, b, f.get()));
    }
    if (contained >= agreementThreshold && a.isClaim() == b.isClaim()) {
      return new Relation(Relation.Type.AGREEMENT, null, round(contained), round(sim), null,
          "one says what the other says, or less, in the same polarity (containment " + round(contained) + ")");
    }
    return new Relation(Relation.Type.NEUTRAL, null, round(1 - contained), round(sim), null,
        "about the same thing, but each says something the other does not (similarity " + round(sim) + ")");
  }

  /**
   * Whether what the negating statement denies is all said by the other: most of its arguments (nouns, names,
   * adjectives) are also the other's. A denial of something more specific or different is no contradiction.
   */
  private boolean covered(Statement a, Statement b, Claim ca, Claim cb) {
    boolean aNegates = ca.predicates().stream().anyMatch(Claim.Predicate::negated);
    boolean bNegates = cb.predicates().stream().anyMatch(Claim.Predicate::negated);
    Statement neg = aNegates && !bNegates ? a : b;
    Statement pos = neg == a ? b : a;
    List<String> denied = terms.concepts(neg).arguments();
    if (denied.isEmpty()) {
      return true;
    }
    Set<String> said = new HashSet<>(terms.concepts(pos).all());
    long found = denied.stream().filter(d -> matched(d, said)).count();
    return found >= Math.ceil(coverage * denied.size());
  }

  /**
   * The larger share of one list's concepts that the other says too, in the same or a more specific word ("man"
   * says "person", "guitar" says "instrument").
   */
  double containment(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> sa = new HashSet<>(a);
    Set<String> sb = new HashSet<>(b);
    long aInB = sa.stream().filter(x -> matched(x, sb)).count();
    long bInA = sb.stream().filter(x -> matched(x, sa)).count();
    return Math.max((double) aInB / sa.size(), (double) bInA / sb.size());
  }

  /** Whether {@code concept} is in {@code others}, or is a synonym or hypernym of one of them. */
  private boolean matched(String concept, Set<String> others) {
    if (others.contains(concept)) {
      return true;
    }
    if (wordNet == null || concept.startsWith("@")) {
      return false;
    }
    for (String o : others) {
      if (!o.startsWith("@") && (wordNet.broader(o, WordNet.WordClass.NOUN).contains(concept)
          || wordNet.broader(o, WordNet.WordClass.VERB).contains(concept))) {
        return true;
      }
    }
    return false;
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
