package org.gainsay.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
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
 * <p>Two settings differ from the models' own, both measured to give the same output at a fraction of the cost (see
 * the README's benchmark section): the tokenizer passes a run of plain ASCII letters and digits through whole instead
 * of asking the model about every character in it (OpenNLP's alphanumeric optimisation; on the 804,380 tokens of
 * PolNeAR's train and dev text 12 tokens differ, all of them splits inside a word such as "FedEx" or "Airbnb" that the
 * option removes), and the POS tagger decodes greedily (beam 1) instead of with a beam of 3 (the same tag on every
 * one of those 804,380 tokens). Together they halve the time of the NLP stage.
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
    return new NlpModels(new SentenceModel(open(SENTENCE)), wholeAlphanumericRuns(new TokenizerModel(open(TOKENS))),
        greedy(new POSModel(open(POS))));
  }

  /** The same tokenizer with OpenNLP's alphanumeric optimisation on: {@code [A-Za-z0-9]+} runs are one token each. */
  public static TokenizerModel wholeAlphanumericRuns(TokenizerModel model) {
    TokenizerFactory f = model.getFactory();
    return new TokenizerModel(model.getMaxentModel(), new HashMap<>(),
        new TokenizerFactory(f.getLanguageCode(), f.getAbbreviationDictionary(), true, f.getAlphaNumericPattern()));
  }

  /** The same POS model decoded with a beam of 1. */
  public static POSModel greedy(POSModel model) {
    Object artifact = model.getArtifact("pos.model");
    if (!(artifact instanceof MaxentModel maxent)) {
      return model; // a sequence model decodes itself
    }
    return new POSModel(model.getLanguage(), maxent, 1, new HashMap<>(), model.getFactory());
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
