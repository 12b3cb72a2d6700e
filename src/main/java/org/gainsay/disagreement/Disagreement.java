package org.gainsay.disagreement;

import static com.google.common.base.Preconditions.checkArgument;

import org.gainsay.statement.Statement;

/**
 * Two statements from different sources that conflict on one topic, with the evidence and a one-line explanation.
 *
 * <pre>{@code
 * for (Disagreement d : report.disagreements()) {
 *   System.out.println(d.kind() + " " + d.score() + ": " + d.explanation());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param topicId the topic both statements belong to
 * @param a one statement (the earlier in report order)
 * @param b the other
 * @param kind why they conflict
 * @param score how sure, in [0, 1]
 * @param evidence the conflicting words in both
 * @param explanation one line a journalist understands
 */
public record Disagreement(String topicId, Statement a, Statement b, DisagreementKind kind, double score,
    Evidence evidence, String explanation) {
  public Disagreement {
    checkArgument(score >= 0 && score <= 1, "score=%s is outside [0, 1]", score);
    checkArgument(!a.source().key().equals(b.source().key()), "a disagreement needs two sources, got %s twice",
        a.source().name());
  }
}
