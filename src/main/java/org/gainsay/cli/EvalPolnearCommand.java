package org.gainsay.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.gainsay.Article;
import org.gainsay.Gainsay;
import org.gainsay.eval.AttributionScorer;
import org.gainsay.eval.AttributionScorer.Match;
import org.gainsay.eval.AttributionScorer.Pair;
import org.gainsay.eval.AttributionScorer.Role;
import org.gainsay.eval.AttributionScores;
import org.gainsay.eval.AttributionSpans;
import org.gainsay.eval.PolnearCorpus;
import org.gainsay.text.Span;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gainsay eval polnear --dir DIR --split train|dev|test}: attribution quality on PolNeAR. */
@Command(name = "polnear", mixinStandardHelpOptions = true,
    description = {
        "Measures attribution (source, cue, content) on PolNeAR: runs Gainsay on every article of a split and "
            + "matches its statements to the gold attributions.",
        "",
        "Data: DIR/SPLIT/text/*.txt and DIR/SPLIT/attributions/*_<annotator>.ann (brat standoff). When an article "
            + "has several annotators only the first file in file-name order is scored.",
        "",
        "Matching:",
        "  1. Predictions: statements of the outlet's own voice (narration, no cue) are not predictions; one with a "
            + "cue but no named source (\"Sanders is expected to win\") predicts cue and content only. Statements "
            + "that share their source mention and cue (a quote over several sentences) are one prediction. Its "
            + "source is the phrase naming the source with any apposition (\"Anna Berg, a spokeswoman\"); its content "
            + "takes in a \"that\" between cue and content (\"said that ...\"), as PolNeAR marks it.",
        "  2. Parts are compared on the letters and digits they cover (the cue \":\" on its non-blank characters), "
            + "so white space, punctuation and quote marks never matter.",
        "  3. Alignment, one to one: candidate pairs share characters in some part; they are taken greedily, "
            + "best first (shared cue 4, shared content 2, shared source 1; ties by shared characters, then text "
            + "order).",
        "  4. Per part: a prediction having the part counts as predicted, a gold attribution having it as gold (a "
            + "gold attribution without a source counts for cue and content only); an aligned pair is a true "
            + "positive when the parts overlap (lenient) or cover exactly the same letters and digits, i.e. the "
            + "same span after trimming punctuation and white space (strict).",
        "",
        "Output: one line per part and match: precision, recall, F1, true positives, predicted, gold."})
