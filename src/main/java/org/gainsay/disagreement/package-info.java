/**
 * The disagreement stage: {@link org.gainsay.disagreement.DisagreementDetector} reads each statement's
 * {@link org.gainsay.disagreement.Claim} (predicates with polarity, quantities) with the
 * {@link org.gainsay.disagreement.ClaimReader}, compares statements of different sources within a topic with each
 * {@link org.gainsay.disagreement.Signal} ({@link org.gainsay.disagreement.NegationSignal},
 * {@link org.gainsay.disagreement.OppositeEventSignal}, {@link org.gainsay.disagreement.NumberSignal}) and returns
 * {@link org.gainsay.disagreement.Disagreement}s with their {@link org.gainsay.disagreement.Evidence} and an
 * explanation.
 */
package org.gainsay.disagreement;
