package org.gainsay.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * English Snowball (Porter 2) stems of lower-cased words: "batteries" and "Battery" both become "batteri". Stems
 * match words whatever part of speech the tagger gave them, which matters in title-case headlines where almost
 * every word is tagged a proper noun.
 *
 * <pre>{@code
 * Stemmer stemmer = new Stemmer();
 * stemmer.stems(List.of("Denies", "denied"));   // [deni, deni]
 * }</pre>
 *
 * <p>Thread-safe: OpenNLP's stemmer keeps state between calls, so each call builds its own.
 */
public final class Stemmer {

  /** The stem of one word, lower-cased first. */
  public String stem(String word) {
    return new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH).stem(normal(word)).toString();
  }

  /** The stems of {@code words}, in order; one stemmer serves the whole list. */
  public List<String> stems(List<String> words) {
    SnowballStemmer s = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      out.add(s.stem(normal(w)).toString());
    }
    return out;
  }

  private static String normal(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
