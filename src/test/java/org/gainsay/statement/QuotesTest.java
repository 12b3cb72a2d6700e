package org.gainsay.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gainsay.Article;
import org.gainsay.TestModels;
import org.gainsay.text.Span;
import org.junit.jupiter.api.Test;

/** Robustness of quote handling: each case once broke a peer tool. */
class QuotesTest {

  static List<Statement> statements(String text) {
    return TestModels.gainsay().statements(Article.of("q", "Fixture News", "t", text));
  }

  @Test
  void anOddNumberOfQuoteMarksDoesNotSwallowTheText() {
    String text = "He said \"the port is closed. The ships left on Monday, officials said.";
    assertThat(Quotes.find(text)).isEmpty();
    assertThat(statements(text)).anyMatch(s -> s.source().name().equals("officials"));
  }

  @Test
  void emptyQuotesAreNoQuote() {
    assertThat(Quotes.find("\"\"=")).isEmpty();
    assertThat(statements("\"\"= and more text here.")).hasSize(1);
  }

  @Test
  void quotesSeparatedByABlankLineStayApart() {
    String text = "\"Bob.\"\n\n\"What.\"";
    assertThat(Quotes.find(text)).containsExactly(Span.of(1, 5), Span.of(9, 14));
  }

  @Test
  void aNicknameInQuotesIsNotAStatement() {
    List<Statement> s = statements("Carlos \"The Jackal\" Ramirez was moved to another prison on Tuesday.");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).quote()).isEqualTo(QuoteType.NARRATION);
  }

  @Test
  void scareQuotesAroundOneWordAreNarration() {
    List<Statement> s = statements("The so-called \"peace\" plan was published on Friday.");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).quote()).isEqualTo(QuoteType.NARRATION);
  }

  @Test
  void aQuoteWithoutSpeakerIsAttributedToNobodyKnown() {
    List<Statement> s = statements("\"We will not leave this square until they listen to us.\"");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).quote()).isEqualTo(QuoteType.DIRECT);
    assertThat(s.get(0).source().kind()).isEqualTo(SourceKind.ANONYMOUS);
  }

  @Test
  void twoApostrophesStandForAStraightQuoteMark() {
    String text = "''We are ready,'' the captain said.";
    assertThat(Quotes.find(text)).containsExactly(Span.of(2, 15));
    Statement s = statements(text).get(0);
    assertThat(s.source().name()).isEqualTo("the captain");
    assertThat(s.quote()).isEqualTo(QuoteType.DIRECT);
    assertThat(s.text()).isEqualTo("We are ready");
  }

  @Test
  void runsOfThreeApostrophesAndPossessivesAreNoQuoteMarks() {
    assertThat(Quotes.find("It's the '''best''' season of the players' lives.")).isEmpty();
  }

  @Test
  void aCueInsideTwoApostropheQuotesIsNotTheAttribution() {
    Statement s = statements("''I think the vote was rigged,'' the senator said.").get(0);
    assertThat(s.source().name()).isEqualTo("the senator");
    assertThat(s.cue().lemma()).isEqualTo("say");
  }

  @Test
  void straightCurlyAndGuillemetMarksAreAllQuotes() {
    for (String[] marks : new String[][] {{"\"", "\""}, {"\u201C", "\u201D"}, {"\u00AB", "\u00BB"}}) {
      String text = marks[0] + "The dam will hold," + marks[1] + " engineer Lena Fischer said.";
      Statement s = statements(text).get(0);
      assertThat(s.source().name()).as("with %s", marks[0]).isEqualTo("Lena Fischer");
      assertThat(s.quote()).as("with %s", marks[0]).isEqualTo(QuoteType.DIRECT);
    }
  }

  @Test
  void aClosingMarkThatOpensAWordOpensAQuote() {
    // reader comments often open with the wrong curly mark: ”Mr. ... ” ― Name
    String text = "The debate ended late on Tuesday.\n\n"
        + "\u201dMr. Okafor sounded tired. He did not answer the question.\u201d \u2015 Lena Brandt";
    int open = text.indexOf("Mr.");
    assertThat(Quotes.find(text)).containsExactly(Span.of(open, text.indexOf("question.") + 9));
    List<Statement> s = statements(text).stream().filter(x -> x.cue() != null).toList();
    assertThat(s).extracting(Statement::text)
        .containsExactly("Mr. Okafor sounded tired", "He did not answer the question");
    assertThat(s).allMatch(x -> x.source().name().equals("Lena Brandt"));
  }
}
