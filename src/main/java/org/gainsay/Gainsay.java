package org.gainsay;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.gainsay.disagreement.ClaimReader;
import org.gainsay.disagreement.DisagreementDetector;
import org.gainsay.disagreement.PairwiseComparer;
import org.gainsay.disagreement.Relation;
import org.gainsay.nlp.NlpModels;
import org.gainsay.nlp.Stemmer;
import org.gainsay.nlp.TextAnalyzer;
import org.gainsay.nlp.WordNet;
import org.gainsay.statement.AttributionTagger;
import org.gainsay.statement.CueLexicon;
import org.gainsay.statement.Statement;
import org.gainsay.statement.StatementExtractor;
import org.gainsay.statement.WordClusters;
import org.gainsay.stance.Stance;
import org.gainsay.stance.StanceBody;
import org.gainsay.stance.StanceClaim;
import org.gainsay.stance.StanceDetector;
import org.gainsay.stance.StanceModel;
import org.gainsay.text.AnalyzedText;
import org.gainsay.topic.EventLexicon;
import org.gainsay.topic.Terms;
import org.gainsay.topic.TopicGrouper;

/**
 * Finds where news sources disagree: articles in, a {@link Report} of attributed statements, topics and disagreements
 * out.
 *
 * <pre>{@code
 * Gainsay gainsay = Gainsay.builder().build();          // loads the models once (about a second)
 * Report report = gainsay.analyze(List.of(
 *     Article.of("nbc-1", "NBC News", "U.S. restarts operations", text)));
 * for (Disagreement d : report.disagreements()) {
 *   System.out.println(d.explanation());
 * }
 * }</pre>
 *
 * <p>Thread-safe: build one and share it between threads; models are loaded once and shared, and each call builds
 * its own OpenNLP {@code *ME} objects. There is no static mutable state.
 */
public final class Gainsay {
  private final int maxArticleChars;
  private final TextAnalyzer analyzer;
  private final StatementExtractor extractor;
  /** The statement stage without its trained tagger: what the tagger is trained on. */
  private final StatementExtractor rulesExtractor;
  private final TopicGrouper grouper;
  private final DisagreementDetector detector;
  private final PairwiseComparer comparer;
  private final StanceDetector stance;

  private Gainsay(Builder b) throws IOException {
    this.maxArticleChars = b.maxArticleChars;
    // WordNet loads on a second thread and the trained models on a third while the OpenNLP models load on this one
    FutureTask<WordNet> wordNetTask = start("gainsay-wordnet-loader", WordNet::load);
    FutureTask<AttributionTagger> taggerTask = start("gainsay-tagger-loader", () -> b.rulesOnlyAttribution ? null
        : b.attributionTagger != null ? b.attributionTagger : AttributionTagger.bundled());
    FutureTask<StanceModel> stanceTask = start("gainsay-stance-loader",
        () -> b.stanceModel != null ? b.stanceModel : StanceModel.bundled());
    NlpModels nlpModels = NlpModels.load();
    WordNet wordNet = await(wordNetTask, "WordNet");
    this.analyzer = new TextAnalyzer(nlpModels, wordNet, b.maxSentenceTokens);
    CueLexicon cues = CueLexicon.load();
    WordClusters clusters = WordClusters.load();
    this.rulesExtractor = new StatementExtractor(cues, wordNet, clusters, null);
    AttributionTagger tagger = await(taggerTask, "the attribution model");
    this.extractor = tagger == null ? rulesExtractor : new StatementExtractor(cues, wordNet, clusters, tagger);
    EventLexicon events = EventLexicon.load();
    this.grouper = new TopicGrouper(new Terms(events, wordNet));
    this.detector = new DisagreementDetector(new ClaimReader(events), wordNet);
    this.comparer = new PairwiseComparer(grouper.terms(), detector, wordNet);
    this.stance = new StanceDetector(new ClaimReader(events), grouper.terms(), new Stemmer(),
        await(stanceTask, "the stance model"));
  }

  private static <T> FutureTask<T> start(String name, java.util.concurrent.Callable<T> load) {
    FutureTask<T> task = new FutureTask<>(load);
    Thread loader = new Thread(task, name);
    loader.setDaemon(true);
    loader.start();
    return task;
  }

  private static <T> T await(FutureTask<T> task, String what) throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while loading " + what, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("cannot load " + what + ": " + e.getCause(), e.getCause());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Analyses articles together: topics and disagreements span all of them. */
  public Report analyze(List<Article> articles) {
    Objects.requireNonNull(articles, "articles is null: pass a list of articles");
    Set<String> ids = new HashSet<>();
    List<Statement> statements = new ArrayList<>();
    for (Article a : articles) {
      Objects.requireNonNull(a, "articles contains null");
      checkArgument(ids.add(a.id()), "article id %s is used twice: ids must be unique in one call", a.id());
      statements.addAll(statements(a));
    }
    TopicGrouper.Topics topics = grouper.group(statements);
    DisagreementDetector.Result found = detector.detect(statements, topics);
    return new Report(articles, statements, topics.topics(), found.disagreements(), found.changes(), found.origins());
  }

  /** Analyses articles together. */
  public Report analyze(Article... articles) {
    Objects.requireNonNull(articles, "articles is null: pass one or more articles");
    return analyze(List.of(articles));
  }

  /**
   * How two statements relate: contradiction (with kind, score and evidence), agreement, neutral or unrelated. The
   * statements may come from one report or from different ones.
   */
  public Relation compare(Statement a, Statement b) {
    Objects.requireNonNull(a, "statement a is null");
    Objects.requireNonNull(b, "statement b is null");
    return comparer.compare(a, b);
  }

