package org.gainsay.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gainsay.nlp.WordNet.WordClass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** WordNet's memos give the dictionary's answers, whatever the case of the word and however many threads ask. */
class WordNetTest {
  static WordNet wordNet;

  @BeforeAll
  static void load() throws IOException {
    wordNet = WordNet.load();
  }

  @Test
  void aWordInCapitalsGetsTheAnswersOfItsLowerCase() {
    assertThat(wordNet.baseForm("Resumed", WordClass.VERB)).isEqualTo("resume");
    assertThat(wordNet.baseForm("resumed", WordClass.VERB)).isEqualTo("resume");
    assertThat(wordNet.antonyms("RISE", WordClass.VERB)).isEqualTo(wordNet.antonyms("rise", WordClass.VERB))
        .contains("fall");
    assertThat(wordNet.broader("Guitar", WordClass.NOUN)).isEqualTo(wordNet.broader("guitar", WordClass.NOUN))
        .contains("instrument");
  }

  @Test
  void theDomainOfAWordIsTheLexicographerFileOfItsFirstSense() {
    assertThat(wordNet.domain("say", WordClass.VERB)).isEqualTo(32); // verb.communication
    assertThat(wordNet.domain("Scold", WordClass.VERB)).isEqualTo(32);
    assertThat(wordNet.domain("believe", WordClass.VERB)).isEqualTo(31); // verb.cognition
    assertThat(wordNet.domain("statement", WordClass.NOUN)).isEqualTo(10); // noun.communication
    assertThat(wordNet.domain("ferry", WordClass.NOUN)).isEqualTo(6); // noun.artifact
    assertThat(wordNet.domain("xqzzy", WordClass.VERB)).isEqualTo(-1);
  }

  @Test
  void askingAgainGivesTheSameAnswer() {
    assertThat(wordNet.related("resumption", WordClass.NOUN)).contains("resume")
        .isEqualTo(wordNet.related("resumption", WordClass.NOUN));
    assertThat(wordNet.baseForm("xqzzy", WordClass.NOUN)).isEqualTo("xqzzy");
  }

  /**
   * extJWNL loads synsets lazily into shared caches and is not safe to read from two threads at once: without a lock
   * on misses, a thread here would now and then get no broader words for "troops" (it saw a synset still being read).
   */
  @Test
  void eightThreadsAskingAtOnceGetWhatOneThreadGetsFromAnotherWordNet() throws Exception {
    WordNet fresh = WordNet.load(); // empty memos: the threads below fill them at the same time
    List<String> words = List.of("troops", "resumed", "men", "rose", "fell", "halted", "guilty", "suspension",
        "ferries", "allowed", "Banned", "officials", "were", "better", "soldiers", "guitar", "xqzzy");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Map<String, List<Object>>>> answers = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        List<String> order = new ArrayList<>(words);
        Collections.rotate(order, t * 2); // threads start on different words, as articles do
        answers.add(pool.submit(() -> answers(fresh, order)));
      }
      Map<String, List<Object>> expected = answers(wordNet, words);
      for (Future<Map<String, List<Object>>> f : answers) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  private static Map<String, List<Object>> answers(WordNet wn, List<String> words) {
    Map<String, List<Object>> byWord = new TreeMap<>();
    for (String w : words) {
      List<Object> out = new ArrayList<>();
      byWord.put(w, out);
      for (WordClass wc : WordClass.values()) {
        out.add(wn.baseForm(w, wc));
        out.add(wn.antonyms(w, wc));
        out.add(wn.related(w, wc));
        out.add(wn.broader(w, wc));
      }
    }
    return byWord;
  }
}
