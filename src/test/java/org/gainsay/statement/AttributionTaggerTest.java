package org.gainsay.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.atIndex;
import static org.gainsay.statement.AttributionTagger.B_CONTENT;
import static org.gainsay.statement.AttributionTagger.B_CUE;
import static org.gainsay.statement.AttributionTagger.B_SOURCE;
import static org.gainsay.statement.AttributionTagger.I_CONTENT;
import static org.gainsay.statement.AttributionTagger.I_SOURCE;
import static org.gainsay.statement.AttributionTagger.O;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gainsay.Article;
import org.gainsay.TestModels;
import org.gainsay.text.Token;
import org.junit.jupiter.api.Test;

/** The trained attribution tagger: decoding, training on invented sentences, the model file, the bundled model. */
class AttributionTaggerTest {

  /** "Name mocked the plan of the mayor ." with tags; the cue verb is not in the lexicon. */
  private static AttributionTagger.Input sentence(String name, String verb, String object) {
    List<Token> tk = new ArrayList<>();
    int at = 0;
    String[][] words = {{name, "PROPN", name.toLowerCase()}, {verb, "VERB", verb.replaceAll("ed$", "")},
        {"the", "DET", "the"}, {object, "NOUN", object}, {"of", "ADP", "of"}, {"the", "DET", "the"},
        {"mayor", "NOUN", "mayor"}, {".", "PUNCT", "."}};
    for (String[] w : words) {
      tk.add(new Token(w[0], at, at + w[0].length(), w[1], w[2]));
      at += w[0].length() + 1;
    }
    int n = tk.size();
    return new AttributionTagger.Input(tk, new boolean[n], new byte[n], new boolean[n], new byte[n], new int[n]);
  }

  private static final int[] GOLD = {B_SOURCE, B_CUE, B_CONTENT, I_CONTENT, I_CONTENT, I_CONTENT, I_CONTENT, O};
  private static final int[] NONE = new int[GOLD.length];

  private static AttributionTagger trained() {
    return AttributionTagger.Trainer.train(examples(), 10, 1, 7L, line -> { });
  }

  private static List<AttributionTagger.Trainer.Example> examples() {
    List<AttributionTagger.Trainer.Example> ex = new ArrayList<>();
    String[] names = {"Smith", "Jones", "Brown", "Garcia", "Novak", "Okafor"};
    String[] verbs = {"mocked", "ridiculed", "lampooned"};
    String[] other = {"visited", "cleaned", "painted"};
    String[] objects = {"plan", "budget", "speech", "record"};
    for (String n : names) {
      for (int v = 0; v < verbs.length; v++) {
        for (String o : objects) {
          ex.add(new AttributionTagger.Trainer.Example(sentence(n, verbs[v], o), GOLD));
          ex.add(new AttributionTagger.Trainer.Example(sentence(n, other[v], o), NONE));
        }
      }
    }
    return ex;
  }

