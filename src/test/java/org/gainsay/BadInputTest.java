package org.gainsay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gainsay.ReportAssert.assertThatReport;

import java.util.ArrayList;
import java.util.List;
import org.gainsay.statement.SourceKind;
import org.gainsay.text.AnalyzedText;
import org.gainsay.text.Sentence;
import org.gainsay.text.Token;
import org.junit.jupiter.api.Test;

/**
 * Each bad input of the README's "Bad input" table, with its documented outcome: a sound report (spans inside the
 * text, covered text equal to statement text, ...) or an exception whose message names the problem and the limit.
 * No timings here: the time per character of the worst inputs is measured by the JMH benchmarks.
 */
class BadInputTest {
  final Gainsay g = TestModels.gainsay();

  // ------------------------------------------------------------------ null

  @Test
  void nullArticleListIsRejectedByName() {
    assertThatThrownBy(() -> g.analyze((List<Article>) null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("articles is null");
  }

  @Test
  void nullArticleInTheListIsRejectedByName() {
    List<Article> articles = new ArrayList<>();
    articles.add(null);
    assertThatThrownBy(() -> g.analyze(articles)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("articles contains null");
  }

  @Test
  void nullArticleIsRejectedByName() {
    assertThatThrownBy(() -> g.statements(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("article is null");
  }

  @Test
  void nullTextIsRejectedNamingTheArticle() {
    assertThatThrownBy(() -> Article.of("a7", "X", "t", null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("a7");
  }

  @Test
  void nullIdIsRejected() {
    assertThatThrownBy(() -> Article.of(null, "X", "t", "text")).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("id is null");
  }

  @Test
  void nullOutletAndTitleBecomeEmpty() {
    Report r = g.analyze(new Article("n", null, null, "The minister said the port reopened.", null, null));
    assertThatReport(r).isSound();
    assertThat(r.articles().get(0).outlet()).isEmpty();
  }

  // ------------------------------------------------------------------ empty

  @Test
  void emptyTextIsRejectedNamingTheArticle() {
    assertThatThrownBy(() -> g.analyze(Article.of("a0", "X", "t", "")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a0").hasMessageContaining("empty");
  }

  @Test
  void blankTextIsRejectedNamingTheArticle() {
    assertThatThrownBy(() -> g.analyze(Article.of("a1", "X", "t", "  \n \t\u2003 ")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a1").hasMessageContaining("empty");
  }

  @Test
  void anEmptyListGivesAnEmptyReport() {
    Report r = g.analyze(List.of());
    assertThat(r.statements()).isEmpty();
    assertThat(r.topics()).isEmpty();
    assertThat(r.disagreements()).isEmpty();
  }

  @Test
  void punctuationOnlyTextGivesASoundReport() {
    Report r = g.analyze(Article.of("p", "X", "t", "... !!! ??? --- ;;;"));
    assertThatReport(r).isSound();
  }

  // ------------------------------------------------------------------ size limits

  @Test
  void aFiveMegabyteArticleIsRejectedNamingTheLimit() {
    String sentence = "The minister said the port reopened on Monday. ";
    String fiveMb = sentence.repeat(5_000_000 / sentence.length() + 1);
    assertThat(fiveMb.length()).isGreaterThan(5_000_000);
    assertThatThrownBy(() -> g.analyze(Article.of("big", "X", "t", fiveMb)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("big")
        .hasMessageContaining("maxArticleChars=2000000").hasMessageContaining(String.valueOf(fiveMb.length()));
  }

  @Test
  void textOverARaisedOrLoweredLimitIsRejectedNamingTheLimit() {
    Gainsay small = Gainsay.builder().maxArticleChars(100).build();
    assertThatThrownBy(() -> small.analyze(Article.of("big", "X", "t", "word ".repeat(50))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxArticleChars=100");
  }

  @Test
  void aLongArticleUnderTheLimitFinishesWithStatementsInsideTheText() {
    // 150,000 characters: longer than any news article, well under the default limit
    StringBuilder sb = new StringBuilder();
    List<Article> corpus = SyntheticCorpus.articles(44, 7);
    for (Article a : corpus) {
      sb.append(a.text());
    }
    String text = sb.toString();
    assertThat(text.length()).isGreaterThan(150_000);
    Report r = g.analyze(Article.of("long", "X", "t", text));
    assertThatReport(r).isSound();
    assertThat(r.statements()).hasSizeGreaterThan(1_500);
    assertThat(r.statements().get(r.statements().size() - 1).span().end()).isGreaterThan(text.length() - 500);
  }

  @Test
  void limitsOnTheBuilderRejectNonsenseByName() {
    assertThatThrownBy(() -> Gainsay.builder().maxArticleChars(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxArticleChars=0");
    assertThatThrownBy(() -> Gainsay.builder().maxSentenceTokens(5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxSentenceTokens=5");
  }

  // ------------------------------------------------------------------ long sentences and runs

  @Test
  void aFiftyThousandCharacterSentenceWithoutPunctuationIsCutIntoPiecesOfAtMostMaxSentenceTokens() {
    String words = "the minister said that the port would reopen soon and ";
    String text = words.repeat(50_000 / words.length() + 1).substring(0, 50_000);
    AnalyzedText t = g.analyzeText(Article.of("long", "X", "t", text));
    assertThat(t.sentences()).hasSizeGreaterThan(30);
    assertThat(t.sentences()).allMatch(s -> s.size() <= 250);
    assertTokensTileTheText(t, text);
    assertThatReport(g.analyze(Article.of("long", "X", "t", text))).isSound();
  }

  @Test
  void maxSentenceTokensSetsThePieceSize() {
    Gainsay small = Gainsay.builder().maxSentenceTokens(40).build();
    AnalyzedText t = small.analyzeText(Article.of("long", "X", "t", "word ".repeat(1_000)));
    assertThat(t.sentences()).hasSize(25).allMatch(s -> s.size() == 40);
  }

  @Test
  void aTwentyThousandCharacterRunWithoutSpacesIsSplitIntoShortTokens() {
    String text = "a.b,c".repeat(4_000) + " The minister said the port reopened.";
    AnalyzedText t = g.analyzeText(Article.of("run", "X", "t", text));
    assertTokensTileTheText(t, text);
    assertThat(t.sentences().stream().flatMap(s -> s.tokens().stream())).allMatch(tk -> tk.text().length() <= 100);
    Report r = g.analyze(Article.of("run", "X", "t", text));
    assertThatReport(r).isSound();
    assertThat(r.statements()).anyMatch(s -> s.text().equals("the port reopened"));
  }

  @Test
  void aSingleHundredThousandLetterWordBecomesTokensOfAtMostAHundredLetters() {
    AnalyzedText t = g.analyzeText(Article.of("w", "X", "t", "x".repeat(100_000)));
    List<Token> tokens = t.sentences().stream().flatMap(s -> s.tokens().stream()).toList();
    assertThat(tokens).hasSize(1_000).allMatch(tk -> tk.text().length() == 100);
  }

  // ------------------------------------------------------------------ encodings

  @Test
  void binaryTextIsRejected() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      sb.append((char) (i % 32));
    }
    assertThatThrownBy(() -> g.analyze(Article.of("bin", "X", "t", sb.toString())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bin").hasMessageContaining("binary");
  }

  @Test
  void bytesDecodedAsLatin1AreRejectedAsBinaryWhenMostlyControlCharacters() {
    byte[] bytes = new byte[2_000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31 % 256);
    }
    String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> g.analyze(Article.of("bin", "X", "t", text)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("looks binary");
  }

  @Test
  void aFewControlCharactersInTextBecomeSpaces() {
    String text = "The minister said\u0007 the port reopened on Monday.\u0000";
    Report r = g.analyze(Article.of("c", "X", "t", text));
    assertThatReport(r).isSound();
    assertThat(r.statements()).anyMatch(s -> s.source().name().equals("The minister")
        && s.text().equals("the port reopened on Monday"));
  }

  @Test
  void loneSurrogatesBecomeReplacementCharactersAndOffsetsHold() {
    String text = "The minister said the port \uD800 reopened on Monday. \uDC00 Officials said it was closed.";
    Report r = g.analyze(Article.of("s", "X", "t", text));
    assertThatReport(r).isSound();
    assertThat(r.statements()).hasSize(2);
    assertThat(r.statements().get(0).text()).contains("\uFFFD").doesNotContain("\uD800");
  }

  // ------------------------------------------------------------------ markup, scripts, quotes, languages

  @Test
  void markupAndUnbalancedQuotesGiveASoundReport() {
    String text = "<p>The mayor said \"the bridge will open and then</p>\n<p>Residents said it would not open.</p>";
    Report r = g.analyze(Article.of("m", "X", "t", text));
    assertThatReport(r).isSound();
    assertThat(r.statements()).anyMatch(s -> s.source().name().equals("Residents"));
    assertThat(r.statements()).allMatch(s -> s.span().end() <= text.length() && !s.text().contains("<p>"));
  }

  @Test
  void scriptsStylesAndEntitiesGiveASoundReport() {
    String text = "<html><head><script>var x = \"said\";</script></head><body><div class=\"a\">The minister "
        + "said &quot;the port reopened&quot; on Monday.</div><br/><img src=\"x.png\"></body></html>";
    Report r = g.analyze(Article.of("h", "X", "t", text));
    assertThatReport(r).isSound();
    assertThat(r.statements()).noneMatch(s -> s.text().contains("<div"));
  }

  @Test
  void rightToLeftTextAndEmojiGiveASoundReport() {
    String text = "قال وزير النقل إن الميناء أعيد فتحه يوم الاثنين. 🚢🚢 The minister said 😀 the port "
        + "reopened on Monday 👍🏽.\nהשר אמר שהנמל נפתח מחדש. \u202Eevil\u202C The union said the port was closed 🇮🇶.";
    Report r = g.analyze(Article.of("rtl", "X", "t", text));
    assertThatReport(r).isSound();
    assertThat(r.statements()).anyMatch(s -> s.source().name().equals("The minister"));
    assertThat(r.statements()).anyMatch(s -> s.source().name().equals("The union"));
  }

  @Test
  void thousandsOfQuoteMarksGiveASoundReport() {
    StringBuilder sb = new StringBuilder("The minister said \"the port reopened\" on Monday.\n");
    for (int i = 0; i < 3_000; i++) {
      sb.append(i % 3 == 0 ? "\"" : i % 3 == 1 ? "“word” " : "«").append(i % 50 == 0 ? "\n" : "");
    }
    sb.append("\nOfficials said the port was closed.");
    String text = sb.toString();
    Report r = g.analyze(Article.of("q", "X", "t", text));
    assertThatReport(r).isSound();
    assertThat(r.statements()).anyMatch(s -> s.source().name().equals("Officials"));
    assertThat(r.statements()).anyMatch(s -> s.source().name().equals("The minister"));
  }

  @Test
  void aLineOfQuoteMarksOnlyGivesASoundReport() {
    Report r = g.analyze(Article.of("q", "X", "t", "\"".repeat(20_000)));
    assertThatReport(r).isSound();
  }

  @Test
  void nonEnglishTextIsTheOutletsOwnVoice() {
    String text = "Der Minister sagte am Montag, der Hafen sei wieder geöffnet.\n"
        + "Le ministre a déclaré que le port avait rouvert lundi.\n"
        + "部长周一表示，港口已经重新开放。据官员称，港口仍然关闭。\n"
        + "Министр заявил, что порт вновь открыт.";
    Report r = g.analyze(Article.of("de", "Die Zeitung", "t", text));
    assertThatReport(r).isSound();
    assertThat(r.statements()).hasSizeGreaterThanOrEqualTo(4)
        .allMatch(s -> s.source().kind() == SourceKind.OUTLET && s.source().name().equals("Die Zeitung"));
  }

  @Test
  void duplicateIdsAreRejected() {
    Article a = Article.of("same", "X", "t", "Officials said the talks resumed.");
    assertThatThrownBy(() -> g.analyze(a, a)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same");
  }

  /** Tokens lie in order inside their sentence, sentences in order inside the text, and no token is empty. */
  private static void assertTokensTileTheText(AnalyzedText t, String text) {
    int last = 0;
    for (Sentence s : t.sentences()) {
      assertThat(s.start()).isGreaterThanOrEqualTo(last);
      for (Token tk : s.tokens()) {
        assertThat(tk.start()).isGreaterThanOrEqualTo(last);
        assertThat(tk.end()).isGreaterThan(tk.start()).isLessThanOrEqualTo(s.end());
        assertThat(text.substring(tk.start(), tk.end())).isEqualTo(tk.text());
        last = tk.end();
      }
    }
    assertThat(last).isLessThanOrEqualTo(text.length());
  }
}
