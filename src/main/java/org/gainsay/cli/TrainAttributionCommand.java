package org.gainsay.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gainsay.Article;
import org.gainsay.Gainsay;
import org.gainsay.eval.AttributionLabels;
import org.gainsay.eval.PolnearCorpus;
import org.gainsay.statement.AttributionTagger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gainsay train attribution --dir polnear --split train --out models/attribution-model.bin.gz}: trains the
 * attribution tagger on PolNeAR's gold attributions, deterministically.
 */
@Command(name = "attribution", mixinStandardHelpOptions = true,
    description = {"Trains the attribution tagger (models/attribution-model.bin.gz) on a PolNeAR split (use train; "
        + "dev is for measuring). Each sentence is read by the statement stage's rules first; the tagger learns "
        + "PolNeAR's source, cue and content spans from the words, tags, quotes, cue lexicon and the rules' reading. "
        + "Deterministic: same data, same settings, same file."})
final class TrainAttributionCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--dir", required = true, paramLabel = "DIR", description = "the PolNeAR data directory")
  Path dir;

  @Option(names = "--split", defaultValue = "train", description = "the split to train on (default: ${DEFAULT-VALUE})")
  String split;

  @Option(names = "--out", required = true, description = "where to write the model")
  Path outFile;

  @Option(names = "--runs", defaultValue = "3",
      description = "taggers trained with different sentence orders and averaged (default: ${DEFAULT-VALUE})")
  int runs;

  @Option(names = "--epochs", defaultValue = "12", description = "perceptron epochs (default: ${DEFAULT-VALUE})")
  int epochs;

  @Option(names = "--prune", defaultValue = "10",
      description = "drop features whose largest weight is below this (default: ${DEFAULT-VALUE})")
  float prune;

  @Option(names = "--min-count", defaultValue = "4",
      description = "drop features seen fewer times (default: ${DEFAULT-VALUE})")
  int minCount;

  @Option(names = "--threads", description = "threads that read articles (default: the number of cores)")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    PolnearCorpus.Split s;
    try {
      s = PolnearCorpus.Split.valueOf(split.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println("gainsay train attribution: --split is " + split + ", expected train, dev or test");
      return 2;
    }
    List<PolnearCorpus.Document> docs;
    try {
      docs = PolnearCorpus.load(dir, s);
    } catch (IOException | IllegalArgumentException e) {
      err.println("gainsay train attribution: " + e.getMessage());
      return 2;
    }
    Gainsay gainsay = Gainsay.builder().rulesOnlyAttribution().build();
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, n));
    List<Future<List<AttributionTagger.Trainer.Example>>> futures = new ArrayList<>();
    for (PolnearCorpus.Document d : docs) {
      futures.add(pool.submit(() -> {
        List<AttributionTagger.Trainer.Example> ex = new ArrayList<>();
        for (AttributionTagger.Input in : gainsay.attributionInputs(
            Article.of(d.id(), d.publisher(), "", d.text()))) {
          ex.add(new AttributionTagger.Trainer.Example(in, AttributionLabels.of(in, d.attributions())));
        }
        return ex;
      }));
    }
    List<AttributionTagger.Trainer.Example> examples = new ArrayList<>();
    for (Future<List<AttributionTagger.Trainer.Example>> f : futures) {
      examples.addAll(f.get());
    }
    pool.shutdown();
    out.printf(Locale.ROOT, "PolNeAR %s: %d articles%n", s.directory(), docs.size());
    AttributionTagger tagger = AttributionTagger.Trainer.trainAveraged(examples, epochs, minCount, 42L, runs, line -> {
      out.println(line);
      out.flush();
    }).pruned(prune);
    Path parent = outFile.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream o = Files.newOutputStream(outFile)) {
      tagger.write(o);
    }
    out.printf(Locale.ROOT, "wrote %s: %d features, %d bytes%n", outFile, tagger.features(), Files.size(outFile));
    return 0;
  }
}
