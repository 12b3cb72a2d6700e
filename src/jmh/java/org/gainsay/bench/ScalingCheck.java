package org.gainsay.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.gainsay.Article;
import org.gainsay.SyntheticCorpus;
import org.gainsay.statement.Statement;
import org.gainsay.text.AnalyzedText;
import org.gainsay.topic.TopicGrouper;

/**
 * A cross-check of 2-thread scaling that holds up on a shared machine: every round times one batch on one thread and
 * then one batch on each of two threads at once, so load from other processes hits both alike; 2 x (1-thread time) /
 * (2-thread wall time) is the scaling of that round, and the median of the rounds is reported, with the ratio of the
 * best rounds (the least disturbed by other work on a shared host). Each part warms up for 30 seconds first: short of
 * that, the JIT compilers, which get little CPU while two threads run, are still at work and 2 threads seem not to
 * scale.
 */
final class ScalingCheck {
  private static final long WARM_UP_NANOS = 30_000_000_000L;

  private ScalingCheck() {}

  static List<String> run(int rounds, List<String> parts) throws Exception {
    OpenNlpBaseline baseline = new OpenNlpBaseline();
    Stages stages = new Stages();
    List<Article> corpus = SyntheticCorpus.articles(40, 42);
    List<String> out = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      if (parts.isEmpty() || parts.contains("baseline")) {
        out.add(scaling("baseline", rounds, pool, baseline::tag, corpus));
      }
      if (parts.isEmpty() || parts.contains("nlp")) {
        out.add(scaling("nlp", rounds, pool, c -> c.forEach(stages.gainsay::analyzeText), corpus));
      }
      List<AnalyzedText> analyzed = stages.analyzed(corpus);
      List<Statement> statements = new ArrayList<>();
      analyzed.forEach(t -> statements.addAll(stages.extractor.extract(t)));
      TopicGrouper.Topics topics = stages.grouper.group(statements);
      if (parts.isEmpty() || parts.contains("attribution")) {
        out.add(scaling("attribution", rounds, pool, c -> analyzed.forEach(stages.extractor::extract), corpus));
      }
      if (parts.isEmpty() || parts.contains("topics")) {
        out.add(scaling("topics", rounds, pool, c -> stages.grouper.group(statements), corpus));
      }
      if (parts.isEmpty() || parts.contains("disagreements")) {
        out.add(scaling("disagreements", rounds, pool, c -> stages.detector.detect(statements, topics), corpus));
      }
      if (parts.isEmpty() || parts.contains("full")) {
        out.add(scaling("full", rounds, pool, stages.gainsay::analyze, corpus));
      }
      if (parts.contains("per-article")) { // the full analysis of each article alone: a smaller working set
        out.add(scaling("per-article", rounds, pool, c -> c.forEach(a -> stages.gainsay.analyze(a)), corpus));
      }
    } finally {
      pool.shutdownNow();
    }
    return out;
  }

  private static String scaling(String name, int rounds, ExecutorService pool, Consumer<List<Article>> job,
      List<Article> corpus) throws Exception {
    long warm = System.nanoTime() + WARM_UP_NANOS;
    while (System.nanoTime() < warm) {
      round(pool, job, corpus);
    }
    double[] ratio = new double[rounds];
    double[] one = new double[rounds];
    long bestOne = Long.MAX_VALUE;
    long bestTwo = Long.MAX_VALUE;
    for (int r = 0; r < rounds; r++) {
      long[] t = round(pool, job, corpus);
      one[r] = t[0] / 1e6;
      ratio[r] = 2.0 * t[0] / t[1];
      bestOne = Math.min(bestOne, t[0]);
      bestTwo = Math.min(bestTwo, t[1]);
    }
    Arrays.sort(ratio);
    Arrays.sort(one);
    return String.format(Locale.ROOT, "  scaling, %d rounds: %-13s 1 thread median %7.1f ms per batch; "
        + "2 threads / 1 thread median %.2fx (quartiles %.2f-%.2f); best 2-thread round / best 1-thread round %.2fx",
        rounds, name, one[rounds / 2], ratio[rounds / 2], ratio[rounds / 4], ratio[3 * rounds / 4],
        2.0 * bestOne / bestTwo);
  }

  /** One batch on this thread, then one on each of two threads at once: the two wall times in nanoseconds. */
  private static long[] round(ExecutorService pool, Consumer<List<Article>> job, List<Article> corpus)
      throws Exception {
    long t0 = System.nanoTime();
    job.accept(corpus);
    long t1 = System.nanoTime();
    Future<?> a = pool.submit(() -> job.accept(corpus));
    Future<?> b = pool.submit(() -> job.accept(corpus));
    a.get();
    b.get();
    return new long[] {t1 - t0, System.nanoTime() - t1};
  }

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    run(rounds, List.of(args).subList(Math.min(1, args.length), args.length)).forEach(System.out::println);
  }
}
