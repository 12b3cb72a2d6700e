package org.gainsay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.gainsay.Gainsay;
import org.gainsay.eval.Fnc1;
import org.gainsay.eval.StanceRunner;
import org.gainsay.eval.StanceScores;
import org.gainsay.stance.Stance;
import org.gainsay.stance.StanceBody;
import org.gainsay.stance.StanceClaim;
import org.gainsay.stance.StanceLabel;
import org.gainsay.stance.StanceModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gainsay eval fnc1 --bodies B.csv --stances S.csv [--ids IDS.txt]}: the official FNC-1 score and more. */
@Command(name = "fnc1", mixinStandardHelpOptions = true,
    description = {"Stance of article bodies toward headlines on FNC-1: the official score (relative, on a line "
        + "starting 'FNC score:'), accuracy, F1 of each class, macro-F1 and the confusion matrix.",
        "Each body and each distinct headline is read once."})
final class EvalFnc1Command implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--bodies", required = true, description = "FNC-1 bodies CSV (Body ID, articleBody)")
  Path bodies;

  @Option(names = "--stances", required = true, description = "FNC-1 stances CSV (Headline, Body ID, Stance)")
  Path stances;

  @Option(names = "--ids", description = "keep only the bodies whose ids are listed, one a line")
  Path ids;

  @Option(names = "--model", description = "a stance model file (default: the one shipped in the jar)")
  Path model;

  @Option(names = "--rules", description = "decide with the hand-written rules instead of the trained model")
  boolean rules;

  @Option(names = "--threads", description = "threads that read bodies (default: the number of cores)")
  Integer threads;

  @Option(names = "--predictions", description = "write Headline,Body ID,Stance with the predicted stances here")
  Path predictions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    Fnc1 data;
    try {
      Set<Integer> keep = ids == null ? null : Fnc1.readIds(ids);
      data = Fnc1.load(bodies, stances, keep);
    } catch (Fnc1.BadFileException e) {
      err.println("gainsay eval fnc1: " + e.getMessage());
      return 2;
    }
    if (data.pairs().isEmpty()) {
      err.println("gainsay eval fnc1: no pairs to score" + (ids == null ? "" : " on the bodies listed in " + ids));
      return 2;
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
    Gainsay.Builder b = Gainsay.builder();
    try {
      if (rules) {
        b.stanceModel(StanceModel.rules());
      } else if (model != null) {
        b.stanceModel(StanceModel.read(model));
      }
    } catch (IOException e) {
      err.println("gainsay eval fnc1: " + e.getMessage());
      return 2;
    }
    Gainsay g = b.build();
    long t1 = System.nanoTime();
    Map<Integer, StanceBody> read = StanceRunner.bodies(g, data.bodies(), n);
    Map<String, StanceClaim> claims =
        StanceRunner.claims(g, data.pairs().stream().map(Fnc1.Pair::headline).toList(), n);
    long t2 = System.nanoTime();
    List<Stance> found = StanceRunner.parallel(data.pairs(),
        p -> g.stance(read.get(p.bodyId()), claims.get(p.headline())), n);
    long t3 = System.nanoTime();
    if (predictions != null) {
      try {
        writePredictions(predictions, data.pairs(), found);
      } catch (IOException e) {
        err.println("gainsay eval fnc1: cannot write " + predictions + ": " + e.getMessage());
        return 2;
      }
    }
    out.printf(Locale.ROOT, "FNC-1: %d pairs, %d bodies, %d distinct headlines%s; %s%n", data.pairs().size(),
        data.bodies().size(), claims.size(), ids == null ? "" : " (bodies listed in " + ids + ")",
        g.stanceDetector().model().describe());
    if (data.labelled()) {
      StanceScores s = new StanceScores(List.of(StanceLabel.values()));
      for (int i = 0; i < found.size(); i++) {
        s.add(data.pairs().get(i).gold(), found.get(i).label());
      }
      out.printf(Locale.ROOT, "FNC score: %.2f%n", s.relativeFncScore());
      out.printf(Locale.ROOT, "raw score:    %.2f of max %.2f%n", s.fncScore(), s.maxFncScore());
      out.print(s.classReport(StanceLabel::jsonName));
      out.println("confusion matrix (rows gold, columns predicted):");
      out.print(s.confusionTable(StanceLabel::jsonName));
    } else {
      out.println("the stances file has no Stance column: nothing to score"
          + (predictions == null ? "; use --predictions to write the predicted stances" : ""));
    }
    out.printf(Locale.ROOT, "time: %.1f s in all (loading data and models %.1f s, reading bodies and headlines "
        + "%.1f s, scoring pairs %.1f s) on %d thread(s)%n", (t3 - t0) / 1e9, (t1 - t0) / 1e9, (t2 - t1) / 1e9,
        (t3 - t2) / 1e9, n);
    out.flush();
    return 0;
  }

  private static void writePredictions(Path file, List<Fnc1.Pair> pairs, List<Stance> found) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("Headline,Body ID,Stance");
    for (int i = 0; i < pairs.size(); i++) {
      lines.add(quote(pairs.get(i).headline()) + "," + pairs.get(i).bodyId() + "," + found.get(i).label().jsonName());
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static String quote(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
