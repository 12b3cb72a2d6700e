package org.gainsay.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gainsay.Article;
import org.gainsay.Report;
import org.gainsay.disagreement.Change;
import org.gainsay.disagreement.Disagreement;
import org.gainsay.disagreement.SharedOrigin;
import org.gainsay.statement.Statement;
import org.gainsay.text.Span;
import org.gainsay.topic.Topic;

/**
 * The JSON form of a {@link Report}, documented in the README. Fields may be added, never renamed.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportJson() {}

  public static String write(Report report) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode articles = root.putArray("articles");
    for (Article a : report.articles()) {
      ObjectNode n = articles.addObject();
      n.put("id", a.id());
      n.put("outlet", a.outlet());
      n.put("title", a.title());
      if (a.published() != null) {
        n.put("published", a.published().toString());
      }
      if (a.url() != null) {
        n.put("url", a.url());
      }
    }
    ArrayNode statements = root.putArray("statements");
    for (Statement s : report.statements()) {
      ObjectNode n = statements.addObject();
      n.put("id", s.id());
      n.put("article", s.articleId());
      n.put("text", s.text());
      n.put("start", s.span().start());
      n.put("end", s.span().end());
      ObjectNode src = n.putObject("source");
      src.put("name", s.source().name());
      src.put("kind", s.source().kind().jsonName());
      if (!s.source().mention().equals(s.source().name())) {
        src.put("mention", s.source().mention());
      }
      span(src, "mention", s.source().mentionSpan());
      if (s.source().phraseSpan() != null && !s.source().phraseSpan().equals(s.source().mentionSpan())) {
        span(src, "phrase", s.source().phraseSpan());
      }
      putIf(src, "description", s.source().description());
      if (s.source().count() != null) {
        src.put("count", s.source().count());
      }
      putIf(src, "affiliation", s.source().affiliation());
      putIf(src, "role", s.source().role());
      if (s.cue() != null) {
        n.put("cue", s.cue().text());
        n.put("cueStance", s.cue().stance().jsonName());
        span(n, "cue", s.cue().span());
      } else {
        n.putNull("cue");
      }
      if (s.channel() != null) {
        n.put("channel", s.channel());
      } else {
        n.putNull("channel");
      }
      n.put("quote", s.quote().jsonName());
      putIf(n, "hedge", s.hedge());
    }
    ArrayNode topics = root.putArray("topics");
    for (Topic t : report.topics()) {
      ObjectNode n = topics.addObject();
      n.put("id", t.id());
      n.put("label", t.label());
      if (t.predicate() != null) {
        n.put("predicate", t.predicate());
      }
      ArrayNode ids = n.putArray("statements");
      t.statementIds().forEach(ids::add);
      ArrayNode terms = n.putArray("terms");
      t.terms().forEach(terms::add);
    }
    ArrayNode disagreements = root.putArray("disagreements");
    for (Disagreement d : report.disagreements()) {
      ObjectNode n = disagreements.addObject();
      n.put("topic", d.topicId());
      n.put("a", d.a().id());
      n.put("b", d.b().id());
      n.put("kind", d.kind().jsonName());
      n.put("score", d.score());
      n.put("explanation", d.explanation());
      ObjectNode ev = n.putObject("evidence");
      ArrayNode wa = ev.putArray("a");
      d.evidence().wordsA().forEach(wa::add);
      ArrayNode wb = ev.putArray("b");
      d.evidence().wordsB().forEach(wb::add);
    }
    ArrayNode changes = root.putArray("changes");
    for (Change c : report.changes()) {
      ObjectNode n = changes.addObject();
      n.put("topic", c.topicId());
      n.put("earlier", c.earlier().id());
      n.put("later", c.later().id());
      n.put("kind", c.kind().jsonName());
      n.put("explanation", c.explanation());
      ObjectNode ev = n.putObject("evidence");
      ArrayNode wa = ev.putArray("earlier");
      c.evidence().wordsA().forEach(wa::add);
      ArrayNode wb = ev.putArray("later");
      c.evidence().wordsB().forEach(wb::add);
    }
    ArrayNode origins = root.putArray("origins");
    for (SharedOrigin o : report.origins()) {
      ObjectNode n = origins.addObject();
      ArrayNode ids = n.putArray("articles");
      o.articleIds().forEach(ids::add);
      n.put("reason", o.reason());
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report as JSON", e);
    }
  }

  private static void putIf(ObjectNode n, String field, String value) {
    if (value != null) {
      n.put(field, value);
    }
  }

  private static void span(ObjectNode n, String prefix, Span span) {
    if (span != null) {
      n.put(prefix + "Start", span.start());
      n.put(prefix + "End", span.end());
    }
  }
}
