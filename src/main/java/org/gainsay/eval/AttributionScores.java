package org.gainsay.eval;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.gainsay.eval.AttributionScorer.Match;
import org.gainsay.eval.AttributionScorer.Role;

/**
 * True positives, predictions and gold counts for each part of an attribution and each kind of match, from which
 * precision, recall and F1 follow. Scores of several articles add up with {@link #plus}.
 *
 * <pre>{@code
 * AttributionScores total = AttributionScores.empty();
 * for (Document d : corpus) {
 *   total = total.plus(AttributionScorer.score(d.text(), d.attributions(), predicted));
 * }
 * total.counts(Role.CUE, Match.LENIENT).f1();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param counts the counts by part, then by kind of match; every part and match is present
 */
public record AttributionScores(Map<Role, Map<Match, Counts>> counts) {

  public AttributionScores {
    Map<Role, Map<Match, Counts>> copy = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      Map<Match, Counts> byMatch = counts.get(r);
      checkArgument(byMatch != null, "counts lack role %s", r);
      for (Match m : Match.values()) {
        checkArgument(byMatch.get(m) != null, "counts lack %s for role %s", m, r);
      }
      copy.put(r, Map.copyOf(byMatch));
    }
    counts = Map.copyOf(copy);
  }

  /**
   * The counts of one part under one kind of match.
   *
   * @param truePositives aligned pairs whose parts match
   * @param predicted predictions that have the part
   * @param gold gold attributions that have the part
   */
  public record Counts(int truePositives, int predicted, int gold) {
    public Counts {
      checkArgument(truePositives >= 0 && truePositives <= predicted && truePositives <= gold,
          "bad counts: truePositives=%s, predicted=%s, gold=%s", truePositives, predicted, gold);
    }

    public double precision() {
      return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Counts plus(Counts o) {
      return new Counts(truePositives + o.truePositives, predicted + o.predicted, gold + o.gold);
    }

    /** "P=0.912 R=0.874 F1=0.893 (tp=812 predicted=890 gold=929)". */
    public String format() {
      return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d predicted=%d gold=%d)", precision(),
          recall(), f1(), truePositives, predicted, gold);
    }
  }

  /** All counts zero. */
  public static AttributionScores empty() {
    Map<Role, Map<Match, Counts>> m = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      Map<Match, Counts> byMatch = new EnumMap<>(Match.class);
      for (Match x : Match.values()) {
        byMatch.put(x, new Counts(0, 0, 0));
      }
      m.put(r, byMatch);
    }
    return new AttributionScores(m);
  }

  public Counts counts(Role role, Match match) {
    return counts.get(role).get(match);
  }

  /** These counts added to {@code other}'s. */
  public AttributionScores plus(AttributionScores other) {
    Map<Role, Map<Match, Counts>> m = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      Map<Match, Counts> byMatch = new EnumMap<>(Match.class);
      for (Match x : Match.values()) {
        byMatch.put(x, counts(r, x).plus(other.counts(r, x)));
      }
      m.put(r, byMatch);
    }
    return new AttributionScores(m);
  }
}
