package org.gainsay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code src/test/resources/org/gainsay/regression/<target>/} is a test: an input that once broke
 * Gainsay (found by fuzzing or reported), run through the same target as {@link GainsayFuzzTest}. The outcome must be
 * a sound result or a documented rejection.
 */
class FuzzRegressionTest {
  static final Path ROOT = Path.of("src/test/resources/org/gainsay/regression");

  static Stream<Arguments> inputs() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String target : List.of("analyze", "jsonl", "txt", "csv", "sick")) {
      Path dir = ROOT.resolve(target);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(Files::isRegularFile).sorted().forEach(f -> out.add(Arguments.of(target, f.getFileName()
            .toString())));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}/{1}")
  @MethodSource("inputs")
  void regressionInputGivesASoundResultOrADocumentedRejection(String target, String file) throws IOException {
    byte[] data = Files.readAllBytes(ROOT.resolve(target).resolve(file));
    switch (target) {
      case "analyze" -> FuzzTargets.analyze(data);
      case "jsonl" -> FuzzTargets.jsonl(data);
      case "txt" -> FuzzTargets.txt(data);
      case "csv" -> FuzzTargets.csv(data);
      case "sick" -> FuzzTargets.sick(data);
      default -> throw new IllegalStateException("no fuzz target " + target);
    }
  }

  @org.junit.jupiter.api.Test
  void theRegressionFolderHoldsInputsForEveryTarget() throws IOException {
    assertThat(inputs()).isNotEmpty();
  }
}
