package org.gainsay.stance;

/**
 * A claim (a headline, a sentence) analysed once for stance, to score against many bodies.
 *
 * <pre>{@code
 * StanceClaim claim = gainsay.stanceClaim("Apple will build a car");
 * Stance s = gainsay.stance(body, claim);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class StanceClaim {
  private final String text;
  final Reading reading;

  StanceClaim(String text, Reading reading) {
    this.text = text;
    this.reading = reading;
  }

  /** The claim as given. */
  public String text() {
    return text;
  }

  @Override
  public String toString() {
    return "StanceClaim[" + text + "]";
  }
}
