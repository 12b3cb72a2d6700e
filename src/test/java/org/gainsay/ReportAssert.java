package org.gainsay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;
import org.gainsay.disagreement.Disagreement;
import org.gainsay.statement.Statement;
import org.gainsay.text.Span;
import org.gainsay.topic.Topic;

/** AssertJ assertions for a {@link Report}; {@link #isSound()} checks the invariants every report must keep. */
public final class ReportAssert extends AbstractAssert<ReportAssert, Report> {

  private ReportAssert(Report actual) {
    super(actual, ReportAssert.class);
  }

  public static ReportAssert assertThatReport(Report r) {
    return new ReportAssert(r);
  }

  /** Spans inside their article, covered text equal to statement text, topics and disagreements well formed. */
  public ReportAssert isSound() {
    isNotNull();
    Map<String, Article> articles = new HashMap<>();
    actual.articles().forEach(a -> articles.put(a.id(), a));
    Map<String, Statement> byId = new HashMap<>();
    Map<String, String> cleaned = new HashMap<>();
    for (Statement s : actual.statements()) {
      assertThat(byId.put(s.id(), s)).as("statement ids are unique: %s", s.id()).isNull();
      Article a = articles.get(s.articleId());
      assertThat(a).as("article of %s", s.id()).isNotNull();
      assertThat(s.span().end()).as("span of %s inside the text", s.id()).isLessThanOrEqualTo(a.text().length());
      assertThat(s.span().length()).as("span of %s is not empty", s.id()).isPositive();
      // the text as analysed: lone surrogates as U+FFFD, HTML tags as spaces; offsets are the same as in a.text()
      String text = cleaned.computeIfAbsent(a.id(), id -> Inputs.checkText(id, a.text(), Integer.MAX_VALUE));
      assertThat(s.span().covered(text)).as("covered text of %s", s.id()).isEqualTo(s.text());
      assertThat(splitsSurrogatePair(a.text(), s.span())).as("span of %s splits a surrogate pair", s.id()).isFalse();
      if (s.source().mentionSpan() != null) {
        assertThat(s.source().mentionSpan().covered(text)).as("source mention of %s", s.id())
            .isEqualTo(s.source().mention());
      }
      if (s.cue() != null) {
        assertThat(s.cue().span().covered(text)).as("cue of %s", s.id()).isEqualTo(s.cue().text());
      }
    }
    for (Topic t : actual.topics()) {
      assertThat(t.statementIds()).as("topic %s", t.id()).hasSizeGreaterThanOrEqualTo(2);
      t.statementIds().forEach(id -> assertThat(byId).as("topic %s member", t.id()).containsKey(id));
    }
    for (Disagreement d : actual.disagreements()) {
      assertThat(d.a().source().key()).as("two sides of %s", d.explanation()).isNotEqualTo(d.b().source().key());
      assertThat(d.score()).isBetween(0.0, 1.0);
      assertThat(d.explanation()).isNotBlank();
      assertThat(actual.topics().stream().anyMatch(t -> t.id().equals(d.topicId())
          && t.statementIds().contains(d.a().id()) && t.statementIds().contains(d.b().id())))
          .as("both sides of %s are in topic %s", d.explanation(), d.topicId()).isTrue();
      assertThat(d.evidence().wordsA()).as("evidence of a").isNotEmpty();
      assertThat(d.evidence().wordsB()).as("evidence of b").isNotEmpty();
      for (Span sp : d.evidence().spansA()) {
        assertThat(d.a().span().contains(sp) || d.a().cue() != null && d.a().cue().span().equals(sp))
            .as("evidence span %s inside a or its cue", sp).isTrue();
      }
      for (Span sp : d.evidence().spansB()) {
        assertThat(d.b().span().contains(sp) || d.b().cue() != null && d.b().cue().span().equals(sp))
            .as("evidence span %s inside b or its cue", sp).isTrue();
      }
    }
    return this;
  }

  private static boolean splitsSurrogatePair(String text, Span span) {
    return cuts(text, span.start()) || cuts(text, span.end());
  }

  private static boolean cuts(String text, int at) {
    return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
        && Character.isLowSurrogate(text.charAt(at));
  }
}
