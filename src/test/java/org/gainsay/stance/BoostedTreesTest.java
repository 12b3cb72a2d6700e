package org.gainsay.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BoostedTreesTest {
  static final BoostedTrees.Params PARAMS = new BoostedTrees.Params(30, 3, 0.3, 1.0, 1.0, 0.8, 32, 7);

  /** Three classes by the sign of x0 and x1 (plus noise in x2). */
  static double[][] x(int n, long seed) {
    Random r = new Random(seed);
    double[][] x = new double[n][3];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 3; j++) {
        x[i][j] = (float) r.nextGaussian();
      }
    }
    return x;
  }

  static int label(double[] v) {
    return v[0] < 0 ? 0 : v[1] < 0 ? 1 : 2;
  }

  @Test
  void learnsThreeClassesSplitByThresholds() {
    double[][] x = x(600, 1);
    int[] y = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = label(x[i]);
    }
    BoostedTrees m = BoostedTrees.train(x, y, null, 3, PARAMS);
    double[][] test = x(300, 2);
    int right = 0;
    for (double[] v : test) {
      double[] p = m.probabilities(v);
      int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
      right += best == label(v) ? 1 : 0;
    }
    assertThat(right).isGreaterThan(280);
  }

  @Test
  void binaryProbabilitiesSumToOne() {
    double[][] x = x(200, 3);
    int[] y = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i][0] > 0.5 ? 1 : 0;
    }
    BoostedTrees m = BoostedTrees.train(x, y, null, 2, PARAMS);
    double[] p = m.probabilities(new double[] {2, 0, 0});
    assertThat(p[0] + p[1]).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(p[1]).isGreaterThan(0.9);
  }

  @Test
  void trainingIsDeterministicAndTheTextFormHoldsTheModelExactly() throws IOException {
    double[][] x = x(300, 4);
    int[] y = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = label(x[i]);
    }
    StringBuilder a = new StringBuilder();
    BoostedTrees.train(x, y, null, 3, PARAMS).write(a);
    StringBuilder b = new StringBuilder();
    BoostedTrees m = BoostedTrees.train(x, y, null, 3, PARAMS);
    m.write(b);
    assertThat(a.toString()).isEqualTo(b.toString());
    BoostedTrees read = BoostedTrees.read(new BufferedReader(new StringReader(a.toString())), 3, "test");
    for (double[] v : x(50, 5)) {
      assertThat(read.probabilities(v)).containsExactly(m.probabilities(v));
    }
  }

  @Test
  void aTreeLineCutShortIsAnErrorNamingWhere() {
    assertThatThrownBy(() -> BoostedTrees.read(new BufferedReader(new StringReader("trees 2 3 1\nbase 0.0\n=0.1\n")),
        3, "model.txt")).isInstanceOf(IOException.class).hasMessageContaining("model.txt").hasMessageContaining("round 1");
  }

  @Test
  void cutsSeparateEveryDistinctValueWhenFew() {
    double[][] x = {{1}, {2}, {2}, {3}};
    assertThat(BoostedTrees.cuts(x, 0, 8)).containsExactly(1, 2);
    assertThat(BoostedTrees.binOf(new double[] {1, 2}, 2)).isEqualTo(1);
    assertThat(BoostedTrees.binOf(new double[] {1, 2}, 3)).isEqualTo(2);
  }
}
