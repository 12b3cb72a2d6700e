package org.gainsay.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gainsay.Article;
import org.gainsay.SyntheticCorpus;
import org.gainsay.statement.Statement;
import org.gainsay.text.AnalyzedText;
import org.gainsay.topic.TopicGrouper;

/**
 * A cross-check of the pipeline ratios that holds up on a shared machine: the baseline and each stage run one after
 * the other in every round, in one JVM, so load from other processes hits them alike; the median of the rounds is
 * reported. JMH's separate runs of each benchmark are the primary numbers; when they disagree with these, the machine
 * was busy.
 */
final class InterleavedCheck {
  private InterleavedCheck() {}

  static List<String> run(int rounds) throws IOException {
    OpenNlpBaseline baseline = new OpenNlpBaseline();
    OpenNlpBaseline tuned = new OpenNlpBaseline(true);
    Stages stages = new Stages();
    List<Article> corpus = SyntheticCorpus.articles(40, 42);
    String[] names = {"baseline", "nlp", "attribution", "topics", "disagreements", "full", "tunedBaseline"};
    long[][] t = new long[names.length][rounds];
    for (int r = -2; r < rounds; r++) { // two rounds of warm-up
      long t0 = System.nanoTime();
      baseline.tag(corpus);
      long t1 = System.nanoTime();
      List<AnalyzedText> analyzed = new ArrayList<>();
      for (Article a : corpus) {
        analyzed.add(stages.gainsay.analyzeText(a));
      }
      long t2 = System.nanoTime();
      List<Statement> statements = new ArrayList<>();
      for (AnalyzedText a : analyzed) {
        statements.addAll(stages.extractor.extract(a));
      }
      long t3 = System.nanoTime();
      TopicGrouper.Topics topics = stages.grouper.group(statements);
      long t4 = System.nanoTime();
      stages.detector.detect(statements, topics);
      long t5 = System.nanoTime();
      stages.gainsay.analyze(corpus);
      long t6 = System.nanoTime();
      tuned.tag(corpus);
      long t7 = System.nanoTime();
      if (r >= 0) {
        long[] d = {t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5, t7 - t6};
        for (int i = 0; i < d.length; i++) {
          t[i][r] = d[i];
        }
      }
    }
    List<String> out = new ArrayList<>();
    double[] median = new double[names.length];
    for (int i = 0; i < names.length; i++) {
      long[] sorted = t[i].clone();
      Arrays.sort(sorted);
      median[i] = sorted[rounds / 2] / 1e6;
      out.add(String.format(Locale.ROOT, "  interleaved, 1 thread, %d rounds: %-13s median %7.1f ms per batch "
          + "(quartiles %.1f-%.1f)", rounds, names[i], median[i], sorted[rounds / 4] / 1e6,
          sorted[3 * rounds / 4] / 1e6));
    }
    out.add(String.format(Locale.ROOT, "  interleaved: full / baseline throughput %.2fx; attribution / baseline time "
        + "%.3f; against OpenNLP with Gainsay's settings: %.2fx and %.3f", median[0] / median[5],
        median[2] / median[0], median[6] / median[5], median[2] / median[6]));
    return out;
  }
}
