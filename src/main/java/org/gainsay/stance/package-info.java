/**
 * The stance stage: the stance of an article toward a claim (a sentence, a headline) as in FNC-1: agree, disagree,
 * discuss or unrelated, with a score and the article's statements that decided it.
 *
 * <pre>{@code
 * Stance s = gainsay.stance(article, "Apple will build a car");      // one pair
 * StanceBody body = gainsay.stanceBody(article);                     // many claims against one body:
 * for (String claim : claims) {                                      //   the body is read once
 *   Stance t = gainsay.stance(body, claim);
 * }
 * }</pre>
 *
 * <p>How it decides. Body and claim are both read by the earlier stages into statements (source, cue, hedge) and each
 * sentence into words, stems, concepts ({@link org.gainsay.topic.Terms}) and a claim with predicate polarity and
 * numbers ({@link org.gainsay.disagreement.ClaimReader}). {@link org.gainsay.stance.StanceFeatures} then measures how
 * much of the claim the body covers (overall, in its first sentences, in its best sentence) and what the body's
 * sentences about the claim do with it: refuting, hedging, reporting and confirming words near the claim's words,
 * the cue stance and hedge of the statements, the polarity of the claim's predicates there against their polarity
 * in the claim, numbers that differ. A {@link org.gainsay.stance.StanceModel} turns the features into a label: the
 * trained model shipped in {@code models/stance-model.txt} (two stages of gradient-boosted trees, related or not,
 * then agree / disagree / discuss, trained with {@link org.gainsay.stance.StanceTrainer} by
 * {@code gainsay train stance}), or {@link org.gainsay.stance.StanceModel#rules()}.
 *
 * <p>Careful-reader rules over the model. FNC-1's annotators call an article that <em>reports</em> a denial or a
 * doubt without taking a side "discuss", and one that itself says the claim is false "disagree"; the detector
 * follows them where Gainsay's statements make the case plain: when no firm statement affirms the claim, a source's
 * denial is never agreement (discuss), and the outlet negating the claim's predicate in its own voice, or calling the
 * claim a hoax, is disagreement. Hedged statements ("it is not clear whether", "claimed", "may") count as no
 * affirmation.
 *
 * <p>Data flows one way: this stage reads statements, topics' {@link org.gainsay.topic.Terms} and the disagreement
 * stage's {@link org.gainsay.disagreement.ClaimReader}; nothing but the facade and the edge reads it.
 */
package org.gainsay.stance;
