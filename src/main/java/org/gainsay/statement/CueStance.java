package org.gainsay.statement;

import java.util.Locale;

/** The stance a cue takes toward the content it introduces; see {@code models/cues.tsv}. */
public enum CueStance {
  /** "said", "told". */
  ASSERT,
  /** "confirmed", "acknowledged". */
  CONFIRM,
  /** "denied", "rejected", "dismissed": the source asserts the opposite of the content. */
  DENY,
  /** "claimed", "alleged": the writer keeps a distance. */
  HEDGE,
  /** "declined to comment". */
  REFUSE,
  /** "believes", "expects". */
  BELIEF,
  /** "wants to", "plans to". */
  PLAN;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** What a cue of a stance does to the claim it introduces. */
  public enum Effect {
    /** The content is the source's claim. */
    NONE,
    /** The source claims the opposite of the content ("denied that ..."). */
    FLIP,
    /** The content is not a firm claim of the source. */
    WEAKEN
  }
}
