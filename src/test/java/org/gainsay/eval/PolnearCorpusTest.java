package org.gainsay.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.gainsay.text.Span;
import org.junit.jupiter.api.Test;

class PolnearCorpusTest {
  static final Path FIXTURE = Path.of("src/test/resources/polnear-fixture");

  static PolnearCorpus.Document bridge() throws IOException {
    List<PolnearCorpus.Document> docs = PolnearCorpus.load(FIXTURE, PolnearCorpus.Split.DEV);
    assertThat(docs).hasSize(1);
    return docs.get(0);
  }

  @Test
  void anArticleWithSeveralAnnotatorsIsReadOnceFromTheFirstFileInNameOrder() throws IOException {
    PolnearCorpus.Document d = bridge();
    assertThat(d.id()).isEqualTo("fixture_2020-01-01_bridge-reopens");
    assertThat(d.annotator()).isEqualTo("a1");
    assertThat(d.publisher()).isEqualTo("fixture");
    assertThat(d.attributions()).hasSize(3);
  }

  @Test
  void theSecondAnnotationOfAnArticleIsReadForAgreement() throws IOException {
    List<PolnearCorpus.Document> second = PolnearCorpus.loadSecondAnnotations(FIXTURE, PolnearCorpus.Split.DEV);
    assertThat(second).hasSize(1);
    assertThat(second.get(0).annotator()).isEqualTo("b2");
    assertThat(second.get(0).attributions()).hasSize(1);
    assertThat(second.get(0).text()).isEqualTo(bridge().text());
  }

  @Test
  void sourceCueAndContentAreReadAsSpansOfTheText() throws IOException {
    PolnearCorpus.Document d = bridge();
    AttributionSpans first = d.attributions().get(0);
    assertThat(first.source().get(0).covered(d.text())).isEqualTo("Mayor Tom Becker");
    assertThat(first.cue().get(0).covered(d.text())).isEqualTo("said");
    assertThat(first.content().get(0).covered(d.text())).isEqualTo("the bridge would reopen on Monday");
  }

  @Test
  void aDiscontinuousContentKeepsBothPieces() throws IOException {
    PolnearCorpus.Document d = bridge();
    List<Span> content = d.attributions().get(1).content();
    assertThat(content).hasSize(2);
    assertThat(content.get(0).covered(d.text())).isEqualTo("\u201cWe have checked every bolt,\u201d");
    assertThat(content.get(1).covered(d.text())).isEqualTo("\u201cIt is safe.\u201d");
  }

  @Test
  void anAttributionWithoutSourceHasNoSourceSpans() throws IOException {
    AttributionSpans noSource = bridge().attributions().get(2);
    assertThat(noSource.source()).isEmpty();
    assertThat(noSource.cue()).hasSize(1);
  }

  @Test
  void annotationsThatAreNoAttributionAndTheirContinuationLinesAreSkipped() {
    String text = "Ann said it rained.\nYes.";
    String ann = "T1\tDiscuss 0 24\tAnn said it rained.\nYes.\nT2\tCue 4 8\tsaid\nT3\tAttribution 4 8\tsaid\n"
        + "E1\tAttribution:T3 Cue:T2\n#1\tAnnotatorNotes T1\tnote\n";
    List<AttributionSpans> a = PolnearCorpus.parseAnnotations("x.ann", text, ann);
    assertThat(a).hasSize(1);
    assertThat(a.get(0).cue()).containsExactly(Span.of(4, 8));
    assertThat(a.get(0).content()).isEmpty();
  }

  @Test
  void aSecondContentRoleAddsToTheContent() {
    String text = "Ann said it rained and it snowed.";
    String ann = "T1\tCue 4 8\tsaid\nT2\tContent 9 18\tit rained\nT3\tContent 23 32\tit snowed\n"
        + "T4\tAttribution 4 8\tsaid\nE1\tAttribution:T4 Content2:T3 Cue:T1 Content:T2\n";
    List<AttributionSpans> a = PolnearCorpus.parseAnnotations("x.ann", text, ann);
    assertThat(a.get(0).content()).containsExactly(Span.of(9, 18), Span.of(23, 32));
  }

  @Test
  void aSpanOutsideTheTextIsRejectedNamingFileAndLine() {
    assertThatThrownBy(() -> PolnearCorpus.parseAnnotations("x.ann", "short", "T1\tCue 2 99\tsaid\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x.ann:1").hasMessageContaining("99");
  }

  @Test
  void aDirectoryWithoutTheSplitIsRejectedNamingWhatIsExpected() {
    assertThatThrownBy(() -> PolnearCorpus.load(FIXTURE, PolnearCorpus.Split.TRAIN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("train")
        .hasMessageContaining("attributions");
  }
}
