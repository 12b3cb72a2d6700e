package org.gainsay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gainsay.statement.Statement;
import org.junit.jupiter.api.Test;

class BadInputTest {
  final Gainsay g = TestModels.gainsay();

  @Test
  void nullArticleListIsRejectedByName() {
    assertThatThrownBy(() -> g.analyze((List<Article>) null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("articles is null");
  }

  @Test
  void nullTextIsRejectedNamingTheArticle() {
    assertThatThrownBy(() -> Article.of("a7", "X", "t", null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("a7");
  }

  @Test
  void emptyTextIsRejectedNamingTheArticle() {
    assertThatThrownBy(() -> g.analyze(Article.of("a1", "X", "t", "  \n ")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a1").hasMessageContaining("empty");
  }

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
  void textOverTheLimitIsRejectedNamingTheLimit() {
    Gainsay small = Gainsay.builder().maxArticleChars(100).build();
    assertThatThrownBy(() -> small.analyze(Article.of("big", "X", "t", "word ".repeat(50))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxArticleChars=100");
  }

  @Test
  void duplicateIdsAreRejected() {
    Article a = Article.of("same", "X", "t", "Officials said the talks resumed.");
    assertThatThrownBy(() -> g.analyze(a, a)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same");
  }

  @Test
  void loneSurrogatesBecomeReplacementCharactersAndOffsetsHold() {
    String text = "The minister said \uD800 the port reopened on Monday.";
    Report r = g.analyze(Article.of("s", "X", "t", text));
    assertThat(r.statements()).isNotEmpty();
    for (Statement s : r.statements()) {
      assertThat(s.span().end()).isLessThanOrEqualTo(text.length());
    }
  }

  @Test
  void markupAndUnbalancedQuotesGiveASoundReport() {
    String text = "<p>The mayor said \"the bridge will open and then</p>\n<p>Residents said it would not open.</p>";
    Report r = g.analyze(Article.of("m", "X", "t", text));
    assertThat(r.statements()).anyMatch(s -> s.source().name().equals("Residents"));
    assertThat(r.statements()).allMatch(s -> s.span().end() <= text.length() && !s.text().contains("<p>"));
  }
}