  private static byte[] bytes(AttributionTagger t) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    t.write(out);
    return out.toByteArray();
  }

  @Test
  void averagedRunsTagLikeOneAndAreDeterministic() throws IOException {
    AttributionTagger one = AttributionTagger.Trainer.trainAveraged(examples(), 10, 1, 7L, 1, line -> { });
    assertThat(bytes(one)).as("one run is plain training").isEqualTo(bytes(trained()));
    AttributionTagger three = AttributionTagger.Trainer.trainAveraged(examples(), 10, 1, 7L, 3, line -> { });
    assertThat(bytes(three)).isEqualTo(
        bytes(AttributionTagger.Trainer.trainAveraged(examples(), 10, 1, 7L, 3, line -> { })));
    assertThat(bytes(three)).isNotEqualTo(bytes(one));
    assertThat(three.tag(sentence("Lindqvist", "lampooned", "tax"))).containsExactly(GOLD);
    assertThat(three.tag(sentence("Lindqvist", "cleaned", "tax"))).containsExactly(NONE);
  }

  @Test
  void learnsAnAttributionFromInventedSentencesAndTagsANewOne() {
    AttributionTagger t = trained();
    int[] tags = t.tag(sentence("Lindqvist", "mocked", "tax"));
    assertThat(tags).as(java.util.Arrays.toString(tags)).containsExactly(GOLD);
    int[] narration = t.tag(sentence("Lindqvist", "painted", "tax"));
    assertThat(narration).as(java.util.Arrays.toString(narration)).containsExactly(NONE);
  }

  @Test
  void theModelFileRoundTripsToTheSameTagsAndTheSameBytes() throws IOException {
    AttributionTagger t = trained();
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    t.write(a);
    AttributionTagger back = AttributionTagger.read(new ByteArrayInputStream(a.toByteArray()));
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    back.write(b);
    assertThat(b.toByteArray()).isEqualTo(a.toByteArray());
    assertThat(back.features()).isEqualTo(t.features());
    AttributionTagger.Input in = sentence("Ferreira", "ridiculed", "budget");
    assertThat(back.tag(in)).containsExactly(t.tag(in));
  }

  @Test
  void aFileThatIsNoModelIsRefusedWithAMessageSayingWhatToDo() {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(a)) {
      gz.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> AttributionTagger.read(new ByteArrayInputStream(a.toByteArray())))
        .isInstanceOf(IOException.class).hasMessageContaining("retrain it with gainsay train attribution");
  }

  @Test
  void aTruncatedModelIsRefusedNotHalfRead() throws IOException {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    trained().write(a);
    byte[] whole = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(a.toByteArray())).readAllBytes();
    ByteArrayOutputStream cut = new ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(cut)) {
      gz.write(whole, 0, whole.length - 9);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> AttributionTagger.read(new ByteArrayInputStream(cut.toByteArray())))
        .isInstanceOf(IOException.class).hasMessageContaining("retrain it with gainsay train attribution");
  }

  @Test
  void decodingNeverOpensASpanWithAnInsideLabel() {
    // scores that favour I_SOURCE everywhere: Viterbi must still begin the span with B_SOURCE
    float[][] score = new float[4][AttributionTagger.LABELS];
    for (float[] s : score) {
      s[I_SOURCE] = 5;
      s[B_SOURCE] = 1;
    }
    int[] tags = AttributionTagger.viterbi(score, new float[AttributionTagger.LABELS + 1][AttributionTagger.LABELS]);
    assertThat(tags).containsExactly(B_SOURCE, I_SOURCE, I_SOURCE, I_SOURCE);
  }

  @Test
  void theBundledTaggerAddsCuesTheLexiconLacksWithAnUnknownWeakenedStance() {
    List<Statement> s = TestModels.gainsay().statements(Article.of("t", "The Daily Fixture", "",
        "Senator Maria Ortega made it clear that the harbour would stay open at night.\n\n"
            + "Senator Maria Ortega voted against the harbour bill last week."));
    assertThat(s).hasSize(2).allSatisfy(st -> {
      assertThat(st.cue()).isNotNull();
      assertThat(st.source().name()).endsWith("Maria Ortega");
    });
    // "made it clear" is a rule of its own now (ASSERT); "voted against" only the tagger reads
    assertThat(s.get(0).cue().text()).isEqualTo("made it clear");
    assertThat(s.get(0).cue().stance()).isEqualTo(CueStance.ASSERT);
    assertThat(s.get(0).text()).isEqualTo("the harbour would stay open at night"); // without "that"
    assertThat(s.get(1).cue().text()).isEqualTo("voted against");
    assertThat(s.get(1).cue().stance()).isEqualTo(CueStance.OTHER);
    assertThat(s.get(1).cue().effect()).isEqualTo(CueStance.Effect.WEAKEN);
    assertThat(s.get(1).text()).startsWith("the harbour bill");
  }

  @Test
  void aLearnedParticipleCueSharesTheSubjectOfTheClauseItHangsOn() {
    List<Statement> s = TestModels.gainsay().statements(Article.of("t", "The Daily Fixture", "",
        "Okafor greatly admires the mayor as a \u201Ctireless worker,\u201D likening her to the founders of the "
            + "port."));
    List<String> read = s.stream().map(st -> st.source().name() + " | " + st.cue().text()).toList();
    assertThat(read).hasSize(2).contains("Okafor | likening", atIndex(1));
    // the model may widen the first cue ("admires the mayor as"), as PolNeAR sometimes marks it
    assertThat(read.get(0)).startsWith("Okafor | greatly admires");
    assertThat(s.get(1).text()).isEqualTo("her to the founders of the port");
  }

  @Test
  void aSourceAndCueTheTaggerReadsInsideARuleFramesContentEndThatContent() {
    List<Statement> s = TestModels.gainsay().statements(Article.of("t", "The Daily Fixture", "",
        "Most riders say the night ferry is punctual, although only a third said so in March."));
    assertThat(s).extracting(st -> st.source().name() + " | " + st.cue().text() + " | " + st.text()).containsExactly(
        "Most riders | say | the night ferry is punctual", "only a third | said | so in March");
  }

  @Test
  void aCueReadAfterAndEndsTheContentBeforeItAndKeepsTheSpeaker() {
    List<Statement> s = TestModels.gainsay().statements(Article.of("t", "The Daily Fixture", "",
        "Mayor Ana Brkic said she would order a review of the ferry engines and warned that cheap repairs by "
            + "outside firms would not last. Mayor Ana Brkic said she would order a review of the ferry engines and "
            + "criticized cheap repairs by outside firms."));
    assertThat(s).extracting(st -> st.source().name() + " | " + st.cue().text() + " | " + st.text()).startsWith(
        "Mayor Ana Brkic | said | she would order a review of the ferry engines",
        "Mayor Ana Brkic | warned | cheap repairs by outside firms would not last",
        "Mayor Ana Brkic | said | she would order a review of the ferry engines");
    // whether "criticized" is read as a cue is the model's call (PolNeAR marks some such acts, not all); if it is, it
    // is the mayor's, and it is no part of what she said
    assertThat(s.subList(3, s.size())).allSatisfy(st -> {
      assertThat(st.source().name()).isEqualTo("Mayor Ana Brkic");
      assertThat(st.text()).isEqualTo("cheap repairs by outside firms");
    });
  }

  @Test
  void withoutTheTaggerTheSameSentencesAreTheOutletsNarration() throws IOException {
    StatementExtractor rules = new StatementExtractor(CueLexicon.load());
    org.gainsay.text.AnalyzedText text = TestModels.gainsay().analyzeText(Article.of("t", "The Daily Fixture", "",
        "Senator Maria Ortega voted against the harbour bill last week."));
    assertThat(rules.extract(text)).singleElement().satisfies(st -> assertThat(st.cue()).isNull());
  }
}
