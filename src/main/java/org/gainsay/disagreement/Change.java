package org.gainsay.disagreement;

import java.util.Locale;
import org.gainsay.statement.Statement;

/**
 * A difference over time that is not a disagreement: a count or state reported for different dates (an update), or
 * one source changing its own position (a shift).
 *
 * <pre>{@code
 * for (Change c : report.changes()) {
 *   System.out.println(c.kind() + ": " + c.explanation());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param topicId the topic both statements belong to
 * @param earlier the statement dated earlier
 * @param later the statement dated later
 * @param kind update or shift
 * @param evidence the words that changed
 * @param explanation one line saying what changed and when
 */
public record Change(String topicId, Statement earlier, Statement later, Kind kind, Evidence evidence,
    String explanation) {

  /** The kinds of change. */
  public enum Kind {
    /** A count or state reported for different dates: "34 as of Friday", "64 as of Tuesday". */
    UPDATE,
    /** One source says one thing, then later the opposite. */
    SHIFT;

    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
