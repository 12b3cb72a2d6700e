package org.gainsay.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class StanceModelTest {
  @Test
  void theBundledModelLoadsAndIsNotTheRules() throws IOException {
    StanceModel m = StanceModel.bundled();
    assertThat(m.isRules()).isFalse();
    assertThat(m.describe()).contains("trees");
  }

  @Test
  void aModelForOtherFeaturesIsRejectedWithWhatToDo() {
    String text = StanceModel.MAGIC + "\nfeatures a b c\nrelated-threshold 0.5\nbias 0 0 0\n";
    assertThatThrownBy(() -> StanceModel.parse(text, "old-model.txt")).isInstanceOf(IOException.class)
        .hasMessageContaining("old-model.txt").hasMessageContaining("gainsay train stance");
  }

  @Test
  void aFileThatIsNoModelIsRejected() {
    assertThatThrownBy(() -> StanceModel.parse("hello\n", "x.txt")).hasMessageContaining("not a Gainsay stance model");
  }

  @Test
  void theBundledModelWritesBackTheSameText() throws IOException {
    StanceModel m = StanceModel.bundled();
    assertThat(StanceModel.parse(m.text(), "copy").text()).isEqualTo(m.text());
  }
}
