package org.gainsay.cli;

import picocli.CommandLine.Command;

/** {@code gainsay train ...}: rebuilds the trained models in {@code models/} from data you give. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Rebuilds a trained model of models/ from a data set read from a path you give.",
    subcommands = {TrainStanceCommand.class, TrainAttributionCommand.class, TrainClustersCommand.class})
final class TrainCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
