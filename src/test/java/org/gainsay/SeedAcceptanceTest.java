package org.gainsay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gainsay.ReportAssert.assertThatReport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gainsay.disagreement.Disagreement;
import org.gainsay.disagreement.DisagreementKind;
import org.gainsay.statement.SourceKind;
import org.gainsay.statement.Statement;
import org.gainsay.topic.Topic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The worked example: NBC News, January 2020, on joint counter-ISIS operations resuming. */
class SeedAcceptanceTest {
  static Report report;

  @BeforeAll
  static void analyse() throws IOException {
    String content = Files.readString(Path.of("examples/nbc-2020-01-15-counter-isis.txt"), StandardCharsets.UTF_8);
    int eol = content.indexOf('\n');
    Article a = Article.of("nbc", "NBC News", content.substring(0, eol).strip(), content.substring(eol + 1));
    report = TestModels.gainsay().analyze(a);
  }

  @Test
  void reportKeepsItsInvariants() {
    assertThatReport(report).isSound();
  }

  @Test
  void officialsAndKhalafDisagreeOnTheOperationsResuming() {
    Disagreement d = report.disagreements().stream()
        .filter(x -> names(x).contains("two American military officials")
            && names(x).contains("Gen. Abdulkarim Khalaf"))
        .findFirst().orElseThrow(() -> new AssertionError("pair not flagged: " + report.disagreements()));
    assertThat(d.kind()).isEqualTo(DisagreementKind.NEGATION);
    Topic topic = report.topics().stream().filter(t -> t.id().equals(d.topicId())).findFirst().orElseThrow();
    assertThat(topic.predicate()).isEqualTo("@resume");
    assertThat(d.score()).isGreaterThanOrEqualTo(0.7);
    Statement khalaf = d.a().source().name().startsWith("Gen.") ? d.a() : d.b();
    List<String> khalafWords = khalaf == d.a() ? d.evidence().wordsA() : d.evidence().wordsB();
    assertThat(khalafWords).contains("not", "active again");
    assertThat(d.explanation()).contains("Khalaf", "two American military officials", "negation");
  }

  @Test
  void sourcesAreStructured() {
    Statement officials = report.statements().stream()
        .filter(s -> s.text().startsWith("The United States has restarted")).findFirst().orElseThrow();
    assertThat(officials.source().name()).isEqualTo("two American military officials");
    assertThat(officials.source().kind()).isEqualTo(SourceKind.DESCRIBED_PERSON);
    assertThat(officials.source().count()).isEqualTo(2);
    assertThat(officials.source().affiliation()).isEqualTo("American");
    assertThat(officials.cue().text()).isEqualTo("told");
    assertThat(officials.channel()).isEqualTo("NBC News");

    Statement khalaf = report.statements().stream()
        .filter(s -> s.source().name().equals("Gen. Abdulkarim Khalaf")).findFirst().orElseThrow();
    assertThat(khalaf.source().kind()).isEqualTo(SourceKind.NAMED_PERSON);
    assertThat(khalaf.source().description()).isEqualTo("a spokesman for Iraq's armed forces");
    assertThat(khalaf.channel()).isEqualTo("the state run Iraq News agency");
    assertThat(khalaf.outlet()).isEqualTo("NBC News");
  }

  @Test
  void theOfficialsResolveToTheirFirstMention() {
    Statement s = report.statements().stream().filter(x -> x.text().startsWith("Iraq was now also interested"))
        .findFirst().orElseThrow();
    assertThat(s.source().mention()).isEqualTo("The officials");
    assertThat(s.source().name()).isEqualTo("two American military officials");
  }

  @Test
  void noSourceIsFlaggedAgainstItself() {
    for (Disagreement d : report.disagreements()) {
      assertThat(d.a().source().key()).isNotEqualTo(d.b().source().key());
    }
  }

  private static String names(Disagreement d) {
    return d.a().source().name() + " | " + d.b().source().name();
  }
}
