/**
 * Measurement at the edge: loaders and scorers for the public data sets (PolNeAR, SICK, FNC-1, Emergent), run by
 * {@code gainsay eval ...} on a path the user gives. Nothing here is used by the pipeline itself. For attribution:
 * {@link org.gainsay.eval.PolnearCorpus} reads PolNeAR's brat files, {@link org.gainsay.eval.AttributionScorer} aligns
 * Gainsay's statements with the gold attributions and counts {@link org.gainsay.eval.AttributionScores} per part.
 */
package org.gainsay.eval;
