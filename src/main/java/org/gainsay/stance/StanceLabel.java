package org.gainsay.stance;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;

/**
 * The stance of an article toward a claim, as in FNC-1.
 *
 * <pre>{@code
 * StanceLabel.parse("disagree");   // DISAGREE
 * StanceLabel.AGREE.isRelated();   // true
 * }</pre>
 */
public enum StanceLabel {
  /** The article says the claim is true. */
  AGREE,
  /** The article says the claim is false: it refutes it or reports a denial it does not question. */
  DISAGREE,
  /** The article is about the claim without taking a side: it reports it, hedges, or says it is unclear. */
  DISCUSS,
  /** The article is about something else. */
  UNRELATED;

  /** Whether the article is about the claim at all. */
  public boolean isRelated() {
    return this != UNRELATED;
  }

  /** The lower-case name used by FNC-1 and in reports ("agree"). */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The label for an FNC-1 name ("agree", "disagree", "discuss", "unrelated"), case-insensitive.
   *
   * @throws IllegalArgumentException naming the value when it is none of them
   */
  public static StanceLabel parse(String name) {
    String n = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
    for (StanceLabel l : values()) {
      if (l.name().equals(n)) {
        return l;
      }
    }
    throw new IllegalArgumentException("stance '" + name + "' is none of agree, disagree, discuss, unrelated");
  }
}
