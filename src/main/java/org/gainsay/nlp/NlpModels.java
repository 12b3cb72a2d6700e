package org.gainsay.nlp;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models (Universal Dependencies EWT, from the {@code opennlp-models-*-en} Maven artifacts), loaded
 * once from the class path. Nothing is downloaded.
 *
 * <pre>{@code
 * NlpModels models = NlpModels.load();
 * TextAnalyzer analyzer = new TextAnalyzer(models, WordNet.load());
 * }</pre>
 *
 * <p>Immutable and thread-safe: OpenNLP models may be shared; the {@code *ME} objects built from them may not, so
 * {@link TextAnalyzer} builds its own per call.
 */
public final class NlpModels {
  static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  final SentenceModel sentence;
  final TokenizerModel tokenizer;
  final POSModel pos;

  private NlpModels(SentenceModel sentence, TokenizerModel tokenizer, POSModel pos) {
    this.sentence = sentence;
    this.tokenizer = tokenizer;
    this.pos = pos;
  }

  /**
   * Loads the three models from the class path.
   *
   * @throws IOException when a model jar is missing from the class path or cannot be read
   */
  public static NlpModels load() throws IOException {
    return new NlpModels(
        new SentenceModel(open(SENTENCE)), new TokenizerModel(open(TOKENS)), new POSModel(open(POS)));
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException("OpenNLP model " + name + " is not on the class path: add the Maven artifact "
          + "org.apache.opennlp:opennlp-models-*-en:1.3.0 that holds it");
    }
    return in;
  }
}
