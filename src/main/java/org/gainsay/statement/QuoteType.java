package org.gainsay.statement;

import java.util.Locale;

/** How a statement reports what its source said. */
public enum QuoteType {
  /** All of the content is inside quotation marks. */
  DIRECT,
  /** Reported speech without quotation marks: "X said that Y". */
  INDIRECT,
  /** Reported speech with a quoted part: X said his country did not give permission "to be active again". */
  MIXED,
  /** The outlet's own narration: nothing is attributed. */
  NARRATION;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
