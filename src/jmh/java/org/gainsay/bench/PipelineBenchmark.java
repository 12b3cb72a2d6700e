package org.gainsay.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gainsay.Article;
import org.gainsay.Report;
import org.gainsay.SyntheticCorpus;
import org.gainsay.disagreement.DisagreementDetector;
import org.gainsay.statement.Statement;
import org.gainsay.text.AnalyzedText;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the whole pipeline, of each stage, and of the OpenNLP baseline on one batch of invented news articles
 * ({@link SyntheticCorpus}, 40 articles, about 25,000 tokens). One operation is one pass over the batch; run with
 * {@code -t 1} and {@code -t 2}: the threads share one {@link org.gainsay.Gainsay}, as users are told to.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 12, time = 3)
@Measurement(iterations = 6, time = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xmx2g"})
public class PipelineBenchmark {
  @Param({"40"})
  public int articles;

  Stages stages;
  OpenNlpBaseline baseline;
  OpenNlpBaseline tunedBaseline;
  List<Article> corpus;
  List<AnalyzedText> analyzed;
  List<Statement> statements;
  TopicGrouper.Topics topics;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    stages = new Stages();
    baseline = new OpenNlpBaseline();
    tunedBaseline = new OpenNlpBaseline(true);
    corpus = SyntheticCorpus.articles(articles, 42);
    analyzed = stages.analyzed(corpus);
    statements = new ArrayList<>();
    analyzed.forEach(t -> statements.addAll(stages.extractor.extract(t)));
    topics = stages.grouper.group(statements);
    System.out.printf("%n[corpus] %d articles, %d tokens, %d statements, %d topics%n", corpus.size(),
        Stages.tokens(analyzed), statements.size(), topics.topics().size());
  }

  /** The tokens in the batch, as Gainsay's NLP stage counts them (for tokens/s = batches/s x tokens). */
  static int tokens() {
    Stages stages = new Stages();
    return Stages.tokens(stages.analyzed(SyntheticCorpus.articles(40, 42)));
  }

  /** OpenNLP sentences + tokens + POS tags alone. */
  @Benchmark
  public int baseline() {
    return baseline.tag(corpus);
  }

  /** The same with Gainsay's two settings (whole alphanumeric runs, greedy POS decoding). */
  @Benchmark
  public int tunedBaseline() {
    return tunedBaseline.tag(corpus);
  }

  /** Gainsay's NLP stage: paragraphs, sentences, tokens, POS tags, WordNet lemmas. */
  @Benchmark
  public void nlp(Blackhole bh) {
    for (Article a : corpus) {
      bh.consume(stages.gainsay.analyzeText(a));
    }
  }

  /** Attribution alone: statement extraction from the NLP stage's output. */
  @Benchmark
  public void attribution(Blackhole bh) {
    for (AnalyzedText t : analyzed) {
      bh.consume(stages.extractor.extract(t));
    }
  }

  /** Topic grouping of the batch's statements. */
  @Benchmark
  public TopicGrouper.Topics topics() {
    return stages.grouper.group(statements);
  }

  /** Disagreement detection over the batch's topics. */
  @Benchmark
  public DisagreementDetector.Result disagreements() {
    return stages.detector.detect(statements, topics);
  }

  /** The whole pipeline: {@code Gainsay.analyze} on the batch. */
  @Benchmark
  public Report full() {
    return stages.gainsay.analyze(corpus);
  }
}
