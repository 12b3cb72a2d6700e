package org.gainsay.bench;

import java.util.concurrent.TimeUnit;
import org.gainsay.Article;
import org.gainsay.Gainsay;
import org.gainsay.Report;
import org.gainsay.SyntheticCorpus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per character of the full analysis of one article made of bad input, at two lengths: if the time at 4x the
 * length is about 4x the time, the input costs time linear in its length (no quadratic loop). The kinds are the README's
 * "Bad input" table, plus ordinary news text as the reference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class AdversarialBenchmark {
  @Param({"news", "noPunctuation", "noSpaces", "quoteMarks", "html", "rtlAndEmoji", "nonEnglish", "attributions"})
  public String kind;

  @Param({"25000", "100000"})
  public int chars;

  Gainsay gainsay;
  Article article;

  @Setup(Level.Trial)
  public void setUp() {
    gainsay = Gainsay.builder().build();
    article = Article.of("adv", "Outlet", "", text(kind, chars));
  }

  @Benchmark
  public Report analyze() {
    return gainsay.analyze(article);
  }

  static String text(String kind, int chars) {
    StringBuilder sb = new StringBuilder(chars + 200);
    int i = 0;
    while (sb.length() < chars) {
      switch (kind) {
        case "news" -> sb.append(SyntheticCorpus.article(i, 3).text());
        case "noPunctuation" -> sb.append("the minister said that the port would reopen soon and officials ");
        case "noSpaces" -> sb.append("a.b,c\"d'e(f)g-h/i:j");
        case "quoteMarks" -> sb.append(i % 7 == 0 ? "\n" : "").append("\"“word” «a» \"").append(i % 3 == 0 ? "b " : "");
        case "html" -> sb.append("<p class=\"x\">The minister <b>said</b> the port <a href=\"/y\">reopened</a>.</p>"
            + "<script>var said = \"no\";</script>\n");
        case "rtlAndEmoji" -> sb.append("قال وزير النقل إن الميناء أعيد فتحه. 🚢🚢 The minister said 😀 the port "
            + "reopened 👍🏽. השר אמר שהנמל נפתח מחדש. \u202Eevil\u202C 🇮🇶\n");
        case "nonEnglish" -> sb.append("Der Minister sagte am Montag, der Hafen sei wieder geöffnet. 部长周一表示，港口已经"
            + "重新开放。Le ministre a déclaré que le port avait rouvert lundi.\n");
        case "attributions" -> sb.append("The ministry said the port reopened. It said ships docked. He said no. "
            + "Officials told Reuters they disagreed. The officials said it was closed, according to Khalaf.\n");
        default -> throw new IllegalArgumentException("no kind " + kind);
      }
      i++;
    }
    return sb.substring(0, chars);
  }
}
