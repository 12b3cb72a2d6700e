package org.gainsay.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.gainsay.Article;
import org.gainsay.Gainsay;
import org.gainsay.disagreement.ClaimReader;
import org.gainsay.disagreement.DisagreementDetector;
import org.gainsay.nlp.WordNet;
import org.gainsay.statement.AttributionTagger;
import org.gainsay.statement.CueLexicon;
import org.gainsay.statement.Statement;
import org.gainsay.statement.StatementExtractor;
import org.gainsay.statement.WordClusters;
import org.gainsay.text.AnalyzedText;
import org.gainsay.topic.EventLexicon;
import org.gainsay.topic.Terms;
import org.gainsay.topic.TopicGrouper;

/**
 * Gainsay's stages built as {@link Gainsay.Builder#build()} builds them, so each can be timed on its own: the facade
 * for the NLP stage and the whole pipeline, and the statement, topic and disagreement stages from their public
 * constructors.
 */
final class Stages {
  final Gainsay gainsay;
  final StatementExtractor extractor;
  final TopicGrouper grouper;
  final DisagreementDetector detector;

  Stages() {
    this.gainsay = Gainsay.builder().build();
    try {
      WordNet wordNet = WordNet.load();
      EventLexicon events = EventLexicon.load();
      this.extractor = new StatementExtractor(CueLexicon.load(), wordNet, WordClusters.load(), AttributionTagger.bundled());
      this.grouper = new TopicGrouper(new Terms(events, wordNet));
      this.detector = new DisagreementDetector(new ClaimReader(events), wordNet);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The statements of {@code articles}, extracted on all cores (setup only). */
  List<Statement> statements(List<Article> articles) {
    List<List<Statement>> per = articles.parallelStream().map(gainsay::statements).collect(Collectors.toList());
    List<Statement> out = new ArrayList<>();
    per.forEach(out::addAll);
    return out;
  }

  /** The NLP stage's output for {@code articles} (setup only). */
  List<AnalyzedText> analyzed(List<Article> articles) {
    return articles.parallelStream().map(gainsay::analyzeText).collect(Collectors.toList());
  }

  static int tokens(List<AnalyzedText> texts) {
    return texts.stream().mapToInt(t -> t.sentences().stream().mapToInt(s -> s.size()).sum()).sum();
  }
}
