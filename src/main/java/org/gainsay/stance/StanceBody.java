package org.gainsay.stance;

import java.util.List;
import org.gainsay.statement.Statement;

/**
 * An article body analysed once for stance, to score many claims against: its statements, and the words, stems and
 * claims of each sentence.
 *
 * <pre>{@code
 * StanceBody body = gainsay.stanceBody(article);          // the costly part, once
 * for (String headline : headlines) {
 *   Stance s = gainsay.stance(body, headline);            // cheap
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class StanceBody {
  private final String articleId;
  final Reading reading;

  StanceBody(String articleId, Reading reading) {
    this.articleId = articleId;
    this.reading = reading;
  }

  public String articleId() {
    return articleId;
  }

  /** The statements of the body, in text order. */
  public List<Statement> statements() {
    return reading.statements();
  }

  @Override
  public String toString() {
    return "StanceBody[" + articleId + ", " + reading.units.size() + " sentences]";
  }
}
