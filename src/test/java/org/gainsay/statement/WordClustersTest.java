package org.gainsay.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordClustersTest {

  private static WordClusters parse(String text) throws IOException {
    return WordClusters.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theBundledClustersPutWordsOfLikeMeaningTogether() throws IOException {
    WordClusters c = WordClusters.load();
    assertThat(c.size()).isGreaterThan(20_000);
    assertThat(WordClusters.fine(c.of("said"))).isEqualTo(WordClusters.fine(c.of("stated")));
    assertThat(WordClusters.fine(c.of("denied"))).isEqualTo(WordClusters.fine(c.of("denial")));
    assertThat(WordClusters.fine(c.of("said"))).isNotEqualTo(WordClusters.fine(c.of("harbour")));
    assertThat(c.of("xqzt")).isEqualTo(WordClusters.NONE);
    assertThat(WordClusters.fine(WordClusters.NONE)).isEqualTo(-1);
  }

  @Test
  void packedGroupsComeBackAsWritten() throws IOException {
    WordClusters c = parse("# comment\nsaid\t254\t1023\t16383\nport\t0\t5\t7\n");
    assertThat(WordClusters.coarse(c.of("said"))).isEqualTo(254);
    assertThat(WordClusters.middle(c.of("said"))).isEqualTo(1023);
    assertThat(WordClusters.fine(c.of("said"))).isEqualTo(16383);
    assertThat(c.of("said")).isNotEqualTo(WordClusters.NONE);
    assertThat(WordClusters.middle(c.of("port"))).isEqualTo(5);
    assertThat(WordClusters.fine(c.of("port"))).isEqualTo(7);
  }

  @Test
  void aMalformedLineIsNamedWithItsNumber() {
    assertThatThrownBy(() -> parse("said\t1\t2\n")).isInstanceOf(IOException.class)
        .hasMessageContaining("line 1").hasMessageContaining("'said\t1\t2'");
    assertThatThrownBy(() -> parse("ok\t1\t2\t3\nsaid\t1\t2\t99999\n")).isInstanceOf(IOException.class)
        .hasMessageContaining("line 2").hasMessageContaining("out of range");
  }

  @Test
  void clusteringSeparatesOppositeDirectionsAndIsDeterministic() throws IOException {
    List<String> words = List.of("north", "northish", "south", "southish");
    List<float[]> vectors = List.of(new float[] {1, 0}, new float[] {0.9f, 0.1f}, new float[] {-1, 0},
        new float[] {-0.9f, -0.1f});
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    WordClusters.cluster(words, vectors, new int[] {2, 2, 2}, 10, 1L, a);
    WordClusters.cluster(words, vectors, new int[] {2, 2, 2}, 10, 1L, b);
    assertThat(a.toString()).isEqualTo(b.toString());
    WordClusters c = parse(a.toString());
    assertThat(WordClusters.fine(c.of("north"))).isEqualTo(WordClusters.fine(c.of("northish")));
    assertThat(WordClusters.fine(c.of("south"))).isEqualTo(WordClusters.fine(c.of("southish")));
    assertThat(WordClusters.fine(c.of("north"))).isNotEqualTo(WordClusters.fine(c.of("south")));
  }

  @Test
  void clusteringRefusesMoreGroupsThanWords() {
    assertThatThrownBy(() -> WordClusters.cluster(List.of("a"), List.of(new float[] {1}), new int[] {1, 1, 2}, 1, 1L,
        new StringBuilder())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too few");
  }
}
