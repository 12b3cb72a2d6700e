package org.gainsay.disagreement;

import java.util.Locale;

/** Why two statements conflict. */
public enum DisagreementKind {
  /** One source affirms what another negates or denies: "resumed" vs "have not resumed", "denied that ...". */
  NEGATION,
  /** The sources report opposite events: resumed vs halted, allowed vs banned. */
  OPPOSITE_EVENT,
  /** Different numbers for the same quantity. */
  NUMERIC_MISMATCH,
  /** Different dates or durations for the same event. */
  DATE_MISMATCH;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
