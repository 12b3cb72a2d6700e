package org.gainsay.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void quotedFieldsKeepCommasLineBreaksAndDoubledQuotes() throws Exception {
    Csv csv = Csv.parse("id,text\n1,\"one, two\nthree \"\"four\"\"\"\n2,plain\n");
    assertThat(csv.header()).containsExactly("id", "text");
    assertThat(csv.rows()).hasSize(2);
    assertThat(csv.rows().get(0).get("text")).isEqualTo("one, two\nthree \"four\"");
    assertThat(csv.rows().get(1).get("text")).isEqualTo("plain");
  }

  @Test
  void rowsKnowTheLineTheyStartOn() throws Exception {
    Csv csv = Csv.parse("id,text\n1,\"a\nb\nc\"\n2,d\n");
    assertThat(csv.rows().get(1).line()).isEqualTo(5);
  }

  @Test
  void crlfLineEndsByteOrderMarkAndEmptyFieldsAreRead() throws Exception {
    Csv csv = Csv.parse("\uFEFFa,b,c\r\n1,,\"\"\r\n");
    assertThat(csv.header()).containsExactly("a", "b", "c");
    assertThat(csv.rows().get(0).fields()).containsExactly("1", "", "");
  }

  @Test
  void blankLinesBetweenRecordsAreSkipped() throws Exception {
    assertThat(Csv.parse("a\n1\n\n2\n").rows()).hasSize(2);
  }

  @Test
  void anUnclosedQuoteIsAnErrorNamingTheLineItOpensOn() {
    assertThatThrownBy(() -> Csv.parse("a,b\n1,2\n3,\"never closed\n\n"))
        .isInstanceOf(Csv.FormatException.class).hasMessageContaining("line 3").hasMessageContaining("never closed");
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsAnError() {
    assertThatThrownBy(() -> Csv.parse("a\nsay \"hi\"\n"))
        .isInstanceOf(Csv.FormatException.class).hasMessageContaining("line 2");
  }

  @Test
  void askingForAMissingColumnNamesTheColumns() throws Exception {
    Csv csv = Csv.parse("a,b\n1,2\n");
    assertThatThrownBy(() -> csv.rows().get(0).get("c")).hasMessageContaining("no column c");
  }
}
