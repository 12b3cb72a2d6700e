package org.gainsay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gainsay.ReportAssert.assertThatReport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gainsay.cli.ArticleFiles;
import org.gainsay.cli.ArticleFiles.BadInputException;
import org.gainsay.eval.Csv;
import org.gainsay.eval.SickCorpus;

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

  /**
   * The bytes as CSV (the FNC-1 and Emergent loaders' format): rows, or a FormatException; a row shorter than the
   * header answers a column it lacks with an IllegalArgumentException naming the line and the column (both found by
   * fuzzing: regression/csv/).
   */
  static void csv(byte[] data) {
    String content = new String(data, StandardCharsets.UTF_8);
    try {
      Csv csv = Csv.parse(content);
      for (Csv.Row row : csv.rows()) {
        assertThat(row.fields()).isNotNull();
        for (String column : csv.header()) {
          try {
            row.get(column);
          } catch (IllegalArgumentException e) {
            // documented: the message names the column (a header name ending in a control character that strip()
            // removes is listed by header() but not found by get(): regression/csv/header-name-ending-in-control-char)
            assertThat(e.getMessage()).containsPattern("no field for column|no column");
          }
        }
      }
    } catch (Csv.FormatException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  /** The bytes as a SICK .tsv file: pairs, or an IllegalArgumentException naming the file (and line). */
  static void sick(byte[] data) {
    String content = new String(data, StandardCharsets.UTF_8);
    try {
      List<SickCorpus.Pair> pairs = SickCorpus.parse("fuzz.tsv", new java.io.BufferedReader(
          new java.io.StringReader(content)));
      assertThat(pairs).allMatch(p -> p.id() != null && p.label() != null);
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).startsWith("fuzz.tsv");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
