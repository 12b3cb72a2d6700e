package org.gainsay.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gainsay.Gainsay;
import org.gainsay.eval.Confusion;
import org.gainsay.eval.SickCorpus;
import org.gainsay.eval.SickEvaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gainsay eval sick --file F}. */
@Command(name = "sick", mixinStandardHelpOptions = true,
    description = {"Three-way accuracy, CONTRADICTION precision/recall/F1 and the confusion matrix of Gainsay's "
        + "pairwise comparison on SICK sentence pairs.",
        "Each pair goes through Gainsay.compare(a, b): contradiction -> CONTRADICTION, agreement -> ENTAILMENT, "
            + "neutral or unrelated -> NEUTRAL."})
final class EvalSickCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--file", required = true, description = "a SICK file (tab-separated, with header)")
  Path file;

  @Override
  public Integer call() {
    List<SickCorpus.Pair> pairs;
    try {
      pairs = SickCorpus.read(file);
    } catch (IOException e) {
      spec.commandLine().getErr().println("gainsay eval sick: " + file + ": cannot read: " + e.getMessage());
      return 2;
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("gainsay eval sick: " + e.getMessage());
      return 2;
    }
    Confusion c = SickEvaluation.run(Gainsay.builder().build(), pairs);
    spec.commandLine().getOut().print(SickEvaluation.report(c));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
