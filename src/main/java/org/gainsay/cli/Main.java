package org.gainsay.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gainsay} command line: {@code analyze} articles, {@code eval} on the data sets. Thin: it reads files,
 * calls the {@link org.gainsay.Gainsay} facade and writes the report.
 */
@Command(name = "gainsay", mixinStandardHelpOptions = true, version = "gainsay 0.1.0",
    description = "Finds where news sources disagree.",
    subcommands = {AnalyzeCommand.class, EvalCommand.class, TrainCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
