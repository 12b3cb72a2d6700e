package org.gainsay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gainsay.ReportAssert.assertThatReport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gainsay.cli.ArticleFiles;
import org.gainsay.cli.ArticleFiles.BadInputException;

/**
 * What the fuzz tests ({@link GainsayFuzzTest}) and the regression test ({@link FuzzRegressionTest}) run on one input:
 * the input is analysed or parsed, and the outcome must be a sound result or a documented rejection, never another
 * exception.
 */
final class FuzzTargets {
  /** The messages of the documented {@link IllegalArgumentException}s for bad article text. */
  static final Pattern DOCUMENTED = Pattern.compile("has empty text|more than maxArticleChars=|looks binary");

  private static final String[] OUTLETS = {"Outlet A", "Outlet B", "", "Outlet D"};

  private FuzzTargets() {}

  /**
   * The bytes as UTF-8 (malformed sequences become U+FFFD; U+0001 and U+0002 become a lone high and low surrogate,
   * which no decoder gives), split at form feeds into up to four articles of different outlets, analysed together: a
   * sound report, or a documented rejection of one article's text.
   */
  static void analyze(byte[] data) {
    String all = new String(data, StandardCharsets.UTF_8).replace('\u0001', '\uD800').replace('\u0002', '\uDC00');
    String[] parts = all.split("\f", 4);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      articles.add(Article.of("f" + i, OUTLETS[i], "", parts[i]));
    }
    Report report;
    try {
      report = TestModels.gainsay().analyze(articles);
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).as("an undocumented IllegalArgumentException").containsPattern(DOCUMENTED);
      return;
    }
    assertThatReport(report).isSound();
  }

  /** The bytes as a .jsonl file: articles with an id and a text each, or a BadInputException naming the file. */
  static void jsonl(byte[] data) {
    String content = new String(data, StandardCharsets.UTF_8);
    try {
      for (Article a : ArticleFiles.parseJsonl("fuzz.jsonl", content)) {
        assertThat(a.id()).isNotBlank();
        assertThat(a.text()).isNotBlank();
        assertThat(a.outlet()).isNotNull();
      }
    } catch (BadInputException e) {
      assertThat(e.getMessage()).startsWith("fuzz.jsonl");
    }
  }

  /** The bytes as a .txt file: a title and a text, or a BadInputException naming the file. */
  static void txt(byte[] data) {
    String content = new String(data, StandardCharsets.UTF_8);
    try {
      Article a = ArticleFiles.parseTxt("fuzz.txt", "fuzz", "Outlet", content);
      assertThat(a.text()).isNotBlank();
      assertThat(a.title()).doesNotContain("\n");
    } catch (BadInputException e) {
      assertThat(e.getMessage()).startsWith("fuzz.txt");
    }
  }
}
