package org.gainsay.cli;

import java.util.Map;
import org.gainsay.Report;
import org.gainsay.disagreement.Change;
import org.gainsay.disagreement.Disagreement;
import org.gainsay.disagreement.SharedOrigin;
import org.gainsay.statement.Statement;
import org.gainsay.topic.Topic;

/** A report for a person to read. Immutable and thread-safe. */
public final class ReportText {
  private ReportText() {}

  public static String write(Report report) {
    StringBuilder sb = new StringBuilder();
    sb.append("Gainsay report: ").append(report.articles().size()).append(" article(s), ")
        .append(report.statements().size()).append(" statements, ").append(report.topics().size())
        .append(" topics, ").append(report.disagreements().size()).append(" disagreement(s)\n\n");
    sb.append("DISAGREEMENTS\n");
    if (report.disagreements().isEmpty()) {
      sb.append("  none found\n");
    }
    for (Disagreement d : report.disagreements()) {
      sb.append(String.format(java.util.Locale.ROOT, "  [%s, score %.2f, topic %s] %s%n", d.kind().jsonName(),
          d.score(), d.topicId(), d.explanation()));
      sb.append("    a: ").append(d.a().id()).append(" conflicting words ").append(d.evidence().wordsA()).append('\n');
      sb.append("    b: ").append(d.b().id()).append(" conflicting words ").append(d.evidence().wordsB()).append('\n');
    }
    if (!report.changes().isEmpty()) {
      sb.append("\nCHANGES OVER TIME (not disagreements)\n");
      for (Change c : report.changes()) {
        sb.append("  [").append(c.kind().jsonName()).append(", topic ").append(c.topicId()).append("] ")
            .append(c.explanation()).append('\n');
      }
    }
    if (!report.origins().isEmpty()) {
      sb.append("\nSHARED ORIGIN (one voice)\n");
      for (SharedOrigin o : report.origins()) {
        sb.append("  ").append(o.reason()).append('\n');
      }
    }
    sb.append("\nTOPICS\n");
    for (Topic t : report.topics()) {
      sb.append("  ").append(t.id()).append(" (").append(t.label()).append("): ")
          .append(String.join(", ", t.statementIds())).append('\n');
    }
    sb.append("\nSTATEMENTS\n");
    Map<String, String> topicOf = report.topicOfStatement();
    for (Statement s : report.statements()) {
      sb.append("  ").append(s.id());
      if (topicOf.containsKey(s.id())) {
        sb.append(" [").append(topicOf.get(s.id())).append(']');
      }
      sb.append(" ").append(s.source().name()).append(" (").append(s.source().kind().jsonName());
      if (!s.source().mention().equals(s.source().name())) {
        sb.append(", as \"").append(s.source().mention()).append('"');
      }
      sb.append(')');
      if (s.cue() != null) {
        sb.append(" ").append(s.cue().text());
      }
      if (s.channel() != null) {
        sb.append(" via ").append(s.channel());
      }
      sb.append(" [").append(s.quote().jsonName()).append(']');
      if (s.hedge() != null) {
        sb.append(" (hedged: ").append(s.hedge()).append(')');
      }
      sb.append(": ").append(abbreviate(s.text())).append('\n');
    }
    return sb.toString();
  }

  private static String abbreviate(String s) {
    String t = s.replaceAll("\\s+", " ");
    return t.length() <= 160 ? t : t.substring(0, 157) + "...";
  }
}
