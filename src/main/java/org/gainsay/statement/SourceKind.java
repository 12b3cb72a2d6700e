package org.gainsay.statement;

import java.util.Locale;

/** What kind of source a statement is attributed to. */
public enum SourceKind {
  /** A person named in the text: "Gen. Abdulkarim Khalaf". */
  NAMED_PERSON,
  /** A person or group described but not named: "two American military officials", "a spokesman". */
  DESCRIBED_PERSON,
  /** An institution, government, company or country: "the Pentagon", "Iraq's parliament". */
  ORGANIZATION,
  /** A source the text keeps anonymous on purpose: "a source familiar with the talks". */
  ANONYMOUS,
  /** A text that speaks: "the report", "the resolution", "a statement". */
  DOCUMENT,
  /** The outlet itself: what the article says without attributing it to anyone. */
  OUTLET;

  /** The lower-case name used in JSON ("named_person"). */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
