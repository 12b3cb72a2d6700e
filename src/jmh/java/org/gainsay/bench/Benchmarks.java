package org.gainsay.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark of issue 6 and prints each target with the measured value and its error: {@code mvn -Pjmh
 * verify -DskipTests} runs it (see the README). Arguments: {@code quick} for a short run while developing (fewer and
 * shorter iterations, one fork, growth at 200/1,000/2,000 articles), then optionally the parts to run, of
 * {@code pipeline}, {@code interleaved}, {@code scaling}, {@code growth}, {@code load}, {@code adversarial} (default
 * all). Raw JMH results go to {@code target/jmh/}.
 */
public final class Benchmarks {
  private Benchmarks() {}

  /** A measured value with its error (JMH's 99.9% confidence half-width). */
  record Value(double score, double error, String unit) {
    Value ratio(Value other) {
      if (other == null) {
        return null;
      }
      double r = score / other.score;
      double rel = Math.sqrt(Math.pow(error / score, 2) + Math.pow(other.error / other.score, 2));
      return new Value(r, Double.isFinite(rel) ? r * rel : Double.NaN, "x");
    }

    Value times(double factor) {
      return new Value(score * factor, error * factor, unit);
    }

    @Override
    public String toString() {
      return Double.isNaN(error) ? String.format(Locale.ROOT, "%.3f %s", score, unit)
          : String.format(Locale.ROOT, "%.3f ± %.3f %s", score, error, unit);
    }
  }

