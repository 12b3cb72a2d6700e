package org.gainsay.disagreement;

import java.util.Optional;

/**
 * One way two claims can conflict. Each signal looks at two claims from different sources on one topic and, when it
 * finds a conflict, returns it with the words that conflict and a strength in [0, 1].
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Signal {

  /** A conflict found by a signal. {@code reason} completes "... : " in an explanation ("negation of 'resumed'"). */
  record Finding(DisagreementKind kind, double strength, Evidence evidence, String reason) {}

  Optional<Finding> compare(Claim a, Claim b);
}
