package org.gainsay.disagreement;

import java.util.List;
import java.util.Optional;
import org.gainsay.nlp.WordNet;
import org.gainsay.statement.Statement;
import org.gainsay.text.Span;

/**
 * One source affirms a predicate that the other negates ("restarted" vs "did not give permission ... to be active
 * again") or denies ("denied that the operations resumed"). Predicates match when they are the same verb or the same
 * event frame.
 */
public final class NegationSignal implements Signal {
  private final WordNet wordNet;

  /** @param wordNet to match subjects that name one doer more or less generally, or null for exact words only */
  public NegationSignal(WordNet wordNet) {
    this.wordNet = wordNet;
  }

  @Override
  public Optional<Finding> compare(Claim a, Claim b) {
    // one text read twice ("A said X, a claim B denied"): the same proposition, whatever its subject
    boolean sameText = a.statement().articleId().equals(b.statement().articleId())
        && a.statement().span().equals(b.statement().span());
    for (Claim.Predicate pa : a.predicates()) {
      for (Claim.Predicate pb : b.predicates()) {
        if (!pa.key().equals(pb.key()) || pa.affirmed() == pb.affirmed() || !(pa.negated() || pb.negated())
            || !sameText && !pa.sameSubject(pb, wordNet)) {
          continue;
        }
        if (pa.negated() && pb.negated()) {
          continue; // both negate: the conflict, if any, is in the frame sides, not a clear negation
        }
        Claim.Predicate neg = pa.negated() ? pa : pb;
        Claim.Predicate pos = pa.negated() ? pb : pa;
        double strength = pa.key().startsWith("@") ? 0.85 : 0.75;
        String reason = neg.deniedByCue()
            ? "denial of '" + pos.word() + "'"
            : "negation of '" + pos.word() + "' ('" + neg.negator() + " ... " + neg.word() + "')";
        Evidence e = evidence(pa, pb);
        Statement sa = a.statement();
        Statement sb = b.statement();
        if (pa.deniedByCue() && pa.negator() == null && sa.cue() != null) {
          e = new Evidence(first(sa.cue().text(), e.wordsA()), first(sa.cue().span(), e.spansA()), e.wordsB(),
              e.spansB());
        }
        if (pb.deniedByCue() && pb.negator() == null && sb.cue() != null) {
          e = new Evidence(e.wordsA(), e.spansA(), first(sb.cue().text(), e.wordsB()),
              first(sb.cue().span(), e.spansB()));
        }
        return Optional.of(new Finding(DisagreementKind.NEGATION, strength, e, reason));
      }
    }
    return Optional.empty();
  }

  /** {@code head} and then {@code rest}: the denying cue ("denied") before the denied word. */
  private static <T> List<T> first(T head, List<T> rest) {
    List<T> out = new java.util.ArrayList<>(rest.size() + 1);
    out.add(head);
    out.addAll(rest);
    return List.copyOf(out);
  }

  static Evidence evidence(Claim.Predicate pa, Claim.Predicate pb) {
    return new Evidence(words(pa), spans(pa), words(pb), spans(pb));
  }

  private static List<String> words(Claim.Predicate p) {
    return p.negator() == null ? List.of(p.word()) : List.of(p.negator(), p.word());
  }

  private static List<Span> spans(Claim.Predicate p) {
    return p.negatorSpan() == null ? List.of(p.wordSpan()) : List.of(p.negatorSpan(), p.wordSpan());
  }
}
