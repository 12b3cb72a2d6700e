package org.gainsay.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gainsay.statement.SourceKind;
import org.gainsay.statement.Statement;
import org.gainsay.text.Span;

/**
 * Scores predicted attributions against gold ones, per part (source, cue, content), leniently and strictly.
 *
 * <p>How it matches, in order:
 *
 * <ol>
 *   <li><b>Predictions.</b> Statements of the outlet's own voice without a cue (narration) are no predictions; a
 *       statement with a cue but no named source ("Sanders is expected to win") predicts a cue and content only.
 *       Statements that share their source mention and cue (one quote over several sentences) are one predicted
 *       attribution, whose content is all their content spans. Its source is the phrase that brings the source in
 *       ({@link org.gainsay.statement.Source#phraseSpan()}: the mention with its apposition), its cue the cue span.
 *       A content that a complementizer "that" opens after the cue ("said that the pier would close") takes the
 *       word in, as PolNeAR and PARC mark content; the statement itself is the proposition without it.
 *   <li><b>Characters that count.</b> Parts are compared on the letters and digits they cover, so white space,
 *       punctuation and quote marks at the edges never matter; a part with no letter or digit (the cue ":") is
 *       compared on its other non-blank characters.
 *   <li><b>Alignment.</b> Each gold attribution is paired with at most one prediction and the other way round.
 *       Candidate pairs share characters in some part; they are taken greedily, best first: a shared cue weighs 4, a
 *       shared content 2, a shared source 1, ties broken by the number of shared characters, then by text order.
 *   <li><b>Counts.</b> For each part, a prediction with that part counts as predicted, a gold attribution with that
 *       part counts as gold (a gold attribution without a source counts for cue and content only), and an aligned
 *       pair in which both have the part is a true positive when the parts share a character (<i>lenient</i>) or
 *       cover exactly the same letters and digits (<i>strict</i>).
 * </ol>
 *
 * <pre>{@code
 * List<AttributionSpans> predicted = AttributionScorer.predictions(text, gainsay.statements(article));
 * AttributionScores s = AttributionScorer.score(text, gold, predicted);
 * s.counts(Role.SOURCE, Match.LENIENT).f1();
 * }</pre>
 *
 * <p>Thread-safe: it holds no state.
 */
public final class AttributionScorer {
  private AttributionScorer() {}

  /** The parts of an attribution. */
  public enum Role {
    SOURCE, CUE, CONTENT
  }

  /** How close a predicted part must be to the gold part. */
  public enum Match {
    /** The two share at least one letter or digit. */
    LENIENT,
    /** The two cover the same letters and digits: the same span once punctuation and white space are trimmed. */
    STRICT
  }

  /**
   * A gold attribution and the prediction aligned with it; either may be null when the other found no partner.
   *
   * @param gold the gold attribution, or null for a prediction that matches none
   * @param predicted the prediction, or null for a gold attribution that was missed
   */
  public record Pair(AttributionSpans gold, AttributionSpans predicted) {}

  /**
   * The predicted attributions in Gainsay's statements of {@code text}: narration of the outlet is left out,
   * statements with the same source mention and cue are merged into one attribution, and a content opened by "that"
   * after its cue takes the word in.
   */
  public static List<AttributionSpans> predictions(String text, List<Statement> statements) {
    Objects.requireNonNull(text, "text is null");
    Map<Object, List<Statement>> groups = new LinkedHashMap<>();
    int alone = 0;
    for (Statement s : statements) {
      if (s.source().kind() == SourceKind.OUTLET && s.cue() == null) {
        continue;
      }
      Span mention = s.source().mentionSpan();
      Span cue = s.cue() == null ? null : s.cue().span();
      Object key = mention == null && cue == null ? Integer.valueOf(alone++) : List.of(String.valueOf(mention),
          String.valueOf(cue));
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
    }
    List<AttributionSpans> out = new ArrayList<>(groups.size());
    for (List<Statement> g : groups.values()) {
      Statement first = g.get(0);
      List<Span> source = first.source().phraseSpan() == null || first.source().kind() == SourceKind.OUTLET
          ? List.of() : List.of(first.source().phraseSpan());
      List<Span> cue = first.cue() == null ? List.of() : List.of(first.cue().span());
      List<Span> content = new ArrayList<>();
      for (Statement s : g) {
        content.add(withComplementizer(text, s));
      }
      out.add(new AttributionSpans(source, cue, content));
    }
    return out;
  }

  /** The statement's span, from a "that" before it when the "that" comes after the statement's cue. */
  static Span withComplementizer(String text, Statement s) {
    Span span = s.span();
    int i = Math.min(span.start(), text.length());
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    int from = i - 4;
    if (s.cue() == null || from < s.cue().span().end() || !text.regionMatches(true, from, "that", 0, 4)
        || from > 0 && Character.isLetterOrDigit(text.charAt(from - 1))) {
      return span;
    }
    return new Span(from, span.end());
  }

