package org.gainsay.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.gainsay.stance.StanceLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Fnc1Test {
  static final Path BODIES = Path.of("src/test/resources/stance/bodies.csv");
  static final Path STANCES = Path.of("src/test/resources/stance/stances.csv");

  @TempDir
  Path dir;

  @Test
  void readsBodiesWithLineBreaksAndAllPairs() throws Exception {
    Fnc1 data = Fnc1.load(BODIES, STANCES, null);
    assertThat(data.bodies()).containsOnlyKeys(1, 2, 3);
    assertThat(data.bodies().get(1)).contains("\n").contains("\"full responsibility\"");
    assertThat(data.pairs()).hasSize(5);
    assertThat(data.pairs().get(2).headline()).isEqualTo("Port Amsel approves school budget, council says");
    assertThat(data.pairs().get(3).gold()).isEqualTo(StanceLabel.UNRELATED);
    assertThat(data.labelled()).isTrue();
  }

  @Test
  void keepsOnlyTheBodiesListedAndTheirPairs() throws Exception {
    Set<Integer> ids = Fnc1.readIds(Path.of("src/test/resources/stance/ids.txt"));
    assertThat(ids).containsExactly(1, 3);
    Fnc1 data = Fnc1.load(BODIES, STANCES, ids);
    assertThat(data.bodies()).containsOnlyKeys(1, 3);
    assertThat(data.pairs()).hasSize(4).allMatch(p -> p.bodyId() != 2);
  }

  @Test
  void aStancesFileWithoutStanceColumnIsUnlabelled() throws Exception {
    Path s = dir.resolve("test_stances.csv");
    Files.writeString(s, "Headline,Body ID\nSomething happened,1\n", StandardCharsets.UTF_8);
    Fnc1 data = Fnc1.load(BODIES, s, null);
    assertThat(data.labelled()).isFalse();
    assertThat(data.pairs().get(0).gold()).isNull();
  }

  @Test
  void aPairOnAnUnknownBodyIsNamedWithFileAndLine() throws Exception {
    Path s = dir.resolve("stances.csv");
    Files.writeString(s, "Headline,Body ID,Stance\nA,1,agree\nB,99,agree\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Fnc1.load(BODIES, s, null))
        .isInstanceOf(Fnc1.BadFileException.class).hasMessageContaining("stances.csv:3").hasMessageContaining("99");
  }

  @Test
  void anUnknownStanceIsNamed() throws Exception {
    Path s = dir.resolve("stances.csv");
    Files.writeString(s, "Headline,Body ID,Stance\nA,1,maybe\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Fnc1.load(BODIES, s, null)).hasMessageContaining("'maybe'");
  }

  @Test
  void aMissingColumnIsNamed() throws Exception {
    Path b = dir.resolve("bodies.csv");
    Files.writeString(b, "id,text\n1,x\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Fnc1.load(b, STANCES, null)).hasMessageContaining("no column 'Body ID'");
  }

  @Test
  void aMissingFileIsNamed() {
    assertThatThrownBy(() -> Fnc1.load(dir.resolve("none.csv"), STANCES, null))
        .hasMessageContaining("none.csv: no such file");
  }

  @Test
  void emergentRowsMapForAgainstObservingToStances() throws Exception {
    Emergent e = Emergent.load(Path.of("src/test/resources/stance/emergent.csv"));
    assertThat(e.rows()).hasSize(6);
    assertThat(e.rows().get(0).gold()).isEqualTo(StanceLabel.AGREE);
    assertThat(e.rows().get(1).gold()).isEqualTo(StanceLabel.DISCUSS);
    assertThat(e.rows().get(2).gold()).isEqualTo(StanceLabel.DISAGREE);
    assertThat(e.rows().get(3).claimId()).isEqualTo("c2");
  }
}
