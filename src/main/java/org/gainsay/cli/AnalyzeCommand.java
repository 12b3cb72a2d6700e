package org.gainsay.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gainsay.Article;
import org.gainsay.Gainsay;
import org.gainsay.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gainsay analyze [--format text|json] [--outlet NAME] FILE...}. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Finds statements, topics and disagreements in news articles.",
        "FILE is .txt (first non-blank line is the title; outlet from --outlet, else the file name) or .jsonl "
            + "(one article a line: id, outlet, url, published, title, text)."})
final class AnalyzeCommand implements Callable<Integer> {
  enum Format { text, json }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text (for a person) or json (for tools)")
  Format format;

  @Option(names = "--outlet", description = "the outlet of .txt articles (default: the file name)")
  String outlet;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "article files")
  List<Path> files;

  @Override
  public Integer call() {
    List<Article> articles = new ArrayList<>();
    try {
      for (Path f : files) {
        articles.addAll(ArticleFiles.read(f, outlet));
      }
    } catch (ArticleFiles.BadInputException e) {
      spec.commandLine().getErr().println("gainsay analyze: " + e.getMessage());
      return 2;
    }
    Report report;
    try {
      report = Gainsay.builder().build().analyze(articles);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("gainsay analyze: " + e.getMessage());
      return 2;
    }
    String out = format == Format.json ? ReportJson.write(report) : ReportText.write(report);
    spec.commandLine().getOut().print(out);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
