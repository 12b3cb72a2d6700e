package org.gainsay.disagreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.gainsay.Article;
import org.gainsay.Report;
import org.gainsay.TestModels;
import org.junit.jupiter.api.Test;

/** Time is not contradiction; one story is one voice. Articles written for the purpose. */
class TimeAndVoiceTest {

  static Article article(String id, String outlet, String date, String text) {
    return Article.of(id, outlet, "t", text).withPublished(LocalDate.parse(date));
  }

  @Test
  void aSourceThatReversesItselfOnALaterDayIsAShiftNotADisagreement() {
    Report r = TestModels.gainsay().analyze(
        article("d1", "Daily One", "2024-05-02", "Transport minister Karl Feld said the rail link would reopen."),
        article("d2", "Daily Two", "2024-05-09", "Transport minister Karl Feld said the rail link would not reopen."));
    assertThat(r.disagreements()).isEmpty();
    assertThat(r.changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(Change.Kind.SHIFT);
      assertThat(c.earlier().articleId()).isEqualTo("d1");
      assertThat(c.explanation()).contains("Karl Feld").contains("2024-05-02").contains("2024-05-09");
    });
  }

  @Test
  void anOutletCitingAnotherIsNotFlaggedAgainstIt() {
    Report r = TestModels.gainsay().analyze(
        article("p1", "The Courier", "2024-05-02", "The rail link between the two towns has reopened after repairs."),
        article("p2", "Evening Post", "2024-05-02",
            "The Courier reported that the rail link between the two towns has not reopened after repairs."));
    assertThat(r.disagreements()).isEmpty();
  }

  @Test
  void differentEventDatesAreADateMismatch() {
    Report r = TestModels.gainsay().analyze(
        article("a1", "Paper A", "2024-01-20", "The governor said the dam was opened on Jan. 3."),
        article("a2", "Paper B", "2024-01-20", "The engineers union said the dam was opened on Jan. 9."));
    assertThat(r.disagreements()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DisagreementKind.DATE_MISMATCH);
      assertThat(d.explanation()).contains("2024-01-03").contains("2024-01-09");
    });
  }

  @Test
  void aWeekdayIsAnchoredToThePublicationDate() {
    // 2020-01-16 was a Thursday: "on Wednesday" is 2020-01-15
    Report r = TestModels.gainsay().analyze(
        article("w1", "Paper A", "2020-01-16", "The governor said the dam was opened on Wednesday."),
        article("w2", "Paper B", "2020-01-20", "The engineers union said the dam was opened on Jan. 15."));
    assertThat(r.disagreements()).isEmpty();
  }

  @Test
  void aClaimOneSourceDeniedInTheSameSentenceIsADenialWithItsCueAsEvidence() {
    Report r = TestModels.gainsay().analyze(article("c1", "Paper A", "2024-03-04",
        "The electoral commission announced the turnout on Sunday. Petrov's party said it had recorded "
            + "irregularities at 300 polling stations, a claim the commission denied."));
    assertThat(r.disagreements()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DisagreementKind.NEGATION);
      assertThat(d.explanation()).contains("Petrov's party").contains("The electoral commission")
          .contains("denial of 'recorded'"); // not of 'polling', a noun's modifier
      assertThat(d.evidence().wordsA()).containsExactly("recorded");
      assertThat(d.evidence().wordsB()).containsExactly("denied", "recorded");
    });
  }
}