final class EvalPolnearCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--dir", required = true, paramLabel = "DIR",
      description = "the PolNeAR data directory (holding train/, dev/, ...)")
  Path dir;

  @Option(names = "--split", defaultValue = "dev", paramLabel = "SPLIT",
      description = "train, dev or test (default: ${DEFAULT-VALUE})")
  String split;

  @Option(names = "--mismatches", paramLabel = "FILE",
      description = "also write every pair that does not match strictly on all parts to FILE, tab-separated")
  Path mismatches;

  @Option(names = "--rules", description = "read attributions by the rules alone, without the trained tagger")
  boolean rulesOnly;

  @Option(names = "--model", paramLabel = "FILE",
      description = "an attribution tagger model to use instead of the bundled one")
  Path model;

  @Option(names = "--agreement",
      description = "score only the articles that a second annotator marked too: first the second annotator against "
          + "the first (how far two people agree under this matching), then Gainsay against the first on the same "
          + "articles")
  boolean agreement;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PolnearCorpus.Split s;
    try {
      s = PolnearCorpus.Split.valueOf(split.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println("gainsay eval polnear: --split is " + split + ", expected train, dev or test");
      return 2;
    }
    List<PolnearCorpus.Document> docs;
    try {
      docs = PolnearCorpus.load(dir, s);
    } catch (IOException | IllegalArgumentException e) {
      err.println("gainsay eval polnear: " + e.getMessage());
      return 2;
    }
    List<PolnearCorpus.Document> second = List.of();
    if (agreement) {
      try {
        second = PolnearCorpus.loadSecondAnnotations(dir, s);
      } catch (IOException | IllegalArgumentException e) {
        err.println("gainsay eval polnear: " + e.getMessage());
        return 2;
      }
      java.util.Set<String> both = second.stream().map(PolnearCorpus.Document::id)
          .collect(Collectors.toSet());
      docs = docs.stream().filter(d -> both.contains(d.id())).toList();
      if (docs.isEmpty()) {
        err.println("gainsay eval polnear: no article of " + s.directory() + " has a second annotator; "
            + "--agreement needs at least one");
        return 2;
      }
    }
    Gainsay.Builder builder = Gainsay.builder();
    if (rulesOnly) {
      builder.rulesOnlyAttribution();
    } else if (model != null) {
      try (java.io.InputStream in = Files.newInputStream(model)) {
        builder.attributionTagger(org.gainsay.statement.AttributionTagger.read(in));
      } catch (IOException e) {
        err.println("gainsay eval polnear: cannot read --model " + model + ": " + e.getMessage());
        return 2;
      }
    }
    Gainsay gainsay = builder.build();
    AttributionScores total = AttributionScores.empty();
    int predictedAll = 0;
    int goldAll = 0;
    BufferedWriter mis = null;
    try {
      if (mismatches != null) {
        mis = Files.newBufferedWriter(mismatches, StandardCharsets.UTF_8);
        mis.write("article\tgold source\tgold cue\tgold content\tpredicted source\tpredicted cue\t"
            + "predicted content\n");
      }
      for (PolnearCorpus.Document d : docs) {
        List<AttributionSpans> predicted = AttributionScorer.predictions(d.text(),
            gainsay.statements(Article.of(d.id(), d.publisher(), "", d.text())));
        List<Pair> pairs = AttributionScorer.align(d.text(), d.attributions(), predicted);
        total = total.plus(AttributionScorer.score(d.text(), pairs));
        predictedAll += predicted.size();
        goldAll += d.attributions().size();
        if (mis != null) {
          writeMismatches(mis, d, pairs);
        }
      }
    } catch (IOException e) {
      err.println("gainsay eval polnear: cannot write " + mismatches + ": " + e.getMessage());
      return 2;
    } finally {
      if (mis != null) {
        try {
          mis.close();
        } catch (IOException e) {
          err.println("gainsay eval polnear: cannot write " + mismatches + ": " + e.getMessage());
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (agreement) {
      AttributionScores people = AttributionScores.empty();
      int secondAll = 0;
      java.util.Map<String, PolnearCorpus.Document> firstById = docs.stream()
          .collect(Collectors.toMap(PolnearCorpus.Document::id, d -> d));
      for (PolnearCorpus.Document d2 : second) {
        PolnearCorpus.Document d1 = firstById.get(d2.id());
        people = people.plus(AttributionScorer.score(d1.text(),
            AttributionScorer.align(d1.text(), d1.attributions(), d2.attributions())));
        secondAll += d2.attributions().size();
      }
      out.printf(Locale.ROOT, "PolNeAR %s agreement: %d articles with a second annotator; second (%d attributions) "
          + "against first (%d)%n", s.directory(), docs.size(), secondAll, goldAll);
      print(out, people);
      out.printf(Locale.ROOT, "Gainsay on the same articles against the first annotator%n");
    }
    out.printf(Locale.ROOT, "PolNeAR %s: %d articles, %d gold attributions, %d predicted attributions%n",
        s.directory(), docs.size(), goldAll, predictedAll);
    print(out, total);
    out.flush();
    return 0;
  }

  private static void print(PrintWriter out, AttributionScores total) {
    for (Role r : Role.values()) {
      for (Match m : Match.values()) {
        out.printf(Locale.ROOT, "%-7s %-7s %s%n", r.name().toLowerCase(Locale.ROOT),
            m.name().toLowerCase(Locale.ROOT), total.counts(r, m).format());
      }
    }
  }

  private static void writeMismatches(BufferedWriter w, PolnearCorpus.Document d, List<Pair> pairs)
      throws IOException {
    for (Pair p : pairs) {
      boolean all = p.gold() != null && p.predicted() != null;
      for (Role r : Role.values()) {
        if (!all) {
          break;
        }
        List<Span> g = p.gold().part(r);
        List<Span> x = p.predicted().part(r);
        all = g.isEmpty() && x.isEmpty()
            || !g.isEmpty() && !x.isEmpty() && AttributionScorer.matches(d.text(), x, g, Match.STRICT);
      }
      if (all) {
        continue;
      }
      StringBuilder sb = new StringBuilder(d.id());
      for (AttributionSpans a : new AttributionSpans[] {p.gold(), p.predicted()}) {
        for (Role r : Role.values()) {
          sb.append('\t').append(a == null ? "-" : covered(d.text(), a.part(r)));
        }
      }
      w.write(sb.append('\n').toString());
    }
  }

  private static String covered(String text, List<Span> spans) {
    return spans.stream().map(s -> s.covered(text).replaceAll("\\s+", " ")).collect(Collectors.joining(" | "));
  }
}
