package org.gainsay.disagreement;

import java.util.List;

/**
 * Articles that carry one story: the same wire text reprinted by several outlets. Their statements are one voice and
 * are never flagged against each other.
 *
 * <p>Immutable and thread-safe.
 *
 * @param articleIds the articles, in report order
 * @param sharedStatements how many statements of the smaller article appear word for word in another
 * @param reason one line saying why
 */
public record SharedOrigin(List<String> articleIds, int sharedStatements, String reason) {
  public SharedOrigin {
    articleIds = List.copyOf(articleIds);
  }
}
