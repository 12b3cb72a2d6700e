package org.gainsay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gainsay.Article;
import org.gainsay.Gainsay;
import org.gainsay.eval.Emergent;
import org.gainsay.eval.Fnc1;
import org.gainsay.eval.StanceRunner;
import org.gainsay.eval.StanceScores;
import org.gainsay.stance.StanceBody;
import org.gainsay.stance.StanceClaim;
import org.gainsay.stance.StanceDetector;
import org.gainsay.stance.StanceLabel;
import org.gainsay.stance.StanceTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gainsay eval emergent --file F}: stance of article headlines toward claims, cross-validated by claim. */
@Command(name = "emergent", mixinStandardHelpOptions = true,
    description = {"Stance of article headlines toward claims on Emergent (for / against / observing).",
        "Reports K-fold cross-validation with folds by claim (a model of the same features trained on the other "
            + "claims' headlines), and the shipped FNC-1 model applied as is (unrelated counts as observing)."})
final class EvalEmergentCommand implements Callable<Integer> {
  static final List<StanceLabel> LABELS = List.of(StanceLabel.AGREE, StanceLabel.DISAGREE, StanceLabel.DISCUSS);

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--file", required = true, description = "Emergent CSV (claimHeadline, articleHeadline, "
      + "articleHeadlineStance, claimId)")
  Path file;

  @Option(names = "--folds", defaultValue = "10", description = "cross-validation folds, by claim (default: "
      + "${DEFAULT-VALUE})")
  int folds;

  @Option(names = "--threads", description = "threads that read headlines (default: the number of cores)")
  Integer threads;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (folds < 2) {
      err.println("gainsay eval emergent: --folds " + folds + " must be at least 2");
      return 2;
    }
    long t0 = System.nanoTime();
    Emergent data;
    try {
      data = Emergent.load(file);
    } catch (Fnc1.BadFileException e) {
      err.println("gainsay eval emergent: " + e.getMessage());
      return 2;
    }
    if (data.rows().isEmpty()) {
      err.println("gainsay eval emergent: " + file + " has no rows");
      return 2;
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
    Gainsay g = Gainsay.builder().build();
    List<Emergent.Row> rows = data.rows();
    List<StanceBody> bodies = StanceRunner.parallel(rows, r -> g.stanceBody(Article.of("emergent", "", "",
        r.article().isBlank() ? "(empty)" : r.article())), n);
    Map<String, StanceClaim> claims = StanceRunner.claims(g, rows.stream().map(Emergent.Row::claim).toList(), n);
    StanceScores shipped = new StanceScores(LABELS);
    StanceDetector detector = g.stanceDetector();
    List<StanceTrainer.Example> examples = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Emergent.Row r = rows.get(i);
      StanceLabel p = g.stance(bodies.get(i), claims.get(r.claim())).label();
      shipped.add(r.gold(), p == StanceLabel.UNRELATED ? StanceLabel.DISCUSS : p);
      examples.add(detector.example(claims.get(r.claim()), bodies.get(i), r.gold(), r.claimId()));
    }
    StanceTrainer.Settings settings = emergentSettings();
    List<StanceLabel> cv = StanceTrainer.crossValidate(examples, settings, folds);
    StanceScores s = new StanceScores(LABELS);
    for (int i = 0; i < rows.size(); i++) {
      s.add(rows.get(i).gold(), cv.get(i));
    }
    out.printf(Locale.ROOT, "Emergent: %d article headlines on %d claims%n", rows.size(), claims.size());
    out.printf(Locale.ROOT, "%d-fold cross-validation, folds by claim (stance stage only, %d rounds, depth %d):%n",
        folds, settings.stanceRounds(), settings.depth());
    out.printf(Locale.ROOT, "Emergent CV accuracy: %.4f%n", s.accuracy());
    out.print(s.classReport(Emergent::name));
    out.print(s.confusionTable(Emergent::name));
    out.printf(Locale.ROOT, "%nThe shipped FNC-1 model as is (unrelated counted as observing):%n");
    out.printf(Locale.ROOT, "accuracy: %.4f, macro-F1: %.4f%n", shipped.accuracy(), shipped.macroF1());
    out.printf(Locale.ROOT, "time: %.1f s%n", (System.nanoTime() - t0) / 1e9);
    out.flush();
    return 0;
  }

  /** Fixed before measuring: small data, so fewer and shallower trees than for FNC-1, no class weights. */
  static StanceTrainer.Settings emergentSettings() {
    StanceTrainer.Settings d = StanceTrainer.Settings.defaults();
    return new StanceTrainer.Settings(d.relatedRounds(), 150, 3, 0.1, 0.8, 0.0, d.relatedThreshold(), 0.0, d.seed());
  }
}
