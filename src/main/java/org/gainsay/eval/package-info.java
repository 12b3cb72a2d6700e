/**
 * Measurement at the edge: loaders and scorers for the public data sets (PolNeAR, SICK, FNC-1, Emergent), run by
 * {@code gainsay eval ...} on a path the user gives. Nothing here is used by the pipeline itself.
 */
package org.gainsay.eval;
