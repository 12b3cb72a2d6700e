package org.gainsay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvalSickCommandTest {
  @Test
  void printsAccuracyContradictionScoresAndTheConfusionMatrix() {
    CliTest.Run r = CliTest.run("eval", "sick", "--file", "src/test/resources/sick/tiny.txt");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("pairs: 3").contains("accuracy (3-way): 1.0000")
        .contains("CONTRADICTION: precision 1.0000  recall 1.0000  F1 1.0000").contains("confusion matrix");
  }

  @Test
  void aFileWithoutTheSickHeaderIsRejectedByName() {
    CliTest.Run r = CliTest.run("eval", "sick", "--file", "README.md");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("README.md").contains("pair_ID");
  }
}
