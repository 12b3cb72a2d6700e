/**
 * The statement stage: {@link org.gainsay.statement.StatementExtractor} reads an
 * {@link org.gainsay.text.AnalyzedText} and returns {@link org.gainsay.statement.Statement}s, each attributed to a
 * {@link org.gainsay.statement.Source} (named, described, organisation, anonymous, document, or the outlet itself), with
 * its {@link org.gainsay.statement.Cue} (and the cue's {@link org.gainsay.statement.CueStance} from the
 * {@link org.gainsay.statement.CueLexicon}), channel and {@link org.gainsay.statement.QuoteType}.
 */
package org.gainsay.statement;
