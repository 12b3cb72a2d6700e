package org.gainsay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalPolnearCommandTest {
  static final String FIXTURE = "src/test/resources/polnear-fixture";

  @TempDir
  Path dir;

  @Test
  void evalPolnearPrintsPrecisionRecallAndF1ForEachPartAndMatch() {
    CliTest.Run r = CliTest.run("eval", "polnear", "--dir", FIXTURE, "--split", "dev");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("PolNeAR dev: 1 articles, 3 gold attributions");
    for (String part : new String[] {"source", "cue", "content"}) {
      for (String match : new String[] {"lenient", "strict"}) {
        assertThat(r.out()).containsPattern(part + " +" + match + " +P=[01]\\.\\d{3} R=[01]\\.\\d{3} F1=[01]\\.\\d{3} "
            + "\\(tp=\\d+ predicted=\\d+ gold=\\d+\\)");
      }
    }
  }

  @Test
  void theHelpDocumentsHowStatementsAreMatched() {
    CliTest.Run r = CliTest.run("eval", "polnear", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out().replaceAll("\\s+", " ")).contains("lenient", "strict", "narration",
        "first file in file-name order", "without a source counts for cue and content only");
  }

  @Test
  void mismatchesAreWrittenToTheFileGiven() throws IOException {
    Path out = dir.resolve("mismatches.tsv");
    CliTest.Run r = CliTest.run("eval", "polnear", "--dir", FIXTURE, "--split", "dev", "--mismatches",
        out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8).get(0)).startsWith("article\tgold source");
  }

  @Test
  void aMissingSplitEndsWithExitCodeTwoAndAMessage() {
    CliTest.Run r = CliTest.run("eval", "polnear", "--dir", FIXTURE, "--split", "train");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("not a PolNeAR data directory");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anUnknownSplitIsRejected() {
    CliTest.Run r = CliTest.run("eval", "polnear", "--dir", FIXTURE, "--split", "holdout");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("holdout");
  }

  @Test
  void agreementScoresTheSecondAnnotatorAgainstTheFirstBeforeGainsay() {
    CliTest.Run r = CliTest.run("eval", "polnear", "--dir", FIXTURE, "--split", "dev", "--agreement");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("PolNeAR dev agreement: 1 articles with a second annotator; second (1 attributions) "
        + "against first (3)");
    // the second annotator marked only the first of the three attributions, exactly as the first did
    assertThat(r.out()).contains("cue     lenient P=1.000 R=0.333 F1=0.500 (tp=1 predicted=1 gold=3)");
    assertThat(r.out()).contains("source  strict  P=1.000 R=0.500 F1=0.667 (tp=1 predicted=1 gold=2)");
    assertThat(r.out().indexOf("agreement")).isLessThan(r.out().indexOf("Gainsay on the same articles"));
  }
}
