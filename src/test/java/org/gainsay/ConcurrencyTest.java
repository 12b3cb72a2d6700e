package org.gainsay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gainsay.cli.ReportJson;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
  @Test
  void oneDetectorSharedByEightThreadsGivesTheSameReportAsOne() throws Exception {
    Article a = seed();
    Gainsay g = TestModels.gainsay();
    String expected = ReportJson.write(g.analyze(a));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> ReportJson.write(g.analyze(a))));
      }
      for (Future<String> f : runs) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theSameInputGivesByteIdenticalJson() throws IOException {
    Article a = seed();
    assertThat(ReportJson.write(TestModels.gainsay().analyze(a)))
        .isEqualTo(ReportJson.write(TestModels.gainsay().analyze(a)));
  }

  static Article seed() throws IOException {
    String content = Files.readString(Path.of("examples/nbc-2020-01-15-counter-isis.txt"), StandardCharsets.UTF_8);
    int eol = content.indexOf('\n');
    return Article.of("nbc", "NBC News", content.substring(0, eol).strip(), content.substring(eol + 1));
  }
}
