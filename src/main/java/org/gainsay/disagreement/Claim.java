package org.gainsay.disagreement;

import java.util.List;
import org.gainsay.statement.Statement;
import org.gainsay.text.Span;

/**
 * What a statement claims, read for comparison: the predicates it asserts or negates and the quantities it gives.
 *
 * <p>Immutable and thread-safe.
 *
 * @param statement the statement read
 * @param predicates event frames ("@resume") and content verbs ("leave") with their polarity
 * @param quantities the numbers it gives, as intervals over a counted thing
 */
public record Claim(Statement statement, List<Predicate> predicates, List<Quantity> quantities,
    List<DateRef> dates) {
  public Claim {
    predicates = List.copyOf(predicates);
    quantities = List.copyOf(quantities);
    dates = List.copyOf(dates);
  }

  /** The first date the statement gives for what it reports ("on Jan. 3", "on Wednesday"), if any. */
  public java.util.Optional<DateRef> eventDate() {
    return dates.stream().filter(d -> !d.asOf()).findFirst();
  }

  /** The date a count is given for ("34 as of Friday"), else the first date, else none. */
  public java.util.Optional<DateRef> referenceDate() {
    return dates.stream().filter(DateRef::asOf).findFirst().or(() -> dates.stream().findFirst());
  }

  /**
   * A date in the statement, resolved against the article's publication date when relative.
   *
   * @param date the day, or null when it could not be resolved (a weekday without a publication date)
   * @param text the words as written ("on Wednesday", "Jan. 3")
   * @param span where they are
   * @param asOf whether it dates a count or state ("as of Friday", "by Tuesday") rather than an event
   */
  public record DateRef(java.time.LocalDate date, String text, Span span, boolean asOf) {}

  /**
   * One use of a predicate.
   *
   * @param key "@frame" for a frame of the event lexicon, else the verb lemma
   * @param affirmed the polarity the source asserts, after the frame side, negation and a denying cue
   * @param word the predicate as written ("restarted", "active again")
   * @param wordSpan where it is
   * @param negator the negation that flips it ("not"), or null
   * @param negatorSpan where that is, or null
   * @param deniedByCue whether the statement's cue denies it ("denied that ...")
   */
  public record Predicate(String key, boolean affirmed, String word, Span wordSpan, String negator,
      Span negatorSpan, boolean deniedByCue) {
    boolean negated() {
      return negator != null || deniedByCue;
    }
  }

  /**
   * A number given for a thing.
   *
   * @param low the least value the words allow
   * @param high the greatest ({@code Double.POSITIVE_INFINITY} for "at least")
   * @param thing the lemma of what is counted ("troop", "%")
   * @param text the number as written with its bound ("more than 5,000")
   * @param span where it is
   */
  public record Quantity(double low, double high, String thing, String text, Span span) {
    boolean overlaps(Quantity o) {
      return low <= o.high && o.low <= high;
    }
  }
}
