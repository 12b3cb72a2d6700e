package org.gainsay.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gainsay.Article;
import org.gainsay.Gainsay;
import org.gainsay.TestModels;
import org.gainsay.statement.CueStance;
import org.gainsay.statement.Statement;
import org.junit.jupiter.api.Test;

/** The stance stage through the facade, with the shipped model, on invented articles read as a careful reader would. */
class StanceTest {
  static final String CLAIM = "Zorvia's president Mateo Lind resigned after the bridge scandal";
  static final String ASSERTS = "Mateo Lind, the president of Zorvia, resigned on Tuesday after weeks of pressure "
      + "over the bridge scandal. Lind announced his resignation in a televised address. The parliament will choose "
      + "a successor next month.";
  static final String HEDGES = "Zorvia's president Mateo Lind may have resigned after the bridge scandal, according "
      + "to unconfirmed reports. It is not clear whether the resignation is final, and Lind's office declined to "
      + "comment.";
  static final String SOURCE_DENIES = "Mateo Lind denied on Tuesday that he had resigned as president of Zorvia over "
      + "the bridge scandal. Lind told reporters that the reports of his resignation were false.";
  static final String OUTLET_REFUTES = "The story that Zorvia's president Mateo Lind resigned after the bridge scandal "
      + "is a hoax. Lind has not resigned. He chaired a cabinet meeting on Wednesday.";
  static final String OTHER_TOPIC = "The city council of Port Amsel approved a new budget for schools on Wednesday. "
      + "The plan adds money for teachers and libraries. Council members voted eight to one in favour of the plan.";

  static Stance stance(String body) {
    return TestModels.gainsay().stance(Article.of("a", "Zorvia Times", "", body), CLAIM);
  }

  @Test
  void anArticleThatReportsTheClaimAsFactAgrees() {
    Stance s = stance(ASSERTS);
    assertThat(s.label()).isEqualTo(StanceLabel.AGREE);
    assertThat(s.evidence()).isNotEmpty();
    assertThat(s.evidence().get(0).text()).contains("resigned");
  }

  @Test
  void anArticleThatHedgesDiscusses() {
    Stance s = stance(HEDGES);
    assertThat(s.label()).isEqualTo(StanceLabel.DISCUSS);
    assertThat(s.evidence()).anyMatch(e -> e.hedge() != null);
  }

  @Test
  void aSourcesDenialIsNotAgreementAndIsTheEvidence() {
    Stance s = stance(SOURCE_DENIES);
    assertThat(s.label()).isIn(StanceLabel.DISCUSS, StanceLabel.DISAGREE);
    Statement first = s.evidence().get(0);
    assertThat(first.isDenial()).isTrue();
    assertThat(first.cue().stance()).isEqualTo(CueStance.DENY);
    assertThat(first.source().name()).isEqualTo("Mateo Lind");
  }

  @Test
  void anArticleThatCallsTheClaimAHoaxAndNegatesItDisagrees() {
    Stance s = stance(OUTLET_REFUTES);
    assertThat(s.label()).isEqualTo(StanceLabel.DISAGREE);
    assertThat(s.reason()).contains("outlet itself");
    assertThat(s.evidence()).extracting(Statement::text).anyMatch(t -> t.contains("not resigned"));
  }

  @Test
  void anArticleAboutSomethingElseIsUnrelatedWithoutEvidence() {
    Stance s = stance(OTHER_TOPIC);
    assertThat(s.label()).isEqualTo(StanceLabel.UNRELATED);
    assertThat(s.evidence()).isEmpty();
    assertThat(s.score()).isGreaterThan(0.5);
  }

  @Test
  void probabilitiesCoverEveryLabelAndSumToOne() {
    Stance s = stance(ASSERTS);
    assertThat(s.probabilities()).containsOnlyKeys(StanceLabel.values());
    assertThat(s.probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(s.score()).isEqualTo(s.probabilities().get(s.label()));
  }

  @Test
  void aBodyReadOnceGivesTheSameStancesAsReadingItEachTime() {
    Gainsay g = TestModels.gainsay();
    Article a = Article.of("a", "", "", HEDGES);
    StanceBody body = g.stanceBody(a);
    for (String claim : List.of(CLAIM, "Port Amsel approved a school budget", "Lind is still president")) {
      assertThat(g.stance(body, claim)).isEqualTo(g.stance(a, claim));
      assertThat(g.stance(body, g.stanceClaim(claim))).isEqualTo(g.stance(a, claim));
    }
    assertThat(body.statements()).hasSize(2);
  }

  @Test
  void aBlankClaimIsRejectedWithWhatToGive() {
    assertThatThrownBy(() -> TestModels.gainsay().stance(Article.of("a", "", "", ASSERTS), "  "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("claim is blank");
  }

  @Test
  void theRulesNeedNoTrainingAndReadTheSameCases() {
    Gainsay rules = Gainsay.builder().stanceModel(StanceModel.rules()).build();
    assertThat(rules.stance(Article.of("a", "", "", ASSERTS), CLAIM).label()).isEqualTo(StanceLabel.AGREE);
    assertThat(rules.stance(Article.of("a", "", "", HEDGES), CLAIM).label()).isEqualTo(StanceLabel.DISCUSS);
    assertThat(rules.stance(Article.of("a", "", "", OTHER_TOPIC), CLAIM).label()).isEqualTo(StanceLabel.UNRELATED);
  }

  @Test
  void oneGainsayScoresStancesFromManyThreadsAlike() throws Exception {
    Gainsay g = TestModels.gainsay();
    StanceBody body = g.stanceBody(Article.of("a", "", "", SOURCE_DENIES));
    Stance expected = g.stance(body, CLAIM);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Stance>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> g.stance(body, CLAIM)));
      }
      for (Future<Stance> f : runs) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
