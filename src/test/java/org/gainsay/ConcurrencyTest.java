package org.gainsay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gainsay.ReportAssert.assertThatReport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gainsay.cli.ReportJson;
import org.gainsay.statement.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One shared {@link Gainsay} gives the same answers from any number of threads, and the same input the same bytes. */
class ConcurrencyTest {
  static List<Article> corpus;
  static String expected;

  /** The NBC example and 24 invented articles of three stories: topics and disagreements across articles. */
  @BeforeAll
  static void analyseOnce() throws IOException {
    corpus = new ArrayList<>();
    corpus.add(seed());
    corpus.addAll(SyntheticCorpus.articles(24, 11));
    Report report = TestModels.gainsay().analyze(corpus);
    assertThatReport(report).isSound();
    assertThat(report.topics()).hasSizeGreaterThan(5);
    assertThat(report.disagreements()).hasSizeGreaterThan(10);
    expected = ReportJson.write(report);
  }

  @Test
  void oneDetectorSharedByEightThreadsGivesTheSameReportAsOne() throws Exception {
    Gainsay g = TestModels.gainsay();
    List<String> reports = onEightThreads(12, () -> ReportJson.write(g.analyze(corpus)));
    assertThat(reports).hasSize(12).allMatch(expected::equals);
  }

  @Test
  void articlesAnalysedOnEightThreadsGiveTheSameStatementsAsOnOne() throws Exception {
    Gainsay g = TestModels.gainsay();
    List<List<Statement>> sequential = new ArrayList<>();
    for (Article a : corpus) {
      sequential.add(g.statements(a));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Statement>>> parallel = new ArrayList<>();
      for (Article a : corpus) {
        parallel.add(pool.submit(() -> g.statements(a)));
      }
      for (int i = 0; i < corpus.size(); i++) {
        assertThat(parallel.get(i).get()).as("statements of %s", corpus.get(i).id()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theSameInputGivesByteIdenticalJson() {
    assertThat(ReportJson.write(TestModels.gainsay().analyze(corpus))).isEqualTo(expected);
  }

  @Test
  void aSecondlyBuiltDetectorGivesByteIdenticalJson() {
    assertThat(ReportJson.write(Gainsay.builder().build().analyze(corpus))).isEqualTo(expected);
  }

  private static <T> List<T> onEightThreads(int runs, Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        futures.add(pool.submit(task));
      }
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  static Article seed() throws IOException {
    String content = Files.readString(Path.of("examples/nbc-2020-01-15-counter-isis.txt"), StandardCharsets.UTF_8);
    int eol = content.indexOf('\n');
    return Article.of("nbc", "NBC News", content.substring(0, eol).strip(), content.substring(eol + 1));
  }
}
