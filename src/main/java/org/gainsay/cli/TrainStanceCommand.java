package org.gainsay.cli;

import java.io.IOException;
import java.io.PrintWriter;
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
import org.gainsay.stance.StanceBody;
import org.gainsay.stance.StanceClaim;
import org.gainsay.stance.StanceDetector;
import org.gainsay.stance.StanceLabel;
import org.gainsay.stance.StanceModel;
import org.gainsay.stance.StanceTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gainsay train stance --bodies B.csv --stances S.csv --ids training_ids.txt --out models/stance-model.txt}:
 * trains the stance model on FNC-1 bodies listed in the ids file, deterministically.
 */
@Command(name = "stance", mixinStandardHelpOptions = true,
    description = {"Trains the stance model (models/stance-model.txt) on the FNC-1 pairs of the bodies listed in "
        + "--ids (use splits/training_ids.txt; never the hold-out). Deterministic: same data, same settings, same "
        + "file.", "With --cv K, first reports K-fold cross-validation grouped by body on the same pairs."})
final class TrainStanceCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--bodies", required = true, description = "FNC-1 bodies CSV")
  Path bodies;

  @Option(names = "--stances", required = true, description = "FNC-1 stances CSV")
  Path stances;

  @Option(names = "--ids", required = true, description = "train only on the bodies listed here, one id a line")
  Path ids;

  @Option(names = "--out", description = "where to write the model (e.g. models/stance-model.txt)")
  Path outFile;

  @Option(names = "--cv", defaultValue = "0", description = "folds of cross-validation to report first (0: none)")
  int folds;

  @Option(names = "--threads", description = "threads that read bodies (default: the number of cores)")
  Integer threads;

  StanceTrainer.Settings d = StanceTrainer.Settings.defaults();

  @Option(names = "--related-rounds", description = "boosting rounds, related/unrelated stage (default: ${DEFAULT-VALUE})")
  int relatedRounds = d.relatedRounds();

  @Option(names = "--stance-rounds", description = "boosting rounds, agree/disagree/discuss stage (default: ${DEFAULT-VALUE})")
  int stanceRounds = d.stanceRounds();

  @Option(names = "--depth", description = "tree depth (default: ${DEFAULT-VALUE})")
  int depth = d.depth();

  @Option(names = "--learning-rate", description = "shrinkage (default: ${DEFAULT-VALUE})")
  double learningRate = d.learningRate();

  @Option(names = "--subsample", description = "fraction of rows per round (default: ${DEFAULT-VALUE})")
  double subsample = d.subsample();

  @Option(names = "--class-weight-power", description = "0: no class weights, 1: inverse frequency "
      + "(default: ${DEFAULT-VALUE})")
  double classWeightPower = d.classWeightPower();

  @Option(names = "--related-threshold", description = "P(related) above which a pair is related "
      + "(default: ${DEFAULT-VALUE})")
  double relatedThreshold = d.relatedThreshold();

  @Option(names = "--disagree-bias", description = "added to log P(disagree) (default: ${DEFAULT-VALUE})")
  double disagreeBias = d.disagreeBias();

  @Option(names = "--seed", description = "seed of row sampling and folds (default: ${DEFAULT-VALUE})")
  long seed = d.seed();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (outFile == null && folds < 2) {
      err.println("gainsay train stance: give --out FILE to write the model, or --cv K (K >= 2) to cross-validate");
      return 2;
    }
    StanceTrainer.Settings settings;
    try {
      settings = new StanceTrainer.Settings(relatedRounds, stanceRounds, depth, learningRate, subsample,
          classWeightPower, relatedThreshold, disagreeBias, seed);
    } catch (IllegalArgumentException e) {
      err.println("gainsay train stance: " + e.getMessage());
      return 2;
    }
    Fnc1 data;
    try {
      Set<Integer> keep = Fnc1.readIds(ids);
      data = Fnc1.load(bodies, stances, keep);
    } catch (Fnc1.BadFileException e) {
      err.println("gainsay train stance: " + e.getMessage());
      return 2;
    }
    if (!data.labelled() || data.pairs().isEmpty()) {
      err.println("gainsay train stance: " + stances + " has no labelled pairs on the bodies of " + ids);
      return 2;
    }
    long t0 = System.nanoTime();
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
    // the rules model: training must not depend on the model it replaces
    Gainsay g = Gainsay.builder().stanceModel(StanceModel.rules()).build();
    Map<Integer, StanceBody> read = StanceRunner.bodies(g, data.bodies(), n);
    Map<String, StanceClaim> claims =
        StanceRunner.claims(g, data.pairs().stream().map(Fnc1.Pair::headline).toList(), n);
    StanceDetector detector = g.stanceDetector();
    List<StanceTrainer.Example> examples = new ArrayList<>(data.pairs().size());
    for (Fnc1.Pair p : data.pairs()) {
      examples.add(detector.example(claims.get(p.headline()), read.get(p.bodyId()), p.gold(),
          Integer.toString(p.bodyId())));
    }
    out.printf(Locale.ROOT, "read %d bodies, %d headlines, %d pairs in %.1f s%n", data.bodies().size(),
        claims.size(), examples.size(), (System.nanoTime() - t0) / 1e9);
    if (folds >= 2) {
      long t1 = System.nanoTime();
      List<StanceLabel> cv = StanceTrainer.crossValidate(examples, settings, folds);
      StanceScores s = new StanceScores(List.of(StanceLabel.values()));
      for (int i = 0; i < examples.size(); i++) {
        s.add(examples.get(i).gold(), cv.get(i));
      }
      out.printf(Locale.ROOT, "%d-fold cross-validation, folds by body (%.1f s):%n", folds,
          (System.nanoTime() - t1) / 1e9);
      out.printf(Locale.ROOT, "FNC score: %.2f%n", s.relativeFncScore());
      out.print(s.classReport(StanceLabel::jsonName));
      out.print(s.confusionTable(StanceLabel::jsonName));
    }
    if (outFile != null) {
      long t1 = System.nanoTime();
      List<String> comments = List.of(
          "Gainsay stance model: two stages of gradient-boosted trees over the features of "
              + "org.gainsay.stance.StanceFeatures; see models/README.md.",
          String.format(Locale.ROOT, "Trained on %d FNC-1 pairs of the %d bodies listed in %s.",
              examples.size(), data.bodies().size(), ids.getFileName()),
          "Rebuild: java -jar target/gainsay.jar train stance --bodies train_bodies.csv --stances "
              + "train_stances.csv --ids splits/training_ids.txt --out models/stance-model.txt",
          "Settings: " + settings);
      StanceModel model = StanceTrainer.train(examples, settings, comments);
      try {
        model.write(outFile);
      } catch (IOException e) {
        err.println("gainsay train stance: cannot write " + outFile + ": " + e.getMessage());
        return 2;
      }
      out.printf(Locale.ROOT, "wrote %s (%s) in %.1f s%n", outFile, model.describe(),
          (System.nanoTime() - t1) / 1e9);
    }
    out.flush();
    return 0;
  }
}
