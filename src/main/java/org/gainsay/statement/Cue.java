package org.gainsay.statement;

import org.gainsay.text.Span;

/**
 * The words that mark a statement as reported: "told", "said", "denied", "according to".
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the cue as written
 * @param span where it is in the article
 * @param lemma its base form ("denied" -> "deny")
 * @param stance its stance toward the content
 * @param effect what it does to the content as a claim
 */
public record Cue(String text, Span span, String lemma, CueStance stance, CueStance.Effect effect) {}
