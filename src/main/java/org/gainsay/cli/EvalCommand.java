package org.gainsay.cli;

import picocli.CommandLine.Command;

/** {@code gainsay eval ...}: quality on the public data sets. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measures Gainsay on a data set read from a path you give.",
    subcommands = {EvalPolnearCommand.class, EvalSickCommand.class, EvalFnc1Command.class,
        EvalEmergentCommand.class})
final class EvalCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