  /** Scores the predictions of one article against its gold attributions. */
  public static AttributionScores score(String text, List<AttributionSpans> gold, List<AttributionSpans> predicted) {
    return score(text, align(text, gold, predicted));
  }

  /** Scores aligned pairs, as returned by {@link #align}. */
  public static AttributionScores score(String text, List<Pair> pairs) {
    int[][][] c = new int[Role.values().length][Match.values().length][3];
    for (Pair p : pairs) {
      for (Role r : Role.values()) {
        boolean hasGold = p.gold() != null && !p.gold().part(r).isEmpty();
        boolean hasPredicted = p.predicted() != null && !p.predicted().part(r).isEmpty();
        for (Match m : Match.values()) {
          int[] k = c[r.ordinal()][m.ordinal()];
          if (hasGold) {
            k[2]++;
          }
          if (hasPredicted) {
            k[1]++;
          }
          if (hasGold && hasPredicted && matches(text, p.predicted().part(r), p.gold().part(r), m)) {
            k[0]++;
          }
        }
      }
    }
    Map<Role, Map<Match, AttributionScores.Counts>> out = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      Map<Match, AttributionScores.Counts> byMatch = new EnumMap<>(Match.class);
      for (Match m : Match.values()) {
        int[] k = c[r.ordinal()][m.ordinal()];
        byMatch.put(m, new AttributionScores.Counts(k[0], k[1], k[2]));
      }
      out.put(r, byMatch);
    }
    return new AttributionScores(out);
  }

  /**
   * Pairs gold attributions with predictions, one to one, greedily by shared cue, content and source; returns the
   * aligned pairs, then the missed gold attributions, then the unmatched predictions.
   */
  public static List<Pair> align(String text, List<AttributionSpans> gold, List<AttributionSpans> predicted) {
    Objects.requireNonNull(text, "text is null");
    List<BitSet[]> g = gold.stream().map(a -> chars(text, a)).toList();
    List<BitSet[]> p = predicted.stream().map(a -> chars(text, a)).toList();
    record Candidate(int gold, int predicted, int weight, int shared) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      for (int j = 0; j < p.size(); j++) {
        int weight = 0;
        int shared = 0;
        int[] weights = {1, 4, 2};
        for (Role r : Role.values()) {
          int n = intersection(g.get(i)[r.ordinal()], p.get(j)[r.ordinal()]);
          if (n > 0) {
            weight += weights[r.ordinal()];
            shared += n;
          }
        }
        if (weight > 0) {
          candidates.add(new Candidate(i, j, weight, shared));
        }
      }
    }
    candidates.sort(Comparator.comparingInt(Candidate::weight).reversed()
        .thenComparing(Comparator.comparingInt(Candidate::shared).reversed())
        .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::predicted));
    boolean[] goldTaken = new boolean[g.size()];
    boolean[] predTaken = new boolean[p.size()];
    List<Pair> out = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!goldTaken[c.gold()] && !predTaken[c.predicted()]) {
        goldTaken[c.gold()] = true;
        predTaken[c.predicted()] = true;
        out.add(new Pair(gold.get(c.gold()), predicted.get(c.predicted())));
      }
    }
    for (int i = 0; i < gold.size(); i++) {
      if (!goldTaken[i]) {
        out.add(new Pair(gold.get(i), null));
      }
    }
    for (int j = 0; j < predicted.size(); j++) {
      if (!predTaken[j]) {
        out.add(new Pair(null, predicted.get(j)));
      }
    }
    return out;
  }

  /** Whether two parts match under {@code m}. */
  public static boolean matches(String text, List<Span> predicted, List<Span> gold, Match m) {
    BitSet a = significant(text, predicted);
    BitSet b = significant(text, gold);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    return m == Match.STRICT ? a.equals(b) : a.intersects(b);
  }

  private static BitSet[] chars(String text, AttributionSpans a) {
    BitSet[] out = new BitSet[Role.values().length];
    for (Role r : Role.values()) {
      out[r.ordinal()] = significant(text, a.part(r));
    }
    return out;
  }

  private static int intersection(BitSet a, BitSet b) {
    if (!a.intersects(b)) {
      return 0;
    }
    BitSet x = (BitSet) a.clone();
    x.and(b);
    return x.cardinality();
  }

  /** The letters and digits the spans cover; when there are none, their non-blank characters. */
  static BitSet significant(String text, List<Span> spans) {
    BitSet letters = new BitSet();
    BitSet other = new BitSet();
    for (Span s : spans) {
      for (int i = s.start(); i < Math.min(s.end(), text.length()); i++) {
        char ch = text.charAt(i);
        if (Character.isLetterOrDigit(ch)) {
          letters.set(i);
        } else if (!Character.isWhitespace(ch)) {
          other.set(i);
        }
      }
    }
    return letters.isEmpty() ? other : letters;
  }
}
