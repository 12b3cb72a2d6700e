package org.gainsay.disagreement;

import java.util.List;
import org.gainsay.text.Span;

/**
 * The words that conflict, on each side, with where they are in their articles: inside the statement's text, or its
 * cue when the cue carries the conflict ("denied" in "the commission denied that ...", listed first).
 *
 * <p>Immutable and thread-safe.
 *
 * @param wordsA the conflicting words of statement a, as written ("restarted")
 * @param spansA where they are in a's article
 * @param wordsB the conflicting words of statement b ("did not ... active again"; "denied", "recorded")
 * @param spansB where they are in b's article
 */
public record Evidence(List<String> wordsA, List<Span> spansA, List<String> wordsB, List<Span> spansB) {
  public Evidence {
    wordsA = List.copyOf(wordsA);
    spansA = List.copyOf(spansA);
    wordsB = List.copyOf(wordsB);
    spansB = List.copyOf(spansB);
  }

  /** This evidence seen from the other side. */
  public Evidence swapped() {
    return new Evidence(wordsB, spansB, wordsA, spansA);
  }
}
