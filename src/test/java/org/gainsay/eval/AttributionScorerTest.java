package org.gainsay.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gainsay.Article;
import org.gainsay.TestModels;
import org.gainsay.eval.AttributionScorer.Match;
import org.gainsay.eval.AttributionScorer.Role;
import org.gainsay.statement.Statement;
import org.gainsay.text.Span;
import org.junit.jupiter.api.Test;

class AttributionScorerTest {
  //                     0         1         2         3         4         5
  //                     012345678901234567890123456789012345678901234567890123456
  static final String T = "Mayor Tom Becker said the bridge would reopen on Monday.";

  static AttributionSpans a(Span source, Span cue, Span content) {
    return new AttributionSpans(source == null ? List.of() : List.of(source), cue == null ? List.of() : List.of(cue),
        content == null ? List.of() : List.of(content));
  }

  static final AttributionSpans GOLD = a(Span.of(0, 16), Span.of(17, 21), Span.of(22, 55));

  @Test
  void theSameSpansMatchLenientlyAndStrictly() {
    AttributionScores s = AttributionScorer.score(T, List.of(GOLD), List.of(GOLD));
    for (Role r : Role.values()) {
      for (Match m : Match.values()) {
        assertThat(s.counts(r, m)).as("%s %s", r, m).isEqualTo(new AttributionScores.Counts(1, 1, 1));
      }
    }
  }

  @Test
  void punctuationAndWhiteSpaceAtTheEdgesDoNotBreakAStrictMatch() {
    AttributionSpans predicted = a(Span.of(0, 17), Span.of(16, 21), Span.of(22, 56));
    AttributionScores s = AttributionScorer.score(T, List.of(GOLD), List.of(predicted));
    assertThat(s.counts(Role.CONTENT, Match.STRICT).truePositives()).isEqualTo(1);
    assertThat(s.counts(Role.SOURCE, Match.STRICT).truePositives()).isEqualTo(1);
  }

  @Test
  void aPartialOverlapIsLenientButNotStrict() {
    AttributionSpans predicted = a(Span.of(10, 16), Span.of(17, 21), Span.of(26, 45));
    AttributionScores s = AttributionScorer.score(T, List.of(GOLD), List.of(predicted));
    assertThat(s.counts(Role.SOURCE, Match.LENIENT).truePositives()).isEqualTo(1);
    assertThat(s.counts(Role.SOURCE, Match.STRICT).truePositives()).isZero();
    assertThat(s.counts(Role.CONTENT, Match.LENIENT).truePositives()).isEqualTo(1);
    assertThat(s.counts(Role.CONTENT, Match.STRICT).truePositives()).isZero();
  }

  @Test
  void aGoldAttributionWithoutSourceCountsForCueAndContentOnly() {
    AttributionSpans gold = a(null, Span.of(17, 21), Span.of(22, 55));
    AttributionScores s = AttributionScorer.score(T, List.of(gold), List.of(GOLD));
    assertThat(s.counts(Role.SOURCE, Match.LENIENT)).isEqualTo(new AttributionScores.Counts(0, 1, 0));
    assertThat(s.counts(Role.CUE, Match.LENIENT)).isEqualTo(new AttributionScores.Counts(1, 1, 1));
  }

  @Test
  void eachGoldAttributionIsMatchedByOnePredictionAtMost() {
    AttributionSpans other = a(Span.of(0, 5), null, Span.of(33, 45));
    List<AttributionScorer.Pair> pairs = AttributionScorer.align(T, List.of(GOLD), List.of(other, GOLD));
    assertThat(pairs).hasSize(2);
    assertThat(pairs.get(0).predicted()).isSameAs(GOLD);
    assertThat(pairs.get(1).gold()).isNull();
    AttributionScores s = AttributionScorer.score(T, pairs);
    assertThat(s.counts(Role.CONTENT, Match.LENIENT)).isEqualTo(new AttributionScores.Counts(1, 2, 1));
    assertThat(s.counts(Role.CONTENT, Match.LENIENT).precision()).isEqualTo(0.5);
  }

  @Test
  void aCueWithoutLettersIsComparedOnItsMarks() {
    String text = "Becker: the bridge is safe.";
    AttributionSpans colon = a(Span.of(0, 6), Span.of(6, 7), Span.of(8, 27));
    AttributionScores s = AttributionScorer.score(text, List.of(colon), List.of(colon));
    assertThat(s.counts(Role.CUE, Match.STRICT).truePositives()).isEqualTo(1);
  }

  @Test
  void scoresAddUpAndGivePrecisionRecallAndF1() {
    AttributionScores.Counts c = new AttributionScores.Counts(3, 4, 6);
    assertThat(c.precision()).isEqualTo(0.75);
    assertThat(c.recall()).isEqualTo(0.5);
    assertThat(c.f1()).isEqualTo(0.6);
    AttributionScores one = AttributionScorer.score(T, List.of(GOLD), List.of(GOLD));
    assertThat(one.plus(one).counts(Role.CUE, Match.STRICT)).isEqualTo(new AttributionScores.Counts(2, 2, 2));
    assertThat(AttributionScores.empty().counts(Role.CUE, Match.STRICT).f1()).isZero();
  }

  @Test
  void narrationIsNoPredictionAndAQuoteOverSentencesIsOne() {
    String text = "The river rose overnight.\n"
        + "\u201cWe have checked every bolt,\u201d the engineer said. \u201cIt is safe.\u201d";
    List<Statement> statements = TestModels.gainsay().statements(Article.of("f", "Fixture", "", text));
    List<AttributionSpans> predicted = AttributionScorer.predictions(text, statements);
    assertThat(predicted).hasSize(1);
    AttributionSpans p = predicted.get(0);
    assertThat(p.source().get(0).covered(text)).isEqualTo("the engineer");
    assertThat(p.cue().get(0).covered(text)).isEqualTo("said");
    assertThat(p.content()).hasSize(2);
  }

  @Test
  void aContentOpenedByThatTakesTheWordInAsPolnearMarksIt() {
    String text = "The engineer said that the bridge was safe. The mayor said the ferry would run.";
    List<Statement> statements = TestModels.gainsay().statements(Article.of("f", "Fixture", "", text));
    List<AttributionSpans> predicted = AttributionScorer.predictions(text, statements);
    assertThat(statements.get(0).text()).isEqualTo("the bridge was safe");
    assertThat(predicted).extracting(p -> p.content().get(0).covered(text))
        .containsExactly("that the bridge was safe", "the ferry would run");
  }
}
