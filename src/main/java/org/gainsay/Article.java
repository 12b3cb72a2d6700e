package org.gainsay;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A news article to analyse.
 *
 * <pre>{@code
 * Article a = Article.of("nbc-1", "NBC News", "U.S. restarts operations", text)
 *     .withPublished(LocalDate.of(2020, 1, 15));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id unique among the articles analysed together
 * @param outlet the outlet that published it ("NBC News"); may be empty when unknown
 * @param title the headline; may be empty
 * @param text the body text; offsets in the report refer to it
 * @param published the publication date, or null when unknown
 * @param url where it was published, or null
 */
public record Article(String id, String outlet, String title, String text, LocalDate published, String url) {

  public Article {
    Objects.requireNonNull(id, "article id is null: give every article an id");
    checkArgument(!id.isBlank(), "article id is blank: give every article an id");
    Objects.requireNonNull(text, () -> "text of article " + id + " is null");
    outlet = outlet == null ? "" : outlet.strip();
    title = title == null ? "" : title;
  }

  /** An article without date and URL. */
  public static Article of(String id, String outlet, String title, String text) {
    return new Article(id, outlet, title, text, null, null);
  }

  public Article withPublished(LocalDate date) {
    return new Article(id, outlet, title, text, date, url);
  }

  public Article withUrl(String newUrl) {
    return new Article(id, outlet, title, text, published, newUrl);
  }
}
