/**
 * Values anchored to the article text: {@link org.gainsay.text.Span}, {@link org.gainsay.text.Token},
 * {@link org.gainsay.text.Sentence} and the {@link org.gainsay.text.AnalyzedText} that the NLP stage produces and
 * every later stage reads. Every offset is a {@code char} offset into {@code AnalyzedText.text()}, so any value can be
 * traced back to the words it came from.
 */
package org.gainsay.text;
