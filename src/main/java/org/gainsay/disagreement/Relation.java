package org.gainsay.disagreement;

import java.util.Locale;

/**
 * How two statements relate, from {@link PairwiseComparer}: they contradict, agree (one says what the other says, or
 * less), or neither.
 *
 * <pre>{@code
 * Relation r = gainsay.compare("The port reopened on Monday.", "The port has not reopened.");
 * r.type();          // CONTRADICTION
 * r.kind();          // NEGATION
 * r.explanation();   // "... : negation of 'reopened' ..."
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the relation
 * @param kind why they contradict, or null unless {@code type} is CONTRADICTION
 * @param score how sure, in [0, 1]
 * @param similarity how much the two share, in [0, 1] (a cosine over their concepts)
 * @param evidence the conflicting words, or null unless {@code type} is CONTRADICTION
 * @param explanation one line saying why
 */
public record Relation(Type type, DisagreementKind kind, double score, double similarity, Evidence evidence,
    String explanation) {

  /** The relations two statements can have. */
  public enum Type {
    /** They cannot both be true. */
    CONTRADICTION,
    /** They say the same thing, or one says less than the other: entailment-like agreement. */
    AGREEMENT,
    /** About the same thing, but neither contradicts nor agrees. */
    NEUTRAL,
    /** About different things. */
    UNRELATED;

    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
