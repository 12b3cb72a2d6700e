package org.gainsay.nlp;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
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
    TokenizerME tokenizer = new TokenizerME(models.tokenizer);
    POSTaggerME tagger = new POSTaggerME(models.pos);
    List<Sentence> sentences = new ArrayList<>();
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
        for (opennlp.tools.util.Span s : sentenceDetector.sentPosDetect(line)) {
          addSentence(sentences, paragraph, text, lineStart + s.getStart(), lineStart + s.getEnd(), tokenizer, tagger);
        }
      }
      lineStart = lineEnd + 1;
    }
    return new AnalyzedText(articleId, outlet, published, text, sentences);
  }

  private void addSentence(List<Sentence> out, int paragraph, String text, int start, int end, TokenizerME tokenizer,
      POSTaggerME tagger) {
    String sentenceText = text.substring(start, end);
    opennlp.tools.util.Span[] spans = tokenizer.tokenizePos(sentenceText);
    for (int from = 0; from < spans.length; from += maxSentenceTokens) {
      int to = Math.min(spans.length, from + maxSentenceTokens);
      String[] words = new String[to - from];
      for (int i = from; i < to; i++) {
        words[i - from] = sentenceText.substring(spans[i].getStart(), spans[i].getEnd());
      }
      String[] tags = tagger.tag(words);
      List<Token> tokens = new ArrayList<>(words.length);
      for (int i = 0; i < words.length; i++) {
        int ts = start + spans[from + i].getStart();
        int te = start + spans[from + i].getEnd();
        tokens.add(new Token(words[i], ts, te, tags[i], lemma(words[i], tags[i])));
      }
      out.add(new Sentence(out.size(), paragraph, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens));
    }
  }

  private String lemma(String word, String tag) {
    String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
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
