package org.gainsay.nlp;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.StringUtil;
import org.gainsay.nlp.WordNet.WordClass;
import org.gainsay.text.AnalyzedText;
import org.gainsay.text.Sentence;
import org.gainsay.text.Token;

/**
 * The NLP stage: splits an article into paragraphs (at line breaks) and sentences, tokenizes, tags parts of speech
 * (Universal Dependencies tags) and lemmatizes with WordNet's morphology, which is about ten times faster than
 * OpenNLP's statistical lemmatizer.
 *
 * <pre>{@code
 * TextAnalyzer analyzer = new TextAnalyzer(NlpModels.load(), WordNet.load(), 400);
 * AnalyzedText t = analyzer.analyze("a1", "NBC News", null, "Officials said the talks resumed.");
 * }</pre>
 *
 * <p>Thread-safe: the models are shared and the OpenNLP {@code *ME} objects, which are not thread-safe, are built per
 * call.
 */
public final class TextAnalyzer {
  /**
   * Runs of text without whitespace longer than this are split by character class instead of by the OpenNLP models,
   * whose features copy the prefix and suffix of a run at each of its characters: time quadratic in the run's length.
   * A URL or a hyphenated compound is shorter; a run of {@code "a.a.a..."} or of quote marks can be any length.
   */
  static final int MAX_RUN_CHARS = 100;

  private final NlpModels models;
  private final WordNet wordNet;
  private final int maxSentenceTokens;

  /**
   * @param maxSentenceTokens sentences longer than this many tokens are cut into pieces of at most this size, so that
   *     a run of text without punctuation costs time linear in its length
   */
  public TextAnalyzer(NlpModels models, WordNet wordNet, int maxSentenceTokens) {
    checkArgument(maxSentenceTokens >= 10, "maxSentenceTokens=%s is too small: use at least 10", maxSentenceTokens);
    this.models = models;
    this.wordNet = wordNet;
    this.maxSentenceTokens = maxSentenceTokens;
  }

  public WordNet wordNet() {
    return wordNet;
  }