  /**
   * How two plain sentences relate, each read as a statement of its own source: a convenience for tools and tests.
   * When a text holds several statements, its longest is compared.
   *
   * <pre>{@code
   * gainsay.compare("The port reopened on Monday.", "The port has not reopened.").type();  // CONTRADICTION
   * }</pre>
   */
  public Relation compare(String a, String b) {
    Objects.requireNonNull(a, "sentence a is null");
    Objects.requireNonNull(b, "sentence b is null");
    return comparer.compare(longest(Article.of("a", "source A", "", a)), longest(Article.of("b", "source B", "", b)));
  }

  private Statement longest(Article a) {
    List<Statement> all = statements(a);
    Statement best = all.get(0);
    for (Statement s : all) {
      if (s.text().length() > best.text().length()) {
        best = s;
      }
    }
    return best;
  }

  /** The attributed statements of one article, without topics and disagreements. */
  public List<Statement> statements(Article article) {
    return extractor.extract(analyzeText(article));
  }

  /** The NLP stage alone: sentences, tokens, tags and lemmas of one article. */
  public AnalyzedText analyzeText(Article article) {
    Objects.requireNonNull(article, "article is null");
    String text = Inputs.checkText(article.id(), article.text(), maxArticleChars);
    return analyzer.analyze(article.id(), article.outlet(), article.published(), text);
  }

  /**
   * The stance of {@code article} toward {@code claim} (a sentence): agree, disagree, discuss or unrelated, with the
   * statements that decided it. To score many claims against one article, read it once with {@link #stanceBody}.
   */
  public Stance stance(Article article, String claim) {
    return stance(stanceBody(article), claim);
  }

  /** Reads an article once for stance: the costly part, to reuse for every claim scored against it. */
  public StanceBody stanceBody(Article article) {
    AnalyzedText text = analyzeText(article);
    return stance.body(text, extractor.extract(text));
  }

  /** Reads a claim once for stance, to reuse against many bodies. */
  public StanceClaim stanceClaim(String claim) {
    Objects.requireNonNull(claim, "claim is null");
    checkArgument(!claim.isBlank(), "claim is blank: give the sentence to take a stance toward");
    AnalyzedText text = analyzeText(Article.of("claim", "", "", claim));
    return stance.claim(claim, text, extractor.extract(text));
  }

  /** The stance of an article read with {@link #stanceBody} toward {@code claim}. */
  public Stance stance(StanceBody body, String claim) {
    return stance(body, stanceClaim(claim));
  }

  /** The stance of an article read with {@link #stanceBody} toward a claim read with {@link #stanceClaim}. */
  public Stance stance(StanceBody body, StanceClaim claim) {
    Objects.requireNonNull(body, "body is null: read it with stanceBody(article)");
    Objects.requireNonNull(claim, "claim is null: read it with stanceClaim(text)");
    return stance.stance(claim, body);
  }

  /** The stance stage itself, for training and evaluation. */
  public StanceDetector stanceDetector() {
    return stance;
  }

  /**
   * What the attribution tagger reads of each sentence of {@code article}, with the roles the statement stage's rules
   * (without the tagger) gave each token; for training a tagger ({@code gainsay train attribution}).
   */
  public List<AttributionTagger.Input> attributionInputs(Article article) {
    return rulesExtractor.taggerInputs(analyzeText(article));
  }

  /** Settings for a {@link Gainsay}; {@link #build()} loads the models. Not thread-safe; the built object is. */
  public static final class Builder {
    private int maxArticleChars = 2_000_000;
    private int maxSentenceTokens = 250;
    private StanceModel stanceModel;
    private AttributionTagger attributionTagger;
    private boolean rulesOnlyAttribution;

    private Builder() {}

    /**
     * The trained tagger that adds the attributions the rules miss (default: {@link AttributionTagger#bundled()},
     * {@code models/attribution-model.bin.gz}).
     */
    public Builder attributionTagger(AttributionTagger tagger) {
      this.attributionTagger = Objects.requireNonNull(tagger, "attribution tagger is null");
      this.rulesOnlyAttribution = false;
      return this;
    }

    /** Reads attributions by the statement stage's rules alone, without the trained tagger. */
    public Builder rulesOnlyAttribution() {
      this.rulesOnlyAttribution = true;
      this.attributionTagger = null;
      return this;
    }

    /** The model that decides stances (default: {@link StanceModel#bundled()}, the trained one). */
    public Builder stanceModel(StanceModel model) {
      this.stanceModel = Objects.requireNonNull(model, "stance model is null");
      return this;
    }

    /** The longest article text accepted, in characters (default 2,000,000); longer ones are rejected. */
    public Builder maxArticleChars(int chars) {
      checkArgument(chars >= 1, "maxArticleChars=%s must be positive", chars);
      this.maxArticleChars = chars;
      return this;
    }

    /** Sentences longer than this many tokens are cut into pieces (default 250), keeping analysis time linear. */
    public Builder maxSentenceTokens(int tokens) {
      checkArgument(tokens >= 10, "maxSentenceTokens=%s must be at least 10", tokens);
      this.maxSentenceTokens = tokens;
      return this;
    }

    /**
     * Loads the models and builds the detector.
     *
     * @throws UncheckedIOException when a model cannot be read from the class path
     */
    public Gainsay build() {
      try {
        return new Gainsay(this);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load Gainsay's models: " + e.getMessage(), e);
      }
    }
  }
}
