package org.gainsay.text;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An article after the NLP stage: its identity, its text, and the sentences and tokens found in it, all anchored to
 * character offsets in {@link #text()}. This is what every later stage reads.
 *
 * <p>Immutable and thread-safe.
 *
 * @param articleId the id of the article
 * @param outlet the outlet that published it
 * @param published the publication date, or {@code null} when unknown
 * @param text the full text (title excluded) that offsets refer to
 * @param sentences the sentences in text order
 */
public record AnalyzedText(String articleId, String outlet, LocalDate published, String text, List<Sentence> sentences) {

  public AnalyzedText {
    checkArgument(articleId != null && !articleId.isBlank(), "articleId is blank: give every article an id");
    checkArgument(outlet != null, "outlet is null for article %s", articleId);
    checkArgument(text != null, "text is null for article %s", articleId);
    sentences = List.copyOf(sentences);
  }

  public Optional<LocalDate> publishedDate() {
    return Optional.ofNullable(published);
  }

  /** The text covered by {@code span}. */
  public String covered(Span span) {
    return span.covered(text);
  }
}