  public static void main(String[] args) throws Exception {
    boolean quick = List.of(args).contains("quick");
    List<String> parts = new ArrayList<>(List.of(args));
    parts.remove("quick");
    if (parts.isEmpty()) {
      parts = List.of("pipeline", "interleaved", "scaling", "growth", "load", "adversarial");
    }
    Path dir = Path.of("target", "jmh");
    Files.createDirectories(dir);
    Map<String, Value> v = new LinkedHashMap<>();
    List<String> report = new ArrayList<>();
    if (parts.contains("pipeline")) {
      for (int threads : new int[] {1, 2}) {
        // at 2 threads only what the scaling target needs: the baseline, the NLP stage and the whole pipeline
        String include = PipelineBenchmark.class.getSimpleName() + (threads == 1 ? "" : ".(baseline|nlp|full)$");
        ChainedOptionsBuilder o = new OptionsBuilder().include(include).threads(threads).result(dir.resolve("pipeline-" + threads + "t.json").toString())
            .resultFormat(org.openjdk.jmh.results.format.ResultFormatType.JSON);
        if (quick) {
          o.forks(1).warmupIterations(2).warmupTime(TimeValue.seconds(2)).measurementIterations(3)
              .measurementTime(TimeValue.seconds(2));
        }
        for (RunResult r : new Runner(o.build()).run()) {
          v.put(name(r) + "@" + threads, value(r));
        }
      }
      Value base1 = v.get("baseline@1");
      Value full1 = v.get("full@1");
      int tokens = PipelineBenchmark.tokens();
      report.add(row("OpenNLP baseline, 1 thread (tokens/s)", "", base1 == null ? null : base1.times(tokens)));
      report.add(row("full analysis, 1 thread (tokens/s)", "", full1 == null ? null : full1.times(tokens)));
      report.add(row("full analysis / OpenNLP baseline, 1 thread", ">= 0.6x", ratio(full1, base1)));
      report.add(row("full analysis / OpenNLP baseline, 2 threads", ">= 0.6x", ratio(v.get("full@2"), v.get("baseline@2"))));
      report.add(row("attribution time / baseline time, 1 thread", "<= 0.20", ratio(base1, v.get("attribution@1"))));
      Value tuned1 = v.get("tunedBaseline@1");
      report.add(row("full analysis / OpenNLP with Gainsay's settings, 1 thread", "(reference)", ratio(full1, tuned1)));
      report.add(row("attribution time / time of OpenNLP with Gainsay's settings", "(reference)",
          ratio(tuned1, v.get("attribution@1"))));
      report.add(row("full analysis, 2 threads / 1 thread", ">= 1.8x", ratio(v.get("full@2"), full1)));
      report.add(row("OpenNLP baseline, 2 threads / 1 thread", "(reference)", ratio(v.get("baseline@2"), base1)));
      for (String stage : List.of("baseline", "tunedBaseline", "nlp", "attribution", "topics", "disagreements", "full")) {
        Value two = v.get(stage + "@2");
        report.add(row(stage + " (batches/s, 1 thread" + (two == null ? ")" : " | 2 threads)"), "", v.get(stage + "@1"))
            + (two == null ? "" : " | " + two));
      }
    }
    if (parts.contains("interleaved")) {
      report.addAll(InterleavedCheck.run(quick ? 5 : 15));
    }
    if (parts.contains("scaling")) {
      report.addAll(ScalingCheck.run(quick ? 8 : 30, List.of()));
    }
    if (parts.contains("growth")) {
      ChainedOptionsBuilder o = new OptionsBuilder().include(GrowthBenchmark.class.getSimpleName())
          .result(dir.resolve("growth.json").toString())
          .resultFormat(org.openjdk.jmh.results.format.ResultFormatType.JSON);
      String[] sizes = quick ? new String[] {"200", "1000", "2000"} : new String[] {"1000", "5000", "10000"};
      o.param("articles", sizes);
      if (quick) {
        o.warmupIterations(1).measurementIterations(3);
      }
      Collection<RunResult> results = new Runner(o.build()).run();
      for (RunResult r : results) {
        v.put(name(r) + "@" + r.getParams().getParam("articles"), value(r));
      }
      for (String n : sizes) {
        Path f = dir.resolve("growth-" + n + ".txt");
        report.add("  " + (Files.exists(f) ? Files.readString(f) : n + " articles: no heap measurement"));
      }
      for (String b : List.of("topicsAndDisagreements")) {
        for (String n : sizes) {
          report.add(row(b + " at " + n + " articles", "", v.get(b + "@" + n)));
        }
        report.add(row(b + ": time at " + sizes[2] + " / time at " + sizes[0] + " (10x the articles)", "<= 12x",
            ratio(v.get(b + "@" + sizes[2]), v.get(b + "@" + sizes[0]))));
      }
    }
    if (parts.contains("load")) {
      ChainedOptionsBuilder o = new OptionsBuilder().include(LoadBenchmark.class.getSimpleName())
          .result(dir.resolve("load.json").toString())
          .resultFormat(org.openjdk.jmh.results.format.ResultFormatType.JSON);
      if (quick) {
        o.forks(3);
      }
      for (RunResult r : new Runner(o.build()).run()) {
        report.add(row("Gainsay.builder().build() in a fresh JVM", "< 1500 ms", value(r)));
      }
    }
    if (parts.contains("adversarial")) {
      ChainedOptionsBuilder o = new OptionsBuilder().include(AdversarialBenchmark.class.getSimpleName())
          .result(dir.resolve("adversarial.json").toString())
          .resultFormat(org.openjdk.jmh.results.format.ResultFormatType.JSON);
      if (quick) {
        o.warmupIterations(1).measurementIterations(2).warmupTime(TimeValue.seconds(1))
            .measurementTime(TimeValue.seconds(1));
      }
      Map<String, Value> adv = new LinkedHashMap<>();
      for (RunResult r : new Runner(o.build()).run()) {
        adv.put(r.getParams().getParam("kind") + "@" + r.getParams().getParam("chars"), value(r));
      }
      for (String kind : adv.keySet().stream().map(k -> k.substring(0, k.indexOf('@'))).distinct().toList()) {
        Value small = adv.get(kind + "@25000");
        Value large = adv.get(kind + "@100000");
        Value perChar = large == null ? null
            : new Value(large.score() * 1000 / 100_000, large.error() * 1000 / 100_000, "us/char");
        report.add(row("bad input " + kind + ": time per char at 100,000 chars | 4x chars / 1x", "linear: ~4x",
            perChar) + " | " + ratio(large, small));
      }
    }
    StringBuilder out = new StringBuilder("\n== Gainsay benchmarks (" + Runtime.getRuntime().availableProcessors()
        + " cores, Java " + System.getProperty("java.version") + (quick ? ", quick run: not for the README" : "")
        + ") ==\n");
    report.forEach(r -> out.append(r).append('\n'));
    System.out.print(out);
    Files.writeString(dir.resolve("summary.txt"), out.toString());
  }

  private static Value ratio(Value a, Value b) {
    return a == null || b == null ? null : a.ratio(b);
  }

  private static String name(RunResult r) {
    String label = r.getParams().getBenchmark();
    return label.substring(label.lastIndexOf('.') + 1);
  }

  private static Value value(RunResult r) {
    var s = r.getPrimaryResult();
    return new Value(s.getScore(), s.getScoreError(), s.getScoreUnit());
  }

  private static String row(String what, String target, Value value) {
    return String.format(Locale.ROOT, "%-66s %-12s %s", what, target, value == null ? "(failed: see the log)" : value);
  }
}
