/**
 * The NLP stage and the only package that imports OpenNLP (and extJWNL): {@link org.gainsay.nlp.NlpModels} loads the
 * OpenNLP English UD models once, {@link org.gainsay.nlp.TextAnalyzer} turns article text into
 * {@link org.gainsay.text.AnalyzedText} (paragraphs, sentences, tokens, UD tags, lemmas), and
 * {@link org.gainsay.nlp.WordNet} answers base-form, antonym and derivation look-ups for later stages.
 */
package org.gainsay.nlp;
