package org.gainsay.statement;

import java.util.Locale;

/**
 * The stance a cue takes toward the content it introduces; see {@code models/cues.tsv}.
 *
 * <pre>{@code
 * if (statement.cue() != null && statement.cue().stance() == CueStance.DENY) { ... }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
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
  /** "wants to", "plans to", "seeks". */
  PLAN,
  /** "backed", "praised", "endorsed", "defended": the source is for what the content names. */
  SUPPORT,
  /** "criticized", "opposed", "attacked", "blamed": the source is against what the content names. */
  OPPOSE,
  /** "urged", "called for", "demanded": the source asks for what the content says, which is not yet so. */
  REQUEST,
  /**
   * A cue outside the lexicon that the attribution model found ("mocked", "is most proud of"): the content is the
   * source's, but what the source does with it is unknown, so it is read as {@link Effect#WEAKEN}.
   */
  OTHER;

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
