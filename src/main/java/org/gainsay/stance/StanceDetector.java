package org.gainsay.stance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gainsay.disagreement.ClaimReader;
import org.gainsay.nlp.Stemmer;
import org.gainsay.statement.Statement;
import org.gainsay.text.AnalyzedText;
import org.gainsay.topic.Terms;

/**
 * The stance stage: the stance of an article body toward a claim. Both are read into statements by the earlier
 * stages; the detector compares the claim's words, concepts and predicates with the body's sentences, reads what the
 * body's statements about the claim do with it (deny, negate, hedge, report, assert), and lets a {@link StanceModel}
 * decide.
 *
 * <pre>{@code
 * StanceDetector detector = new StanceDetector(new ClaimReader(events), new Terms(events, wordNet), new Stemmer(),
 *     StanceModel.bundled());
 * StanceBody body = detector.body(analyzedBody, bodyStatements);
 * Stance s = detector.stance(detector.claim("Apple will build a car", analyzedClaim, claimStatements), body);
 * }</pre>
 *
 * <p>Immutable and thread-safe; most callers use it through {@code Gainsay.stance(...)}.
 */
public final class StanceDetector {
  private static final int MAX_EVIDENCE = 3;

  private final ClaimReader reader;
  private final Terms terms;
  private final Stemmer stemmer;
  private final StanceModel model;

  public StanceDetector(ClaimReader reader, Terms terms, Stemmer stemmer, StanceModel model) {
    this.reader = Objects.requireNonNull(reader, "reader is null");
    this.terms = Objects.requireNonNull(terms, "terms is null");
    this.stemmer = Objects.requireNonNull(stemmer, "stemmer is null");
    this.model = Objects.requireNonNull(model, "model is null: use StanceModel.bundled() or StanceModel.rules()");
  }

  public StanceModel model() {
    return model;
  }

  /** Reads an article body once, to score claims against it. */
  public StanceBody body(AnalyzedText text, List<Statement> statements) {
    return new StanceBody(text.articleId(), new Reading(text, statements, reader, terms, stemmer));
  }

  /** Reads a claim once, to score against bodies. */
  public StanceClaim claim(String claim, AnalyzedText text, List<Statement> statements) {
    return new StanceClaim(claim, new Reading(text, statements, reader, terms, stemmer));
  }

  /** The stance of {@code body} toward {@code claim}. */
  public Stance stance(StanceClaim claim, StanceBody body) {
    StanceFeatures.Pair pair = StanceFeatures.compute(claim.reading, body.reading);
    StanceModel.Decision d = model.decide(pair.values(), StanceModel.Guards.of(pair.reader()));
    Map<StanceLabel, Double> probabilities = new EnumMap<>(StanceLabel.class);
    for (StanceLabel l : StanceLabel.values()) {
      probabilities.put(l, d.probabilities()[l.ordinal()]);
    }
    return new Stance(claim.text(), d.label(), Math.min(1, Math.max(0, d.score())), probabilities,
        evidence(d.label(), pair), d.guard() != null ? d.guard() : reason(d.label(), pair));
  }

  /** A labelled pair for {@link StanceTrainer}; {@code group} keeps pairs together in cross-validation folds. */
  public StanceTrainer.Example example(StanceClaim claim, StanceBody body, StanceLabel gold, String group) {
    Objects.requireNonNull(gold, "gold label is null");
    StanceFeatures.Pair pair = StanceFeatures.compute(claim.reading, body.reading);
    return new StanceTrainer.Example(pair.values(), StanceModel.Guards.of(pair.reader()), gold, group);
  }

  private static List<Statement> evidence(StanceLabel label, StanceFeatures.Pair pair) {
    if (label == StanceLabel.UNRELATED) {
      return List.of();
    }
    List<Reading.Unit> order = new ArrayList<>();
    StanceFeatures.ReaderSignals r = pair.reader();
    if (label == StanceLabel.DISAGREE) {
      order.addAll(r.refutedByOutlet());
      order.addAll(r.negatedByOutlet());
      order.addAll(r.deniedBySource());
      order.addAll(pair.contradicting());
      order.addAll(pair.hedging());
    } else if (label == StanceLabel.DISCUSS) {
      order.addAll(r.deniedBySource());
      order.addAll(pair.hedging());
    } else {
      order.addAll(r.affirmed());
    }
    order.addAll(pair.matched());
    Set<Statement> out = new LinkedHashSet<>();
    for (Reading.Unit u : order) {
      if (u.statement() != null) {
        out.add(u.statement());
      }
      if (out.size() == MAX_EVIDENCE) {
        break;
      }
    }
    return List.copyOf(out);
  }

  private static String reason(StanceLabel label, StanceFeatures.Pair pair) {
    int matched = pair.matched().size();
    String about = matched == 0 ? "no sentence is clearly about the claim"
        : matched + (matched == 1 ? " sentence is" : " sentences are") + " about the claim";
    switch (label) {
      case UNRELATED:
        return String.format(Locale.ROOT, "the body shares few of the claim's words (%s)", about);
      case DISAGREE:
        if (!pair.contradicting().isEmpty()) {
          return about + "; one denies or negates it, or gives other numbers";
        }
        if (pair.hedging().stream().anyMatch(u -> u.statement() != null && u.statement().isDenial())) {
          return about + "; a source denies it";
        }
        return about + "; the body calls it false";
      case DISCUSS:
        if (!pair.hedging().isEmpty()) {
          return about + "; they hedge or report it without taking a side";
        }
        return about + "; the body reports it without taking a side";
      default:
        return about + "; the body asserts it";
    }
  }
}
