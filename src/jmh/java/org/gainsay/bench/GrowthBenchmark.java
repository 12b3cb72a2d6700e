package org.gainsay.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gainsay.SyntheticCorpus;
import org.gainsay.disagreement.DisagreementDetector;
import org.gainsay.statement.Statement;
import org.gainsay.topic.TopicGrouper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How topic grouping and disagreement detection (together, as {@code Gainsay.analyze} runs them; each stage alone is
 * timed by {@link PipelineBenchmark}) grow with the corpus: 1,000, 5,000 and 10,000 invented articles
 * ({@link SyntheticCorpus}: the corpus grows by stories, eight articles each), statements extracted once in the
 * setup. Forks run with a 2 GB heap so that the timing is not bound by the collector; the live
 * heap after the setup (models, articles and their statements) is printed as {@code [heap]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class GrowthBenchmark {
  @Param({"1000", "5000", "10000"})
  public int articles;

  Stages stages;
  List<Statement> statements;

  @Setup(Level.Trial)
  public void setUp() {
    stages = new Stages();
    statements = stages.statements(SyntheticCorpus.articles(articles, 42));
    // held while the heap is measured, so that it includes a whole result; let go before the timing
    TopicGrouper.Topics topics = stages.grouper.group(statements);
    DisagreementDetector.Result found = stages.detector.detect(statements, topics);
    String line = String.format(java.util.Locale.ROOT, "%d articles: %d statements, %d topics, %d disagreements, "
        + "%d MiB live heap (models, statements, topics, disagreements)", articles, statements.size(),
        topics.topics().size(), found.disagreements().size(), liveHeapMiB());
    System.out.println("\n[growth] " + line);
    try {
      Files.writeString(Path.of("target", "jmh", "growth-" + articles + ".txt"), line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Topic grouping and then disagreement detection, as {@code Gainsay.analyze} runs them. */
  @Benchmark
  public DisagreementDetector.Result topicsAndDisagreements() {
    return stages.detector.detect(statements, stages.grouper.group(statements));
  }

  static long liveHeapMiB() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
  }
}
