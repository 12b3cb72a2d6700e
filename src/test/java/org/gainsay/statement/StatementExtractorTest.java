package org.gainsay.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gainsay.Article;
import org.gainsay.TestModels;
import org.junit.jupiter.api.Test;

class StatementExtractorTest {

  static List<Statement> statements(String text) {
    return TestModels.gainsay().statements(Article.of("a", "The Daily Fixture", "t", text));
  }

  static Statement only(String text) {
    List<Statement> s = statements(text);
    assertThat(s).hasSize(1);
    return s.get(0);
  }

  @Test
  void xSaidThatY() {
    Statement s = only("The defense minister said that the border crossing would reopen on Monday.");
    assertThat(s.source().name()).isEqualTo("The defense minister");
    assertThat(s.source().kind()).isEqualTo(SourceKind.DESCRIBED_PERSON);
    assertThat(s.cue().text()).isEqualTo("said");
    assertThat(s.text()).isEqualTo("the border crossing would reopen on Monday");
    assertThat(s.quote()).isEqualTo(QuoteType.INDIRECT);
  }

  @Test
  void yCommaXSaid() {
    Statement s = only("The border crossing will reopen on Monday, Maria Lopez said.");
    assertThat(s.source().name()).isEqualTo("Maria Lopez");
    assertThat(s.source().kind()).isEqualTo(SourceKind.NAMED_PERSON);
    assertThat(s.text()).isEqualTo("The border crossing will reopen on Monday");
  }

  @Test
  void directQuoteThenSaidX() {
    Statement s = only("\u201CWe will reopen the crossing on Monday,\u201D said Maria Lopez.");
    assertThat(s.source().name()).isEqualTo("Maria Lopez");
    assertThat(s.quote()).isEqualTo(QuoteType.DIRECT);
    assertThat(s.text()).isEqualTo("We will reopen the crossing on Monday");
  }

  @Test
  void accordingToXAtTheStartAndAtTheEnd() {
    Statement first = only("According to the health ministry, 34 people died in the floods.");
    assertThat(first.source().name()).isEqualTo("the health ministry");
    assertThat(first.source().kind()).isEqualTo(SourceKind.ORGANIZATION);
    assertThat(first.cue().text()).isEqualTo("According to");
    assertThat(first.text()).isEqualTo("34 people died in the floods");
    Statement last = only("Thirty-four people died in the floods, according to the health ministry.");
    assertThat(last.source().name()).isEqualTo("the health ministry");
    assertThat(last.text()).isEqualTo("Thirty-four people died in the floods");
  }

  @Test
  void toldKeepsTheChannelApartFromTheOutlet() {
    Statement s = only("Colonel Ahmed Rahimi told the state-run Iraqi News Agency that the convoy had arrived.");
    assertThat(s.source().name()).isEqualTo("Colonel Ahmed Rahimi");
    assertThat(s.channel()).isEqualTo("the state-run Iraqi News Agency");
    assertThat(s.outlet()).isEqualTo("The Daily Fixture");
    assertThat(s.text()).isEqualTo("the convoy had arrived");
  }

  @Test
  void denialCueFlipsTheClaim() {
    Statement s = only("The ministry denied that the convoy had been attacked.");
    assertThat(s.cue().stance()).isEqualTo(CueStance.DENY);
    assertThat(s.isDenial()).isTrue();
    assertThat(s.text()).isEqualTo("the convoy had been attacked");
  }

  @Test
  void heSaidResolvesToTheLastNamedPerson() {
    List<Statement> s = statements("Mayor Tom Becker said the bridge was safe. He said repairs would end in May.");
    assertThat(s).hasSize(2);
    assertThat(s.get(1).source().name()).isEqualTo("Mayor Tom Becker");
    assertThat(s.get(1).source().mention()).isEqualTo("He");
  }

  @Test
  void surnameResolvesToTheFullName() {
    List<Statement> s = statements(
        "Mayor Tom Becker said the bridge was safe.\nBecker said repairs would end in May.");
    assertThat(s.get(1).source().name()).isEqualTo("Mayor Tom Becker");
  }

  @Test
  void appositionIsKeptAsDescription() {
    Statement s = only("Anna Berg, a spokeswoman for the port authority, said the ships had left.");
    assertThat(s.source().name()).isEqualTo("Anna Berg");
    assertThat(s.source().description()).isEqualTo("a spokeswoman for the port authority");
    assertThat(s.source().affiliation()).isEqualTo("the port authority");
  }

  @Test
  void unattributedSentencesBelongToTheOutlet() {
    Statement s = only("The bridge was closed for three days.");
    assertThat(s.source().kind()).isEqualTo(SourceKind.OUTLET);
    assertThat(s.source().name()).isEqualTo("The Daily Fixture");
    assertThat(s.quote()).isEqualTo(QuoteType.NARRATION);
    assertThat(s.cue()).isNull();
  }

  @Test
  void anonymousSourcesAreAnonymous() {
    Statement s = only("A source familiar with the talks said the deal was close.");
    assertThat(s.source().kind()).isEqualTo(SourceKind.ANONYMOUS);
  }

  @Test
  void documentsAreSources() {
    Statement s = only("The report said that emissions rose by 4 percent last year.");
    assertThat(s.source().kind()).isEqualTo(SourceKind.DOCUMENT);
  }

  @Test
  void hedgedContentIsMarkedAsNoClaim() {
    Statement s = only("Officials said it was not clear whether the ferry strike would end.");
    assertThat(s.isClaim()).isFalse();
    assertThat(s.hedge()).isEqualTo("not clear whether");
  }

  @Test
  void colonIntroducedQuoteInTheNextParagraph() {
    List<Statement> s = statements("The governor said:\n\"We are not going to close the schools this year.\"");
    Statement quote = s.get(s.size() - 1);
    assertThat(quote.source().name()).isEqualTo("The governor");
    assertThat(quote.quote()).isEqualTo(QuoteType.DIRECT);
  }

  @Test
  void quoteOverSeveralParagraphsKeepsItsSpeaker() {
    List<Statement> s = statements("\"The schools stay open,\" Governor Ana Ruiz said. \"We have the staff.\n"
        + "\"And we have the money to pay them.\"");
    assertThat(s).allMatch(x -> x.source().name().equals("Governor Ana Ruiz"));
  }
}
