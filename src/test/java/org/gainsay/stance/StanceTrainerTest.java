package org.gainsay.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gainsay.Article;
import org.gainsay.Gainsay;
import org.gainsay.TestModels;
import org.junit.jupiter.api.Test;

class StanceTrainerTest {
  static final StanceTrainer.Settings SMALL =
      new StanceTrainer.Settings(10, 10, 2, 0.3, 1.0, 0.5, 0.5, 0.0, 11L);

  static List<StanceTrainer.Example> examples() {
    Gainsay g = TestModels.gainsay();
    StanceDetector d = g.stanceDetector();
    String[] bodies = {StanceTest.ASSERTS, StanceTest.HEDGES, StanceTest.OTHER_TOPIC, StanceTest.OUTLET_REFUTES};
    StanceLabel[] gold = {StanceLabel.AGREE, StanceLabel.DISCUSS, StanceLabel.UNRELATED, StanceLabel.DISAGREE};
    List<StanceTrainer.Example> out = new ArrayList<>();
    for (int rep = 0; rep < 3; rep++) {
      for (int i = 0; i < bodies.length; i++) {
        StanceBody b = g.stanceBody(Article.of("b" + i, "", "", bodies[i]));
        out.add(d.example(g.stanceClaim(StanceTest.CLAIM), b, gold[i], "body" + i + "-" + rep));
      }
    }
    return out;
  }

  @Test
  void theSameExamplesAndSettingsGiveTheSameModelText() {
    List<StanceTrainer.Example> ex = examples();
    String a = StanceTrainer.train(ex, SMALL, List.of("test")).text();
    String b = StanceTrainer.train(ex, SMALL, List.of("test")).text();
    assertThat(a).isEqualTo(b).startsWith("# test\n" + StanceModel.MAGIC);
  }

  @Test
  void aTrainedModelReadsBackAndDecidesAsBefore() throws Exception {
    List<StanceTrainer.Example> ex = examples();
    StanceModel m = StanceTrainer.train(ex, SMALL, List.of());
    StanceModel read = StanceModel.parse(m.text(), "copy");
    for (StanceTrainer.Example e : ex) {
      assertThat(read.decide(e.features).probabilities()).containsExactly(m.decide(e.features).probabilities());
    }
  }

  @Test
  void crossValidationLabelsEveryExampleWithGroupsKeptWhole() {
    List<StanceTrainer.Example> ex = examples();
    assertThat(StanceTrainer.crossValidate(ex, SMALL, 3)).hasSize(ex.size()).doesNotContainNull();
    var folds = StanceTrainer.folds(ex, 3, 1);
    assertThat(folds.values()).containsOnly(0, 1, 2);
  }

  @Test
  void withoutUnrelatedPairsOnlyTheStanceStageIsTrained() {
    List<StanceTrainer.Example> ex = new ArrayList<>(examples());
    ex.removeIf(e -> e.gold() == StanceLabel.UNRELATED);
    StanceModel m = StanceTrainer.train(ex, SMALL, List.of());
    assertThat(m.describe()).contains("none related/unrelated");
    assertThat(m.decide(ex.get(0).features).label()).isNotEqualTo(StanceLabel.UNRELATED);
  }
}
