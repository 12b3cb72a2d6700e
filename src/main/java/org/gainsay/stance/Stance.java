package org.gainsay.stance;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gainsay.statement.Statement;

/**
 * The stance of an article toward a claim, with the statements of the article that decided it.
 *
 * <pre>{@code
 * Stance s = gainsay.stance(article, "Apple will build a car");
 * s.label();      // DISAGREE
 * s.score();      // 0.81: the probability of the label
 * s.evidence();   // [Apple denied that it will build a car.]
 * s.reason();     // "a statement about the claim denies or negates it"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param claim the claim, as given
 * @param label agree, disagree, discuss or unrelated
 * @param score how sure, in [0, 1]: the probability of the label
 * @param probabilities the probability of each label (all zero but the label's for the rules; for an unrelated
 *     pair the three related labels share the probability of related equally, as the second stage is not run)
 * @param evidence the article's statements about the claim that decided it, the most telling first; empty when
 *     unrelated
 * @param reason a short explanation for a person
 */
public record Stance(String claim, StanceLabel label, double score, Map<StanceLabel, Double> probabilities,
    List<Statement> evidence, String reason) {

  public Stance {
    checkArgument(label != null, "label is null for claim %s", claim);
    checkArgument(score >= 0 && score <= 1, "score=%s is not in [0, 1]", score);
    probabilities = Map.copyOf(new EnumMap<>(probabilities));
    evidence = List.copyOf(evidence);
  }
}
