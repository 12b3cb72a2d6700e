package org.gainsay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StanceCliTest {
  static final String BODIES = "src/test/resources/stance/bodies.csv";
  static final String STANCES = "src/test/resources/stance/stances.csv";
  static final String IDS = "src/test/resources/stance/ids.txt";

  @TempDir
  Path dir;

  @Test
  void evalFnc1PrintsTheRelativeScoreOnItsOwnLineAndTheConfusionMatrix() {
    CliTest.Run r = CliTest.run("eval", "fnc1", "--bodies", BODIES, "--stances", STANCES, "--threads", "1");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("(?m)^FNC score: \\d+\\.\\d\\d$")
        .contains("raw score:").contains("macro-F1:").contains("F1 disagree:").contains("gold \\ pred")
        .contains("5 pairs, 3 bodies");
  }

  @Test
  void evalFnc1KeepsOnlyTheListedBodies() {
    CliTest.Run r = CliTest.run("eval", "fnc1", "--bodies", BODIES, "--stances", STANCES, "--ids", IDS);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("4 pairs, 2 bodies");
  }

  @Test
  void evalFnc1WithTheRulesSaysSo() {
    CliTest.Run r = CliTest.run("eval", "fnc1", "--bodies", BODIES, "--stances", STANCES, "--rules");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("hand-written rules").contains("FNC score:");
  }

  @Test
  void evalFnc1WritesPredictionsInTheStancesFormat() throws Exception {
    Path p = dir.resolve("pred.csv");
    CliTest.Run r = CliTest.run("eval", "fnc1", "--bodies", BODIES, "--stances", STANCES, "--predictions",
        p.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readAllLines(p)).hasSize(6).first().isEqualTo("Headline,Body ID,Stance");
    assertThat(Files.readAllLines(p).get(3)).startsWith("\"Port Amsel approves school budget, council says\",3,");
  }

  @Test
  void evalFnc1OnAMissingFileEndsWithItsNameAndExitCodeTwo() {
    CliTest.Run r = CliTest.run("eval", "fnc1", "--bodies", "no/such.csv", "--stances", STANCES);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no/such.csv: no such file");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void evalEmergentReportsCrossValidatedAccuracyByClaim() {
    CliTest.Run r = CliTest.run("eval", "emergent", "--file", "src/test/resources/stance/emergent.csv", "--folds",
        "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("6 article headlines on 2 claims").containsPattern("Emergent CV accuracy: \\d\\.\\d+")
        .contains("F1 against:").contains("shipped FNC-1 model");
  }

  @Test
  void trainStanceWritesTheSameModelTwiceAndEvalReadsIt() throws Exception {
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b.txt");
    for (Path out : new Path[] {a, b}) {
      CliTest.Run r = CliTest.run("train", "stance", "--bodies", BODIES, "--stances", STANCES, "--ids", IDS,
          "--related-rounds", "5", "--stance-rounds", "5", "--out", out.toString());
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).contains("wrote " + out);
    }
    assertThat(Files.readString(a)).isEqualTo(Files.readString(b)).contains("Trained on 4 FNC-1 pairs");
    CliTest.Run r = CliTest.run("eval", "fnc1", "--bodies", BODIES, "--stances", STANCES, "--model", a.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("boosted trees: 5 trees related/unrelated, 15 trees");
  }

  @Test
  void trainStanceWithNothingToDoSaysWhatToGive() {
    CliTest.Run r = CliTest.run("train", "stance", "--bodies", BODIES, "--stances", STANCES, "--ids", IDS);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--out FILE").contains("--cv K");
  }
}
