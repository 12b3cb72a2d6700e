package org.gainsay.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gainsay.stance.StanceLabel.AGREE;
import static org.gainsay.stance.StanceLabel.DISAGREE;
import static org.gainsay.stance.StanceLabel.DISCUSS;
import static org.gainsay.stance.StanceLabel.UNRELATED;

import java.util.List;
import org.gainsay.stance.StanceLabel;
import org.junit.jupiter.api.Test;

class StanceScoresTest {
  @Test
  void pairScoresFollowTheOfficialScorer() {
    assertThat(StanceScores.pairScore(AGREE, AGREE)).isEqualTo(1.0);
    assertThat(StanceScores.pairScore(AGREE, DISCUSS)).isEqualTo(0.25);
    assertThat(StanceScores.pairScore(AGREE, UNRELATED)).isEqualTo(0.0);
    assertThat(StanceScores.pairScore(UNRELATED, UNRELATED)).isEqualTo(0.25);
    assertThat(StanceScores.pairScore(UNRELATED, DISAGREE)).isEqualTo(0.0);
  }

  @Test
  void relativeScoreIsScoreOverTheScoreOfTheGoldLabels() {
    StanceScores s = new StanceScores(List.of(StanceLabel.values()));
    s.add(AGREE, AGREE);        // 1.0 of 1.0
    s.add(DISAGREE, DISCUSS);   // 0.25 of 1.0
    s.add(DISCUSS, UNRELATED);  // 0 of 1.0
    s.add(UNRELATED, UNRELATED); // 0.25 of 0.25
    assertThat(s.fncScore()).isEqualTo(1.5);
    assertThat(s.maxFncScore()).isEqualTo(3.25);
    assertThat(s.relativeFncScore()).isCloseTo(100 * 1.5 / 3.25, within(1e-9));
    assertThat(s.accuracy()).isEqualTo(0.5);
  }

  @Test
  void f1IsPerClassAndMacroF1AveragesTheClassesGiven() {
    StanceScores s = new StanceScores(List.of(AGREE, DISAGREE, DISCUSS));
    s.add(AGREE, AGREE);
    s.add(AGREE, DISCUSS);
    s.add(DISCUSS, DISCUSS);
    s.add(DISAGREE, DISCUSS);
    assertThat(s.f1(AGREE)).isCloseTo(2.0 / 3, within(1e-9));     // tp 1, gold 2, predicted 1
    assertThat(s.f1(DISCUSS)).isCloseTo(0.5, within(1e-9));       // tp 1, gold 1, predicted 3
    assertThat(s.f1(DISAGREE)).isZero();
    assertThat(s.macroF1()).isCloseTo((2.0 / 3 + 0.5) / 3, within(1e-9));
  }

  @Test
  void confusionTableHasGoldInRowsAndPredictionsInColumns() {
    StanceScores s = new StanceScores(List.of(StanceLabel.values()));
    s.add(DISAGREE, AGREE);
    String table = s.confusionTable(StanceLabel::jsonName);
    assertThat(table.lines().filter(l -> l.startsWith("disagree")).findFirst().orElseThrow())
        .matches("disagree\\s+1\\s+0\\s+0\\s+0");
  }
}
