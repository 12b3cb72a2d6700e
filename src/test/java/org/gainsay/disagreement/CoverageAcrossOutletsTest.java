package org.gainsay.disagreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gainsay.ReportAssert.assertThatReport;

import java.nio.file.Path;
import java.util.List;
import org.gainsay.Article;
import org.gainsay.Report;
import org.gainsay.TestModels;
import org.gainsay.cli.ArticleFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled multi-outlet example (examples/ferry-coverage.jsonl, written for Gainsay): one event reported by four
 * outlets, with one denial, one count that changes over days, one reprinted wire story, one hedge, a numeric and a
 * duration mismatch. Every pair flagged is listed here, and so is every pair that must not be.
 */
class CoverageAcrossOutletsTest {
  static Report report;

  @BeforeAll
  static void analyse() throws Exception {
    List<Article> articles = ArticleFiles.read(Path.of("examples/ferry-coverage.jsonl"), null);
    report = TestModels.gainsay().analyze(articles);
  }

  static boolean flagged(String sourceA, String sourceB, DisagreementKind kind) {
    return report.disagreements().stream().anyMatch(d -> d.kind() == kind
        && (d.a().source().name().equals(sourceA) && d.b().source().name().equals(sourceB)
        || d.a().source().name().equals(sourceB) && d.b().source().name().equals(sourceA)));
  }

  @Test
  void reportKeepsItsInvariants() {
    assertThatReport(report).isSound();
  }

  @Test
  void theOperatorsDenialIsFlaggedAgainstThePortAuthority() {
    assertThat(flagged("the port authority", "The ferry operator Sava Lines", DisagreementKind.NEGATION)).isTrue();
  }

  @Test
  void differentArrestCountsOnOneDayAreFlagged() {
    assertThat(flagged("Police", "The organisers of the protest", DisagreementKind.NUMERIC_MISMATCH)).isTrue();
  }

  @Test
  void aTwoWeekSuspensionAgainstATenDayPauseIsFlagged() {
    assertThat(report.disagreements()).anyMatch(d -> d.kind() == DisagreementKind.DATE_MISMATCH
        && d.evidence().wordsA().contains("two-week") && d.evidence().wordsB().contains("10-day"));
  }

  @Test
  void exactlyTheExpectedPairsAreFlagged() {
    // the operator's denial and the mayor's "the ferries had resumed" share no argument word ("service" vs
    // "ferries"), so that pair is not flagged: precision first
    assertThat(report.disagreements()).hasSize(3);
  }

  @Test
  void theReprintedWireStoryIsOneVoice() {
    assertThat(report.origins()).singleElement()
        .satisfies(o -> assertThat(o.articleIds()).containsExactly("wire-1", "coast-1"));
    assertThat(report.disagreements()).noneMatch(d -> d.a().articleId().equals("coast-1")
        || d.b().articleId().equals("coast-1"));
  }

  @Test
  void aCountOnALaterDayIsAnUpdateNotADisagreement() {
    assertThat(report.changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(Change.Kind.UPDATE);
      assertThat(c.evidence().wordsA()).containsExactly("34");
      assertThat(c.evidence().wordsB()).containsExactly("64");
    });
    assertThat(report.disagreements()).noneMatch(d -> d.kind() == DisagreementKind.NUMERIC_MISMATCH
        && d.a().text().contains("passengers"));
  }

  @Test
  void theHedgedStatementIsNeverCompared() {
    assertThat(report.disagreements()).noneMatch(d -> d.a().hedge() != null || d.b().hedge() != null);
    assertThat(report.statements()).anyMatch(s -> "not clear whether".equals(s.hedge()));
  }
}
