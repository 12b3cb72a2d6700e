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
   * @param subject the content words of the noun phrase before it, its doer or (passive) its undergoer; empty when
   *     none is in view or it is a pronoun
   */
  public record Predicate(String key, boolean affirmed, String word, Span wordSpan, String negator,
      Span negatorSpan, boolean deniedByCue, java.util.Set<String> subject) {
    public Predicate {
      subject = java.util.Set.copyOf(subject);
    }

    boolean negated() {
      return negator != null || deniedByCue;
    }

    /**
     * Whether two uses of a predicate are about the same doer: their subjects share a word ("The United States" and
     * "the US-led coalition" share "u.s."). A predicate whose subject is not in view (or is a pronoun) cannot be
     * shown to conflict, except a thing said not to exist ("no rhino"), which is its own subject.
     */
    boolean sameSubject(Predicate o, org.gainsay.nlp.WordNet wordNet) {
      if (key.startsWith("=")) {
        return true;
      }
      if (subject.isEmpty() || o.subject.isEmpty()) {
        return false;
      }
      for (String w : subject) {
        if (o.subject.contains(w)) {
          return true;
        }
        if (wordNet == null) {
          continue;
        }
        java.util.Set<String> broaderW = wordNet.broader(w, org.gainsay.nlp.WordNet.WordClass.NOUN);
        for (String v : o.subject) {
          // "a man" is "a person": one subject may name the other more generally
          if (broaderW.contains(v) || wordNet.broader(v, org.gainsay.nlp.WordNet.WordClass.NOUN).contains(w)) {
            return true;
          }
        }
      }
      return false;
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
