package org.gainsay.stance;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Trains a {@link StanceModel} from labelled claim/body pairs: a related/unrelated stage on all pairs (skipped when no
 * pair is unrelated, as in Emergent), then an agree/disagree/discuss stage on the related pairs with class weights
 * that lift the rare classes. Deterministic: the same examples, in the same order, with the same settings give the
 * same model, byte for byte.
 *
 * <pre>{@code
 * List<StanceTrainer.Example> examples = ...;   // detector.example(claim, body, gold, bodyId)
 * StanceModel model = StanceTrainer.train(examples, StanceTrainer.Settings.defaults(), List.of("trained on ..."));
 * List<StanceLabel> cv = StanceTrainer.crossValidate(examples, StanceTrainer.Settings.defaults(), 5);
 * }</pre>
 *
 * <p>Thread-safe: it has no state.
 */
public final class StanceTrainer {
  private StanceTrainer() {}

  /** A labelled pair; made by {@link StanceDetector#example}. */
  public static final class Example {
    final double[] features;
    final StanceModel.Guards guards;
    private final StanceLabel gold;
    private final String group;

    Example(double[] features, StanceModel.Guards guards, StanceLabel gold, String group) {
      this.features = features.clone();
      this.guards = guards;
      this.gold = gold;
      this.group = group == null ? "" : group;
    }

    public StanceLabel gold() {
      return gold;
    }

    /** Pairs of one group (a body, a claim) fall in one cross-validation fold. */
    public String group() {
      return group;
    }
  }

  /**
   * How to train.
   *
   * @param relatedRounds boosting rounds of the related/unrelated stage
   * @param stanceRounds boosting rounds of the agree/disagree/discuss stage
   * @param depth tree depth
   * @param learningRate shrinkage
   * @param subsample fraction of rows per round
   * @param classWeightPower 0 weighs all related pairs alike, 1 weighs each class by the inverse of its frequency
   * @param relatedThreshold the probability of related above which a pair is related
   * @param disagreeBias added to the log-probability of disagree when choosing among the related labels
   * @param seed seeds row sampling and fold assignment
   */
  public record Settings(int relatedRounds, int stanceRounds, int depth, double learningRate, double subsample,
      double classWeightPower, double relatedThreshold, double disagreeBias, long seed) {
    public Settings {
      checkArgument(relatedRounds >= 1 && stanceRounds >= 1, "rounds=%s/%s must be at least 1", relatedRounds,
          stanceRounds);
      checkArgument(classWeightPower >= 0 && classWeightPower <= 1, "classWeightPower=%s must be in [0, 1]",
          classWeightPower);
      checkArgument(relatedThreshold > 0 && relatedThreshold < 1, "relatedThreshold=%s must be in (0, 1)",
          relatedThreshold);
    }

    /** The settings the shipped model was trained with. */
    public static Settings defaults() {
      return new Settings(200, 300, 4, 0.1, 0.8, 0.5, 0.5, 0.5, 20170601L);
    }

    BoostedTrees.Params params(int rounds) {
      return new BoostedTrees.Params(rounds, depth, learningRate, 1.0, 1.0, subsample, 64, seed);
    }
  }

  /** Trains on all {@code examples}; {@code comments} go to the head of the model file. */
  public static StanceModel train(List<Example> examples, Settings s, List<String> comments) {
    checkArgument(!examples.isEmpty(), "no examples to train on");
    BoostedTrees related = null;
    boolean anyUnrelated = examples.stream().anyMatch(e -> e.gold() == StanceLabel.UNRELATED);
    if (anyUnrelated) {
      double[][] x = new double[examples.size()][];
      int[] y = new int[examples.size()];
      for (int i = 0; i < examples.size(); i++) {
        x[i] = examples.get(i).features;
        y[i] = examples.get(i).gold().isRelated() ? 1 : 0;
      }
      related = BoostedTrees.train(x, y, null, 2, s.params(s.relatedRounds()));
    }
    List<Example> rel = new ArrayList<>();
    for (Example e : examples) {
      if (e.gold().isRelated()) {
        rel.add(e);
      }
    }
    checkArgument(!rel.isEmpty(), "no related examples: the second stage needs agree, disagree or discuss pairs");
    double[][] x = new double[rel.size()][];
    int[] y = new int[rel.size()];
    int[] counts = new int[StanceModel.RELATED.size()];
    for (int i = 0; i < rel.size(); i++) {
      x[i] = rel.get(i).features;
      y[i] = StanceModel.RELATED.indexOf(rel.get(i).gold());
      counts[y[i]]++;
    }
    double[] classWeight = new double[counts.length];
    for (int k = 0; k < counts.length; k++) {
      double balanced = counts[k] == 0 ? 1 : rel.size() / (double) (counts.length * counts[k]);
      classWeight[k] = Math.pow(balanced, s.classWeightPower());
    }
    double[] w = new double[rel.size()];
    for (int i = 0; i < rel.size(); i++) {
      w[i] = classWeight[y[i]];
    }
    BoostedTrees stance = BoostedTrees.train(x, y, w, StanceModel.RELATED.size(), s.params(s.stanceRounds()));
    double[] bias = new double[StanceModel.RELATED.size()];
    bias[StanceModel.RELATED.indexOf(StanceLabel.DISAGREE)] = s.disagreeBias();
    return new StanceModel(comments, related, stance, s.relatedThreshold(), bias);
  }

  /**
   * The label each example gets from a model trained on the other folds: {@code folds} folds, groups kept whole, and
   * assigned to folds by a shuffle seeded with the settings' seed.
   */
  public static List<StanceLabel> crossValidate(List<Example> examples, Settings s, int folds) {
    checkArgument(folds >= 2, "folds=%s must be at least 2", folds);
    Map<String, Integer> foldOf = folds(examples, folds, s.seed());
    List<StanceLabel> out = new ArrayList<>(Collections.nCopies(examples.size(), (StanceLabel) null));
    for (int f = 0; f < folds; f++) {
      List<Example> train = new ArrayList<>();
      List<Integer> test = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (foldOf.get(examples.get(i).group()) == f) {
          test.add(i);
        } else {
          train.add(examples.get(i));
        }
      }
      if (test.isEmpty()) {
        continue;
      }
      StanceModel m = train(train, s, List.of());
      for (int i : test) {
        out.set(i, m.decide(examples.get(i).features, examples.get(i).guards).label());
      }
    }
    return out;
  }

  /** The fold of each group: groups sorted, shuffled with {@code seed}, dealt round-robin. */
  static Map<String, Integer> folds(List<Example> examples, int folds, long seed) {
    List<String> groups = new ArrayList<>(new TreeSet<>(examples.stream().map(Example::group).toList()));
    Collections.shuffle(groups, new Random(seed));
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      out.put(groups.get(i), i % folds);
    }
    return out;
  }
}
