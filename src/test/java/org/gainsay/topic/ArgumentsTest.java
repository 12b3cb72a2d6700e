package org.gainsay.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link TopicGrouper.Arguments} counts the words two statements share, as the sets they are would. */
class ArgumentsTest {

  private static int shared(Set<String> a, Set<String> b) {
    return new TopicGrouper.Arguments(a).shared(new TopicGrouper.Arguments(b));
  }

  @Test
  void countsTheWordsInCommon() {
    assertThat(shared(Set.of("u.s.", "iraq", "operation"), Set.of("iraq", "u.s.", "coalition"))).isEqualTo(2);
    assertThat(shared(Set.of("ferry", "port"), Set.of("strike", "union"))).isZero();
    assertThat(shared(Set.of(), Set.of("port"))).isZero();
  }

  @Test
  void wordsWithOneHashCodeAreToldApart() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat(shared(Set.of("Aa", "x"), Set.of("BB", "x"))).isEqualTo(1);
    assertThat(shared(Set.of("Aa", "BB"), Set.of("BB"))).isEqualTo(1);
    assertThat(shared(Set.of("Aa", "BB"), Set.of("BB", "Aa", "C#"))).isEqualTo(2);
    assertThat(shared(Set.of("Aa"), Set.of("BB"))).isZero();
  }
}
