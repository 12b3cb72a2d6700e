package org.gainsay.bench;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.gainsay.Article;
import org.gainsay.nlp.NlpModels;

/**
 * The baseline: OpenNLP alone, sentence detection + tokenization + POS tagging with the same UD models Gainsay uses,
 * and nothing else. The {@code *ME} objects are built per article, as Gainsay builds them per call. The default is the
 * models as shipped (beam 3, every character of a token asked); {@code tuned} uses the two settings Gainsay runs them
 * with (whole alphanumeric runs, greedy POS decoding; see {@code NlpModels}), for the fair comparison of what
 * Gainsay adds.
 */
final class OpenNlpBaseline {
  private final SentenceModel sentence;
  private final TokenizerModel tokenizer;
  private final POSModel pos;

  OpenNlpBaseline() throws IOException {
    this(false);
  }

  OpenNlpBaseline(boolean tuned) throws IOException {
    this.sentence = new SentenceModel(open("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin"));
    TokenizerModel t = new TokenizerModel(open("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"));
    POSModel p = new POSModel(open("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"));
    this.tokenizer = tuned ? NlpModels.wholeAlphanumericRuns(t) : t;
    this.pos = tuned ? NlpModels.greedy(p) : p;
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = OpenNlpBaseline.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is not on the class path");
    }
    return in;
  }

  /** Tags {@code text}; returns the number of tokens (so that nothing is optimised away). */
  int tag(String text) {
    SentenceDetectorME sd = new SentenceDetectorME(sentence);
    TokenizerME tok = new TokenizerME(tokenizer);
    POSTaggerME tagger = new POSTaggerME(pos);
    int tokens = 0;
    for (Span s : sd.sentPosDetect(text)) {
      String sentenceText = text.substring(s.getStart(), s.getEnd());
      String[] words = tok.tokenize(sentenceText);
      String[] tags = tagger.tag(words);
      tokens += tags.length;
    }
    return tokens;
  }

  /** Tags every article of {@code corpus}; returns the number of tokens. */
  int tag(java.util.List<Article> corpus) {
    int tokens = 0;
    for (Article a : corpus) {
      tokens += tag(a.text());
    }
    return tokens;
  }
}
