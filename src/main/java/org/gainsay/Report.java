package org.gainsay;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gainsay.disagreement.Change;
import org.gainsay.disagreement.Disagreement;
import org.gainsay.disagreement.SharedOrigin;
import org.gainsay.statement.Statement;
import org.gainsay.topic.Topic;

/**
 * What Gainsay found in a set of articles: attributed statements, topics and disagreements.
 *
 * <pre>{@code
 * Report r = gainsay.analyze(articles);
 * r.disagreements().forEach(d -> System.out.println(d.explanation()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param articles the articles, in the order given
 * @param statements every statement of every article, in article then text order
 * @param topics statements grouped by proposition (two or more statements each)
 * @param disagreements pairs of sources that conflict on a topic, strongest first
 * @param changes differences that time explains: counts updated between days, sources that shifted position
 * @param origins groups of articles that reprint one story (one voice, never flagged against each other)
 */
public record Report(List<Article> articles, List<Statement> statements, List<Topic> topics,
    List<Disagreement> disagreements, List<Change> changes, List<SharedOrigin> origins) {

  public Report {
    articles = List.copyOf(articles);
    statements = List.copyOf(statements);
    topics = List.copyOf(topics);
    disagreements = List.copyOf(disagreements);
    changes = List.copyOf(changes);
    origins = List.copyOf(origins);
  }

  /** The statement with this id. */
  public Optional<Statement> statement(String id) {
    return statements.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The topic each statement belongs to, by statement id; statements in no topic are absent. */
  public Map<String, String> topicOfStatement() {
    Map<String, String> out = new HashMap<>();
    for (Topic t : topics) {
      for (String s : t.statementIds()) {
        out.put(s, t.id());
      }
    }
    return out;
  }
}
