package org.gainsay.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gainsay.disagreement.Claim;
import org.gainsay.disagreement.ClaimReader;
import org.gainsay.nlp.Stemmer;
import org.gainsay.statement.Statement;
import org.gainsay.text.AnalyzedText;
import org.gainsay.text.Sentence;
import org.gainsay.text.Token;
import org.gainsay.topic.Terms;

/**
 * A text read once for stance: its statements with their claims, and for each sentence the lower-cased words and the
 * stems of its content words. Bodies and claims are both read this way; everything a feature needs is computed here
 * so that scoring one more claim against a body costs only set look-ups.
 *
 * <p>Immutable after construction and thread-safe.
 */
final class Reading {
  /** One sentence with the statement that covers it. */
  /**
   * One sentence with the statement that covers it.
   *
   * @param words the lower-cased tokens
   * @param wordStems for each token its stem when it is a content word, else null
   * @param stems the stems of the content words, in order
   * @param counts how many words of each of {@link #LISTS} the sentence has, then how many phrases that debunk and
   *     that say something is not known ({@link #DEBUNK}, {@link #UNSURE})
   * @param cueWords positions of words of the lists, in order, each as {@code position * 8 + bits} where bit
   *     {@code 1 << k} says the word is in list k
   */
  record Unit(int index, Statement statement, Claim claim, List<String> words, List<String> wordStems,
      List<String> stems, Set<String> stemSet, int[] counts, int[] cueWords) {}

  /** The word lists counted per sentence: refute, hedge, negation, report, confirm, question mark. */
  static final List<Set<String>> LISTS = List.of(StanceWords.REFUTE, StanceWords.HEDGE, StanceWords.NEGATION,
      StanceWords.REPORT, StanceWords.CONFIRM, Set.of("?"));
  static final int REFUTE = 0;
  static final int HEDGE = 1;
  static final int NEGATION = 2;
  static final int REPORT = 3;
  static final int CONFIRM = 4;
  static final int QUESTION = 5;
  /** Counted like the lists, but as phrases of two to five words: debunking, then not knowing. */
  static final int DEBUNK = 6;
  static final int UNSURE = 7;
  static final int COUNTED = 8;

  final List<Unit> units;
  final Map<String, Integer> tf;
  final double tfNorm;
  final int[] counts;
  final int[] countsFirst3;
  final int attributed;
  final int hedged;
  final int denials;
  final Set<String> stems;
  final Set<String> bigrams;
  final Set<String> concepts;
  final int tokens;
  final int contentTokens;

  Reading(AnalyzedText text, List<Statement> statements, ClaimReader reader, Terms terms, Stemmer stemmer) {
    Map<Integer, Statement> bySentence = new HashMap<>();
    for (Statement s : statements) {
      bySentence.putIfAbsent(s.sentence(), s);
    }
    List<Unit> us = new ArrayList<>();
    Map<String, Integer> termCounts = new HashMap<>();
    Set<String> bi = new HashSet<>();
    Set<String> cs = new LinkedHashSet<>();
    int n = 0;
    int content = 0;
    for (Sentence sentence : text.sentences()) {
      List<String> words = new ArrayList<>(sentence.size());
      for (Token t : sentence.tokens()) {
        words.add(t.lower());
      }
      List<String> wordStems = wordStems(words, stemmer);
      List<String> stems = new ArrayList<>();
      for (String w : wordStems) {
        if (w != null) {
          stems.add(w);
        }
      }
      Statement st = bySentence.get(sentence.index());
      Claim claim = st == null ? null : reader.read(st);
      if (st != null) {
        cs.addAll(terms.of(st));
      }
      for (int i = 0; i < stems.size(); i++) {
        termCounts.merge(stems.get(i), 1, Integer::sum);
        if (i > 0) {
          bi.add(stems.get(i - 1) + " " + stems.get(i));
        }
      }
      n += words.size();
      content += stems.size();
      int[] unitCounts = new int[COUNTED];
      unitCounts[DEBUNK] = phrases(words, StanceWords.DEBUNK_PHRASES);
      unitCounts[UNSURE] = phrases(words, StanceWords.UNSURE_PHRASES);
      List<Integer> cues = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        int bits = 0;
        for (int k = 0; k < LISTS.size(); k++) {
          if (LISTS.get(k).contains(words.get(i))) {
            unitCounts[k]++;
            bits |= 1 << k;
          }
        }
        if ((bits & 0b111) != 0) {
          cues.add(i * 8 + (bits & 0b111));
        }
      }
      us.add(new Unit(us.size(), st, claim, List.copyOf(words), java.util.Collections.unmodifiableList(wordStems),
          List.copyOf(stems), Set.copyOf(stems), unitCounts, cues.stream().mapToInt(Integer::intValue).toArray()));
    }
    int[] all = new int[COUNTED];
    int[] first3 = new int[COUNTED];
    int att = 0;
    int hed = 0;
    int den = 0;
    for (Unit u : us) {
      for (int k = 0; k < all.length; k++) {
        all[k] += u.counts()[k];
        if (u.index() < 3) {
          first3[k] += u.counts()[k];
        }
      }
      if (u.statement() != null) {
        att += u.statement().isNarration() ? 0 : 1;
        hed += u.statement().hedge() != null ? 1 : 0;
        den += u.statement().isDenial() ? 1 : 0;
      }
    }
    this.counts = all;
    this.countsFirst3 = first3;
    this.attributed = att;
    this.hedged = hed;
    this.denials = den;
    double norm = 0;
    for (int v : termCounts.values()) {
      norm += v;
    }
    this.tfNorm = norm;
    this.units = List.copyOf(us);
    this.tf = Map.copyOf(termCounts);
    this.stems = Set.copyOf(termCounts.keySet());
    this.bigrams = Set.copyOf(bi);
    this.concepts = Set.copyOf(cs);
    this.tokens = n;
    this.contentTokens = content;
  }

  /** How many phrases of {@code phrases} (two to five words) start at some word of {@code words}. */
  static int phrases(List<String> words, Set<String> phrases) {
    int n = 0;
    for (int i = 0; i + 1 < words.size(); i++) {
      StringBuilder sb = new StringBuilder(words.get(i));
      for (int len = 2; len <= 5 && i + len <= words.size(); len++) {
        sb.append(' ').append(words.get(i + len - 1));
        if (phrases.contains(sb.toString())) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  /** For each word its stem when it is a content word (no function word, punctuation or single letter), else null. */
  static List<String> wordStems(List<String> words, Stemmer stemmer) {
    List<String> keep = new ArrayList<>(words.size());
    for (String w : words) {
      if (StanceWords.isContent(w)) {
        keep.add(w);
      }
    }
    List<String> stems = stemmer.stems(keep);
    List<String> out = new ArrayList<>(words.size());
    int k = 0;
    for (String w : words) {
      out.add(StanceWords.isContent(w) ? stems.get(k++) : null);
    }
    return out;
  }

  /** The statements of the text, in order. */
  List<Statement> statements() {
    List<Statement> out = new ArrayList<>();
    for (Unit u : units) {
      if (u.statement() != null && (out.isEmpty() || out.get(out.size() - 1) != u.statement())) {
        out.add(u.statement());
      }
    }
    return out;
  }
}
