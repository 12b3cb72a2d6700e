package org.gainsay.disagreement;

import static org.assertj.core.api.Assertions.assertThat;

import org.gainsay.Gainsay;
import org.gainsay.TestModels;
import org.junit.jupiter.api.Test;

/** Each signal on sentence pairs written for the purpose, through the pairwise API. */
class SignalsTest {
  final Gainsay g = TestModels.gainsay();

  @Test
  void negationOfTheSamePredicateIsAContradiction() {
    Relation r = g.compare("The joint patrols resumed on Monday.", "The joint patrols have not resumed.");
    assertThat(r.type()).isEqualTo(Relation.Type.CONTRADICTION);
    assertThat(r.kind()).isEqualTo(DisagreementKind.NEGATION);
    assertThat(r.evidence().wordsB()).containsExactly("not", "resumed");
    assertThat(r.explanation()).contains("negation of 'resumed'");
  }

  @Test
  void contractedNegationCounts() {
    Relation r = g.compare("The patrols resumed on Monday.", "The patrols haven't resumed.");
    assertThat(r.kind()).isEqualTo(DisagreementKind.NEGATION);
  }

  @Test
  void aDenyingCueFlipsTheEmbeddedClaim() {
    Relation r = g.compare("The patrols resumed on Monday.", "The ministry denied that the patrols had resumed.");
    assertThat(r.type()).isEqualTo(Relation.Type.CONTRADICTION);
    assertThat(r.kind()).isEqualTo(DisagreementKind.NEGATION);
    assertThat(r.explanation()).contains("denial");
  }

  @Test
  void oppositeEventsFromTheLexicon() {
    Relation r = g.compare("The city council allowed the march.", "The city council banned the march.");
    assertThat(r.type()).isEqualTo(Relation.Type.CONTRADICTION);
    assertThat(r.kind()).isEqualTo(DisagreementKind.OPPOSITE_EVENT);
    assertThat(r.evidence().wordsA()).containsExactly("allowed");
    assertThat(r.evidence().wordsB()).containsExactly("banned");
  }

  @Test
  void oppositeEventsFromWordNetAntonyms() {
    Relation r = g.compare("Grain exports increased in March.", "Grain exports decreased in March.");
    assertThat(r.kind()).isEqualTo(DisagreementKind.OPPOSITE_EVENT);
  }

  @Test
  void differentCountsOfTheSameThingAreANumericMismatch() {
    Relation r = g.compare("Police said 12 protesters were arrested.", "Organisers said 40 protesters were arrested.");
    assertThat(r.type()).isEqualTo(Relation.Type.CONTRADICTION);
    assertThat(r.kind()).isEqualTo(DisagreementKind.NUMERIC_MISMATCH);
    assertThat(r.evidence().wordsA()).containsExactly("12");
    assertThat(r.evidence().wordsB()).containsExactly("40");
  }

  @Test
  void boundsAreIntervalsSoMoreThanAgreesWithALargerNumber() {
    Relation r = g.compare("More than 5,000 troops are stationed in the country.",
        "About 5,200 troops are stationed in the country.");
    assertThat(r.type()).isNotEqualTo(Relation.Type.CONTRADICTION);
  }

  @Test
  void numberWordsAreNumbers() {
    Relation r = g.compare("Two soldiers were wounded in the attack.", "Nine soldiers were wounded in the attack.");
    assertThat(r.kind()).isEqualTo(DisagreementKind.NUMERIC_MISMATCH);
  }

  @Test
  void partsThatAddUpAreConsistent() {
    Relation r = g.compare("The crash killed 17 passengers and 5 passengers on the ground.",
        "The crash killed 22 passengers.");
    assertThat(r.type()).isNotEqualTo(Relation.Type.CONTRADICTION);
  }

  @Test
  void partsThatAddUpToALowerBoundAreConsistent() {
    Relation r = g.compare("The expert heard six gunshots and then four gunshots on the recording.",
        "The expert heard at least 10 gunshots on the recording.");
    assertThat(r.type()).isNotEqualTo(Relation.Type.CONTRADICTION);
  }

  @Test
  void agesAreNotDurations() {
    Relation r = g.compare("The 29-year-old swimmer resumed training.", "The 31-year-old swimmer resumed training.");
    assertThat(r.kind()).isNotEqualTo(DisagreementKind.DATE_MISMATCH);
  }

  @Test
  void distancesAreNotCountsOfThings() {
    Relation r = g.compare("The hospital is 250 miles north of the capital.",
        "The hospital is 20 miles north of the capital.");
    assertThat(r.kind()).isNotEqualTo(DisagreementKind.NUMERIC_MISMATCH);
  }

  @Test
  void aTenDayPauseAndATwoWeekPauseAreADateMismatch() {
    Relation r = g.compare("The ferries resumed after a 10-day pause.", "The ferries resumed after a two-week pause.");
    assertThat(r.kind()).isEqualTo(DisagreementKind.DATE_MISMATCH);
    assertThat(r.explanation()).contains("durations");
  }

  @Test
  void aHedgeIsNoClaim() {
    Relation r = g.compare("It was not clear whether the patrols would resume.", "The patrols have not resumed.");
    assertThat(r.type()).isEqualTo(Relation.Type.NEUTRAL);
    assertThat(r.explanation()).contains("no firm claim");
  }

  @Test
  void theSameClaimInOtherWordsIsAgreement() {
    Relation r = g.compare("A woman is playing a violin on the stage.", "A woman is playing an instrument.");
    assertThat(r.type()).isEqualTo(Relation.Type.AGREEMENT);
  }

  @Test
  void denyingSomethingElseIsNoContradiction() {
    Relation r = g.compare("A woman is playing a violin.", "No woman is playing a drum.");
    assertThat(r.type()).isNotEqualTo(Relation.Type.CONTRADICTION);
  }

  @Test
  void unrelatedSentencesAreUnrelated() {
    Relation r = g.compare("The central bank raised interest rates.", "A storm flooded the coastal villages.");
    assertThat(r.type()).isEqualTo(Relation.Type.UNRELATED);
  }
}
