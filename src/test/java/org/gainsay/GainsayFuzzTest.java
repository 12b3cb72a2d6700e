package org.gainsay;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzz tests (Jazzer) of article analysis and of the input parsers; each asserts what
 * {@link FuzzTargets} documents.
 *
 * <p>In a normal test run (no {@code JAZZER_FUZZ}) each method runs its seed corpus, the files in
 * {@code src/test/resources/org/gainsay/GainsayFuzzTestInputs/<method>/}. {@code mvn verify} then fuzzes each for
 * the time given here (the {@code fuzz} surefire executions of the pom); to fuzz longer, see the README. A crash is
 * written to that folder; copy it to {@code src/test/resources/org/gainsay/regression/<method>/} under a name that
 * says what it is, and {@link FuzzRegressionTest} runs it from then on.
 */
class GainsayFuzzTest {
  @FuzzTest(maxDuration = "20s")
  void analyze(byte[] data) {
    FuzzTargets.analyze(data);
  }

  @FuzzTest(maxDuration = "5s")
  void jsonl(byte[] data) {
    FuzzTargets.jsonl(data);
  }

  @FuzzTest(maxDuration = "5s")
  void txt(byte[] data) {
    FuzzTargets.txt(data);
  }

  @FuzzTest(maxDuration = "5s")
  void csv(byte[] data) {
    FuzzTargets.csv(data);
  }

  @FuzzTest(maxDuration = "5s")
  void sick(byte[] data) {
    FuzzTargets.sick(data);
  }
}