  /** Analyses {@code text}; {@code published} may be null. */
  public AnalyzedText analyze(String articleId, String outlet, LocalDate published, String text) {
    SentenceDetectorME sentenceDetector = new SentenceDetectorME(models.sentence);
    char[] eos = models.sentence.getEosCharacters();
    TokenizerME tokenizer = new TokenizerME(models.tokenizer);
    POSTaggerME tagger = new POSTaggerME(models.pos);
    List<Sentence> sentences = new ArrayList<>();
    Map<String, String> strings = new HashMap<>(); // one copy of each word and lemma per article: less heap
    int paragraph = -1; // every non-blank line is a paragraph: news text breaks paragraphs with one newline
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String line = text.substring(lineStart, lineEnd);
      if (!line.isBlank()) {
        paragraph++;
        opennlp.tools.util.Span[] spans = sentenceDetector.sentPosDetect(maskLongRuns(line, eos));
        int from = -1;
        for (int k = 0; k < spans.length; k++) {
          if (from < 0) {
            from = spans[k].getStart();
          }
          if (k + 1 < spans.length && (endsWithAbbreviation(line, spans[k].getEnd())
              || continuesSentence(line, spans[k + 1].getStart()))) {
            continue; // "Gen. Khalaf", "Jan. 3", "(D-Calif.) said": the model splits after some abbreviations
          }
          addSentence(sentences, paragraph, text, lineStart + from, lineStart + spans[k].getEnd(), tokenizer, tagger,
              strings);
          from = -1;
        }
      }
      lineStart = lineEnd + 1;
    }
    return new AnalyzedText(articleId, outlet, published, text, sentences);
  }

  /**
   * {@code line}, or a copy of the same length in which sentence-ending characters inside runs longer than
   * {@link #MAX_RUN_CHARS} (except at a run's end) are replaced: the sentence detector scans from each candidate end
   * to the run's edges, quadratic in the run's length. No sentence ends inside such a run.
   */
  static String maskLongRuns(String line, char[] eos) {
    char[] out = null;
    int n = line.length();
    int i = 0;
    while (i < n) {
      if (StringUtil.isWhitespace(line.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && !StringUtil.isWhitespace(line.charAt(j))) {
        j++;
      }
      if (j - i > MAX_RUN_CHARS) {
        for (int k = i; k < j - 1; k++) {
          if (isEos(line.charAt(k), eos)) {
            if (out == null) {
              out = line.toCharArray();
            }
            out[k] = '_';
          }
        }
      }
      i = j;
    }
    return out == null ? line : new String(out);
  }

  private static boolean isEos(char c, char[] eos) {
    for (char e : eos) {
      if (c == e) {
        return true;
      }
    }
    return false;
  }

  /**
   * The tokenizer's spans for {@code s}, except that runs without whitespace longer than {@link #MAX_RUN_CHARS} are
   * split by {@link #splitRun}, keeping the time linear in the length of the text.
   */
  static opennlp.tools.util.Span[] tokenize(String s, TokenizerME tokenizer) {
    List<opennlp.tools.util.Span> out = null;
    int n = s.length();
    int segment = 0; // start of the text not yet tokenized
    int i = 0;
    while (i < n) {
      if (StringUtil.isWhitespace(s.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && !StringUtil.isWhitespace(s.charAt(j))) {
        j++;
      }
      if (j - i > MAX_RUN_CHARS) {
        if (out == null) {
          out = new ArrayList<>();
        }
        addTokens(s, segment, i, tokenizer, out);
        splitRun(s, i, j, out);
        segment = j;
      }
      i = j;
    }
    if (out == null) {
      return tokenizer.tokenizePos(s);
    }
    addTokens(s, segment, n, tokenizer, out);
    return out.toArray(new opennlp.tools.util.Span[0]);
  }

  private static void addTokens(String s, int from, int to, TokenizerME tokenizer,
      List<opennlp.tools.util.Span> out) {
    if (from >= to) {
      return;
    }
    // the tokenizer reads each whitespace-separated run on its own, so tokenizing a part gives the same tokens
    for (opennlp.tools.util.Span sp : tokenizer.tokenizePos(s.substring(from, to))) {
      out.add(new opennlp.tools.util.Span(from + sp.getStart(), from + sp.getEnd()));
    }
  }

  /**
   * Splits the run {@code [from, to)} into letters-and-digits pieces and single other characters (a code point
   * each), each piece at most {@link #MAX_RUN_CHARS} long.
   */
  static void splitRun(String s, int from, int to, List<opennlp.tools.util.Span> out) {
    int i = from;
    while (i < to) {
      int cp = s.codePointAt(i);
      int j = i + Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        while (j < to && j - i < MAX_RUN_CHARS) {
          int next = s.codePointAt(j);
          if (!Character.isLetterOrDigit(next) || j + Character.charCount(next) - i > MAX_RUN_CHARS) {
            break;
          }
          j += Character.charCount(next);
        }
      }
      out.add(new opennlp.tools.util.Span(i, Math.min(j, to)));
      i = j;
    }
  }

  private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("one", "two", "three", "four", "five",
      "six", "seven", "eight", "nine", "ten", "dozen", "hundred", "thousand");

  private static final java.util.Set<String> PRONOUNS = java.util.Set.of("i", "me", "my", "mine", "myself", "you",
      "your", "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it",
      "its", "itself", "we", "us", "our", "ours", "ourselves", "they", "them", "their", "theirs", "themselves", "who",
      "whom", "whose", "which", "what", "that", "this", "these", "those", "there", "one", "ones", "oneself",
      "someone", "somebody", "something", "anyone", "anybody", "anything", "everyone", "everybody", "everything",
      "no-one", "nobody", "nothing", "none", "each", "other", "another", "all", "both", "either", "neither", "some",
      "any", "many", "much", "few", "several", "whoever", "whatever", "whichever", "'s", "y'all", "ya", "u", "'em",
      "thee", "thou", "here", "such", "wherever", "whenever", "where", "when", "how", "why", "s");

  private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("gen", "lt", "col", "maj", "capt",
      "sgt", "adm", "cmdr", "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "rev", "st", "jan", "feb",
      "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "jr", "sr", "inc", "corp", "co", "ltd",
      "u.s", "u.n", "u.k", "e.g", "i.e", "approx", "dept", "est", "fig", "mt", "ft", "pres", "supt", "det", "insp");

  /**
   * Token spans whose edges fall inside a surrogate pair (an emoji the tokenizer cut in two) widened to whole
   * characters; a span that the widening makes overlap the one before is joined to it.
   */
  private static opennlp.tools.util.Span[] wholeCharacters(String s, opennlp.tools.util.Span[] spans) {
    List<opennlp.tools.util.Span> out = null;
    for (int k = 0; k < spans.length; k++) {
      int a = spans[k].getStart();
      int b = spans[k].getEnd();
      if (insidePair(s, a)) {
        a--;
      }
      if (insidePair(s, b)) {
        b++;
      }
      if (out == null && a == spans[k].getStart() && b == spans[k].getEnd()) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(java.util.Arrays.asList(spans).subList(0, k));
      }
      if (!out.isEmpty() && out.get(out.size() - 1).getEnd() > a) {
        opennlp.tools.util.Span prev = out.remove(out.size() - 1);
        a = prev.getStart();
        b = Math.max(b, prev.getEnd());
      }
      out.add(new opennlp.tools.util.Span(a, b));
    }
    return out == null ? spans : out.toArray(new opennlp.tools.util.Span[0]);
  }

  /** Whether offset {@code i} of {@code s} falls between the two halves of a surrogate pair. */
  private static boolean insidePair(String s, int i) {
    return i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i))
        && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /**
   * Splits a dash, an ellipsis or a parenthesis glued between two words ("Ruiz\u2014who", "pilot\u2014said",
   * "reporters\u2026the", "named)said"): the tokenizer keeps such runs whole, which hides the name and the cue on
   * either side. Em and en dashes only; a hyphen joins words.
   */
  private static opennlp.tools.util.Span[] splitDashes(String s, opennlp.tools.util.Span[] spans) {
    List<opennlp.tools.util.Span> out = null;
    for (int k = 0; k < spans.length; k++) {
      opennlp.tools.util.Span sp = spans[k];
      int from = sp.getStart();
      boolean split = false;
      for (int i = sp.getStart() + 1; i < sp.getEnd() - 1; i++) {
        char c = s.charAt(i);
        if ((c == '\u2014' || c == '\u2013' || c == '\u2026' || c == ')' || c == '(')
            && Character.isLetterOrDigit(s.charAt(i - 1)) && Character.isLetterOrDigit(s.charAt(i + 1))) {
          if (out == null) {
            out = new ArrayList<>(java.util.Arrays.asList(spans).subList(0, k));
          }
          out.add(new opennlp.tools.util.Span(from, i));
          out.add(new opennlp.tools.util.Span(i, i + 1));
          from = i + 1;
          split = true;
        }
      }
      if (split) {
        out.add(new opennlp.tools.util.Span(from, sp.getEnd()));
      } else if (out != null) {
        out.add(sp);
      }
    }
    return out == null ? spans : out.toArray(new opennlp.tools.util.Span[0]);
  }

  /**
   * Splits "isn't" into "is" + "n't" (the UD tokenizer keeps some negated contractions whole), so negation is a token
   * of its own for every later stage, "Ruiz's" into "Ruiz" + "'s" (likewise kept whole now and then), and a double
   * quote mark from the word it is glued to ("”Mr.").
   */
  private static opennlp.tools.util.Span[] splitContractions(String s, opennlp.tools.util.Span[] spans) {
    List<opennlp.tools.util.Span> out = null;
    for (int k = 0; k < spans.length; k++) {
      opennlp.tools.util.Span sp = spans[k];
      int len = sp.length();
      char first = s.charAt(sp.getStart());
      if (len > 1 && (first == '"' || first == '“' || first == '”' || first == '«' || first == '„')
          && Character.isLetterOrDigit(s.charAt(sp.getStart() + 1))) {
        // a double quote mark glued to its word ("”Mr."): the mark is a token of its own
        if (out == null) {
          out = new ArrayList<>(java.util.Arrays.asList(spans).subList(0, k));
        }
        out.add(new opennlp.tools.util.Span(sp.getStart(), sp.getStart() + 1));
        sp = new opennlp.tools.util.Span(sp.getStart() + 1, sp.getEnd());
        len = sp.length();
      }
      boolean neg = len > 3 && (s.charAt(sp.getEnd() - 1) == 't' || s.charAt(sp.getEnd() - 1) == 'T')
          && (s.charAt(sp.getEnd() - 2) == '\'' || s.charAt(sp.getEnd() - 2) == '\u2019')
          && (s.charAt(sp.getEnd() - 3) == 'n' || s.charAt(sp.getEnd() - 3) == 'N');
      // a possessive kept whole ("Ruiz's" tagged as one verb): the "'s" is a token of its own, as for other names
      boolean possessive = !neg && len > 3 && (s.charAt(sp.getEnd() - 1) == 's' || s.charAt(sp.getEnd() - 1) == 'S')
          && (s.charAt(sp.getEnd() - 2) == '\'' || s.charAt(sp.getEnd() - 2) == '\u2019')
          && Character.isLetter(s.charAt(sp.getEnd() - 3));
      if ((neg || possessive) && out == null) {
        out = new ArrayList<>(java.util.Arrays.asList(spans).subList(0, k));
      }
      if (neg) {
        out.add(new opennlp.tools.util.Span(sp.getStart(), sp.getEnd() - 3));
        out.add(new opennlp.tools.util.Span(sp.getEnd() - 3, sp.getEnd()));
      } else if (possessive) {
        out.add(new opennlp.tools.util.Span(sp.getStart(), sp.getEnd() - 2));
        out.add(new opennlp.tools.util.Span(sp.getEnd() - 2, sp.getEnd()));
      } else if (out != null) {
        out.add(sp);
      }
    }
    return out == null ? spans : out.toArray(new opennlp.tools.util.Span[0]);
  }

  /**
   * Joins "Gen" "." into "Gen." when the tokenizer split a known abbreviation from its period, and a middle initial
   * "M" "." into "M." when a capitalized word follows ("Ana M. Ruiz"; "Plan B." at the end stays split).
   */
  private static opennlp.tools.util.Span[] mergeAbbreviations(String s, opennlp.tools.util.Span[] spans) {
    List<opennlp.tools.util.Span> out = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      opennlp.tools.util.Span sp = spans[i];
      if (!out.isEmpty() && sp.length() == 1 && s.charAt(sp.getStart()) == '.') {
        opennlp.tools.util.Span prev = out.get(out.size() - 1);
        boolean initial = prev.length() == 1 && Character.isUpperCase(s.charAt(prev.getStart()))
            && i + 1 < spans.length && Character.isUpperCase(s.charAt(spans[i + 1].getStart()));
        if (prev.getEnd() == sp.getStart() && (initial
            || ABBREVIATIONS.contains(s.substring(prev.getStart(), prev.getEnd()).toLowerCase(Locale.ROOT)))) {
          out.set(out.size() - 1, new opennlp.tools.util.Span(prev.getStart(), sp.getEnd()));
          continue;
        }
      }
      out.add(sp);
    }
    return out.size() == spans.length ? spans : out.toArray(new opennlp.tools.util.Span[0]);
  }

  /** A sentence never opens with a closing parenthesis or a lower-case word ("(I-Vt.) said", "Calif. on Monday"). */
  private static boolean continuesSentence(String line, int start) {
    if (start >= line.length()) {
      return false;
    }
    char c = line.charAt(start);
    return c == ')' || Character.isLowerCase(c);
  }

  private static boolean isQuoteMark(char c) {
    return c == '"' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '«' || c == '»' || c == '„';
  }

  private static boolean endsWithAbbreviation(String line, int end) {
    if (end >= 3 && line.charAt(end - 1) == ')' && line.charAt(end - 2) == '.') {
      // "Sen. Ana Ruiz (D-Ore.) Tuesday said": a short parenthesis without spaces that ends in an abbreviation
      int open = line.lastIndexOf('(', end - 2);
      return open >= 0 && end - open <= 14 && line.substring(open, end).chars().noneMatch(Character::isWhitespace);
    }
    if (end < 2 || line.charAt(end - 1) != '.') {
      return false;
    }
    int b = end - 1;
    while (b > 0 && !Character.isWhitespace(line.charAt(b - 1)) && line.charAt(b - 1) != '(' && !isQuoteMark(
        line.charAt(b - 1))) {
      b--; // back to the word's start: a space, "(" or a quote mark ("”Mr. Trump's" opens a quote)
    }
    String word = line.substring(b, end - 1).toLowerCase(Locale.ROOT);
    return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isLetter(word.charAt(0));
  }

  private void addSentence(List<Sentence> out, int paragraph, String text, int start, int end, TokenizerME tokenizer,
      POSTaggerME tagger, Map<String, String> strings) {
    // never cut a character in two: a sentence or token edge inside a surrogate pair ("\uD83D|\uDC4D") moves out of it
    if (insidePair(text, start)) {
      start--;
    }
    if (insidePair(text, end)) {
      end++;
    }
    String sentenceText = text.substring(start, end);
    opennlp.tools.util.Span[] spans = wholeCharacters(sentenceText,
        splitDashes(sentenceText, splitContractions(sentenceText, mergeAbbreviations(sentenceText,
            tokenize(sentenceText, tokenizer)))));
    for (int from = 0; from < spans.length; from += maxSentenceTokens) {
      int to = Math.min(spans.length, from + maxSentenceTokens);
      String[] words = new String[to - from];
      for (int i = from; i < to; i++) {
        String word = sentenceText.substring(spans[i].getStart(), spans[i].getEnd());
        words[i - from] = strings.computeIfAbsent(word, w -> w);
      }
      String[] tags = tagger.tag(words);
      List<Token> tokens = new ArrayList<>(words.length);
      for (int i = 0; i < words.length; i++) {
        int ts = start + spans[from + i].getStart();
        int te = start + spans[from + i].getEnd();
        // UD tags of contracted tokens come joined ("PROPN+PART" for "Iraq's"): the first part is the word's own
        String tag = tags[i].indexOf('+') > 0 ? tags[i].substring(0, tags[i].indexOf('+')) : tags[i];
        if (tag.equals("PRON") && !PRONOUNS.contains(words[i].toLowerCase(Locale.ROOT))) {
          tag = "NOUN"; // pronouns are a closed class: "harbour/PRON" is a tagging slip
        } else if (tag.equals("PUNCT") && Character.isLetter(words[i].codePointAt(0))) {
          // a word is no punctuation: "authority's/PUNCT" is a tagging slip
          tag = Character.isUpperCase(words[i].codePointAt(0)) ? "PROPN" : "NOUN";
        } else if (tag.equals("VERB") && opensSentence(words, i) && pluralNounOpening(words, tags, i)) {
          tag = "NOUN"; // "Sources/VERB familiar with the talks said": a sentence seldom opens with a verb in -s
        } else if (tag.equals("ADP") && NUMBER_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) {
          tag = "NUM"; // a number is no preposition: "said one/ADP former executive" is a tagging slip
        }
        String lemma = lemma(words[i], tag);
        tokens.add(new Token(words[i], ts, te, tag, strings.computeIfAbsent(lemma, l -> l)));
      }
      out.add(new Sentence(out.size(), paragraph, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens));
    }
  }

  /** Whether only quote marks and brackets come before token {@code i}. */
  private static boolean opensSentence(String[] words, int i) {
    for (int k = 0; k < i; k++) {
      if (Character.isLetterOrDigit(words[k].codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a capitalized word in -s that opens a sentence reads as a plural noun: not "-ss" or "-us", and followed
   * by an adjective, a preposition or a verb rather than by what a verb takes ("Says he ...").
   */
  private static boolean pluralNounOpening(String[] words, String[] tags, int i) {
    String w = words[i];
    if (w.length() < 4 || !Character.isUpperCase(w.codePointAt(0)) || !w.endsWith("s") || w.endsWith("ss")
        || w.endsWith("us") || i + 1 >= words.length) {
      return false;
    }
    String next = tags[i + 1];
    return next.startsWith("ADJ") || next.startsWith("ADP") || next.startsWith("VERB") || next.startsWith("AUX");
  }

  private String lemma(String word, String tag) {
    String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    switch (lower) {
      case "n't":
        return "not";
      case "ca":
        return "can";
      case "wo":
        return "will";
      default:
        break;
    }
    switch (tag) {
      case "VERB":
      case "AUX":
        return wordNet.baseForm(lower, WordClass.VERB);
      case "NOUN":
        return wordNet.baseForm(lower, WordClass.NOUN);
      case "ADJ":
        return wordNet.baseForm(lower, WordClass.ADJECTIVE);
      default:
        return lower;
    }
  }
}
