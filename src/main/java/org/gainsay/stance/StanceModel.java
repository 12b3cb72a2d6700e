package org.gainsay.stance;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What turns the features of a claim/body pair into a stance: either the trained model shipped in
 * {@code models/stance-model.txt} (two stages of gradient-boosted trees: related or not, then agree, disagree or
 * discuss), or hand-written rules over the same features.
 *
 * <pre>{@code
 * StanceModel model = StanceModel.bundled();             // the trained model from the class path
 * StanceModel rules = StanceModel.rules();               // no training: thresholds and Gainsay's signals
 * Gainsay g = Gainsay.builder().stanceModel(rules).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class StanceModel {
  static final String RESOURCE = "org/gainsay/models/stance-model.txt";
  static final String MAGIC = "gainsay-stance-model 1";
  static final List<StanceLabel> RELATED = List.of(StanceLabel.AGREE, StanceLabel.DISAGREE, StanceLabel.DISCUSS);

  private final List<String> comments;
  private final BoostedTrees related;
  private final BoostedTrees stance;
  private final double relatedThreshold;
  private final double[] bias;

  StanceModel(List<String> comments, BoostedTrees related, BoostedTrees stance, double relatedThreshold,
      double[] bias) {
    checkArgument(bias.length == RELATED.size(), "bias has %s values, need one per related label", bias.length);
    this.comments = List.copyOf(comments);
    this.related = related;
    this.stance = stance;
    this.relatedThreshold = relatedThreshold;
    this.bias = bias.clone();
  }

  /**
   * The decision for one pair: the label, its probability, the probability of each label, and the careful-reader
   * rule that overrode the model's choice (null when none did).
   */
  record Decision(StanceLabel label, double score, double[] probabilities, String guard) {
    Decision(StanceLabel label, double score, double[] probabilities) {
      this(label, score, probabilities, null);
    }
  }

  /**
   * What the careful-reader rules look at, from {@link StanceFeatures.ReaderSignals}.
   *
   * @param affirmed a firm statement affirms the claim's predicate
   * @param deniedBySource a source denies the claim
   * @param negatedByOutlet the outlet, in its own firm voice, negates the claim's predicate
   * @param refutedByOutlet the outlet, in its own firm voice, calls the claim a hoax, fake or false
   */
  record Guards(boolean affirmed, boolean deniedBySource, boolean negatedByOutlet, boolean refutedByOutlet) {
    static final Guards NONE = new Guards(false, false, false, false);

    static Guards of(StanceFeatures.ReaderSignals r) {
      return new Guards(!r.affirmed().isEmpty(), !r.deniedBySource().isEmpty(), !r.negatedByOutlet().isEmpty(),
          !r.refutedByOutlet().isEmpty());
    }
  }

  /**
   * The trained model shipped with Gainsay.
   *
   * @throws IOException when it is missing from the class path or does not fit this version's features
   */
  public static StanceModel bundled() throws IOException {
    InputStream in = StanceModel.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IOException(RESOURCE + " is not on the class path: build with Maven, which copies models/ into the "
          + "jar, or rebuild the model with 'gainsay train stance'");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return read(r, RESOURCE);
    }
  }

  /**
   * A model written by {@link #write(Path)} or {@code gainsay train stance}.
   *
   * @throws IOException when the file is missing, malformed, or made for other features
   */
  public static StanceModel read(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString());
    } catch (NoSuchFileException e) {
      throw new IOException(file + ": no such file", e);
    }
  }

  /** Hand-written rules over the same features, with no training: the baseline the trained model has to beat. */
  public static StanceModel rules() {
    return new StanceModel(List.of("rules"), null, null, 0.5, new double[3]);
  }

  /** Whether this is {@link #rules()}. */
  public boolean isRules() {
    return related == null && stance == null;
  }

  /** A line that says what the model is ("rules", or trees and their sizes). */
  public String describe() {
    if (isRules()) {
      return "hand-written rules";
    }
    return String.format(Locale.ROOT, "boosted trees: %s related/unrelated, %s agree/disagree/discuss; "
        + "%d features", related == null ? "none" : related.trees() + " trees", stance.trees() + " trees",
        StanceFeatures.NAMES.size());
  }

  /** Writes the model as text. */
  public void write(Path file) throws IOException {
    Files.writeString(file, text(), StandardCharsets.UTF_8);
  }

  String text() {
    checkArgument(!isRules(), "the rules have no model file to write");
    StringBuilder sb = new StringBuilder();
    for (String c : comments) {
      sb.append("# ").append(c).append('\n');
    }
    sb.append(MAGIC).append('\n');
    sb.append("features ").append(String.join(" ", StanceFeatures.NAMES)).append('\n');
    sb.append("related-threshold ").append(relatedThreshold).append('\n');
    sb.append("bias");
    for (double b : bias) {
      sb.append(' ').append(b);
    }
    sb.append('\n');
    sb.append("stage related ").append(related == null ? "none" : "trees").append('\n');
    if (related != null) {
      related.write(sb);
    }
    sb.append("stage stance trees\n");
    stance.write(sb);
    return sb.toString();
  }

  static StanceModel parse(String text, String where) throws IOException {
    return read(new BufferedReader(new StringReader(text)), where);
  }

  private static StanceModel read(BufferedReader in, String where) throws IOException {
    List<String> comments = new ArrayList<>();
    String line = in.readLine();
    while (line != null && line.startsWith("#")) {
      comments.add(line.substring(1).strip());
      line = in.readLine();
    }
    if (!MAGIC.equals(line)) {
      throw new IOException(where + ": not a Gainsay stance model: expected '" + MAGIC + "', found " + line);
    }
    String features = in.readLine();
    String expected = "features " + String.join(" ", StanceFeatures.NAMES);
    if (!expected.equals(features)) {
      throw new IOException(where + ": made for other features than this version computes: retrain it with "
          + "'gainsay train stance' (see models/README.md)");
    }
    double threshold = Double.parseDouble(value(in.readLine(), "related-threshold", where));
    String[] bs = value(in.readLine(), "bias", where).split(" ");
    if (bs.length != RELATED.size()) {
      throw new IOException(where + ": 'bias' needs " + RELATED.size() + " values, found " + bs.length);
    }
    double[] bias = new double[bs.length];
    for (int i = 0; i < bs.length; i++) {
      bias[i] = Double.parseDouble(bs[i]);
    }
    String stage = value(in.readLine(), "stage", where);
    BoostedTrees related = null;
    if (stage.equals("related trees")) {
      related = BoostedTrees.read(in, StanceFeatures.NAMES.size(), where);
    } else if (!stage.equals("related none")) {
      throw new IOException(where + ": expected 'stage related trees' or 'stage related none', found " + stage);
    }
    stage = value(in.readLine(), "stage", where);
    if (!stage.equals("stance trees")) {
      throw new IOException(where + ": expected 'stage stance trees', found " + stage);
    }
    BoostedTrees stance = BoostedTrees.read(in, StanceFeatures.NAMES.size(), where);
    return new StanceModel(comments, related, stance, threshold, bias);
  }

  private static String value(String line, String key, String where) throws IOException {
    if (line == null || !line.startsWith(key + " ")) {
      throw new IOException(where + ": expected a line '" + key + " ...', found " + line);
    }
    return line.substring(key.length() + 1).strip();
  }

  /**
   * The stance for a pair with features {@code f} (in {@link StanceFeatures#NAMES} order), then the careful-reader
   * rules: a source's denial that no firm statement answers is never agreement (the article reports a dispute:
   * discuss); the outlet negating the claim in its own voice, or calling it a hoax, with no firm statement affirming
   * it, is disagreement. On FNC-1 they change few pairs and cost about 0.1 points of the score in cross-validation
   * (models/README.md); they make plain cases come out as a careful reader reads them.
   */
  Decision decide(double[] f, Guards g) {
    Decision d = decide(f);
    if (g.affirmed()) {
      return d;
    }
    StanceLabel l = d.label();
    if ((l == StanceLabel.AGREE || l == StanceLabel.DISCUSS) && g.negatedByOutlet()) {
      return guarded(d, StanceLabel.DISAGREE, "the outlet itself negates the claim");
    }
    if (l == StanceLabel.AGREE && g.refutedByOutlet()) {
      return guarded(d, StanceLabel.DISAGREE, "the outlet itself calls the claim false");
    }
    if (l == StanceLabel.AGREE && g.deniedBySource()) {
      return guarded(d, StanceLabel.DISCUSS, "a source denies the claim and no one affirms it");
    }
    return d;
  }

  private static Decision guarded(Decision d, StanceLabel to, String guard) {
    return new Decision(to, d.probabilities()[to.ordinal()], d.probabilities(), guard);
  }

  /** The model's own decision for features {@code f}, before the careful-reader rules. */
  Decision decide(double[] f) {
    if (isRules()) {
      return StanceRules.decide(f);
    }
    double pRelated = related == null ? 1 : related.probabilities(f)[1];
    double[] all = new double[StanceLabel.values().length];
    all[StanceLabel.UNRELATED.ordinal()] = 1 - pRelated;
    if (pRelated < relatedThreshold) {
      // the second stage is not run for unrelated pairs (most pairs, in bulk): the related labels share P(related)
      for (StanceLabel l : RELATED) {
        all[l.ordinal()] = pRelated / RELATED.size();
      }
      return new Decision(StanceLabel.UNRELATED, 1 - pRelated, all);
    }
    double[] p = stance.probabilities(f);
    for (int k = 0; k < RELATED.size(); k++) {
      all[RELATED.get(k).ordinal()] = pRelated * p[k];
    }
    int best = 0;
    for (int k = 1; k < RELATED.size(); k++) {
      if (Math.log(p[k]) + bias[k] > Math.log(p[best]) + bias[best]) {
        best = k;
      }
    }
    return new Decision(RELATED.get(best), pRelated * p[best], all);
  }
}
