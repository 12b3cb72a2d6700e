/**
 * Gainsay finds where news sources disagree. This package holds the facade, {@link org.gainsay.Gainsay}, its input
 * {@link org.gainsay.Article} and its output {@link org.gainsay.Report}; everything else is one package per pipeline
 * stage, and data flows one way through them:
 *
 * <pre>
 *  Article ──► nlp ──► AnalyzedText ──► statement ──► Statement ──► topic ──► Topic ──► disagreement ──► Report
 *             (OpenNLP    (text: sentences,   (who said what:     (statements    (pairs of sources
 *              + WordNet)  tokens, UD tags,    source, cue,        about one      that conflict, with
 *                          lemmas, offsets)    channel, quote)     proposition)   kind, score, evidence)
 * </pre>
 *
 * <ol>
 *   <li>{@link org.gainsay.nlp} (the only package that imports OpenNLP) splits paragraphs and sentences, tokenizes,
 *       tags and lemmatizes: {@link org.gainsay.text.AnalyzedText}, every value anchored to character offsets of the
 *       article text ({@link org.gainsay.text}).
 *   <li>{@link org.gainsay.statement} segments each article into {@link org.gainsay.statement.Statement}s attributed to
 *       a {@link org.gainsay.statement.Source} with a cue, a channel and a quote type; what nobody is said to have said
 *       belongs to the outlet.
 *   <li>{@link org.gainsay.topic} groups statements about the same proposition into {@link org.gainsay.topic.Topic}s,
 *       across articles and outlets.
 *   <li>{@link org.gainsay.disagreement} compares statements of different sources within a topic and returns
 *       {@link org.gainsay.disagreement.Disagreement}s with their evidence and an explanation.
 *   <li>{@link org.gainsay.stance} (beside topics and disagreements, for one article and one claim) reads an article
 *       body and a claim into statements, terms and claims once each, and returns the
 *       {@link org.gainsay.stance.Stance} of the article toward the claim (agree, disagree, discuss, unrelated) with
 *       the statements that decided it.
 * </ol>
 *
 * <p>At the edge: {@link org.gainsay.cli} (the command line) and {@link org.gainsay.eval} (measurement on public data
 * sets). Models come from Maven artifacts (OpenNLP, WordNet) and from {@code models/} (our lexicons), never from the
 * network.
 *
 * <p>Thread safety: a built {@link org.gainsay.Gainsay} is immutable and meant to be shared by all threads; all
 * values are immutable records.
 */
package org.gainsay;
