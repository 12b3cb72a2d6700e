package org.gainsay.stance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gainsay.disagreement.Claim;
import org.gainsay.disagreement.NumberSignal;
import org.gainsay.statement.CueStance;
import org.gainsay.statement.QuoteType;
import org.gainsay.statement.Statement;

/**
 * The features of a claim/body pair that the stance model reads: how much of the claim the body covers (overall, in
 * its first sentences, in its best sentences), and what the body's sentences about the claim do with it: refuting,
 * hedging and reporting words near the claim's words, Gainsay's own statements (denying and hedging cues, hedges,
 * attribution), the polarity of the claim's predicates in the body against their polarity in the claim, and numbers
 * that disagree.
 *
 * <pre>{@code
 * StanceFeatures.Pair p = StanceFeatures.compute(claimReading, bodyReading);
 * p.values()[StanceFeatures.NAMES.indexOf("overlap")];
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
final class StanceFeatures {
  private StanceFeatures() {}

  /** The feature names, in the order of {@link Pair#values()}; the model file lists them and is checked against this. */
  static final List<String> NAMES = List.of(
      "claim_terms", "body_tokens_log", "overlap", "overlap_first3", "overlap_first1", "bigram_overlap",
      "best_sentence", "second_sentence", "matched_log", "matched_fraction", "first_match_position", "tf_cosine",
      "tf_hits_log", "concept_overlap", "claim_numbers_found",
      "refute_all", "refute_first3", "refute_matched", "hedge_all", "hedge_first3", "hedge_matched",
      "report_all", "report_matched", "confirm_all", "confirm_matched", "negation_matched",
      "claim_refute", "claim_hedge", "claim_negation", "claim_question", "claim_report", "claim_confirm",
      "stmt_deny_matched", "stmt_hedged_matched", "stmt_confirm_matched", "stmt_attributed_matched",
      "stmt_hedged_all", "stmt_deny_all", "polarity_same", "polarity_opposite", "polarity_opposite_first3",
      "predicate_negated_body", "number_mismatch", "number_match", "refute_near", "hedge_near", "negation_near",
      "claim_denial", "claim_predicate_negated", "refute_before_match");

  /**
   * The features of one pair, with the body sentences about the claim.
   *
   * @param values the feature values in {@link #NAMES} order
   * @param matched the body's sentences about the claim, best first
   * @param contradicting the matched sentences whose statement denies, negates or gives other numbers for the
   *     claim's predicates
   * @param hedging the matched sentences that hedge or deny by their cue
   */
  record Pair(double[] values, List<Reading.Unit> matched, List<Reading.Unit> contradicting,
      List<Reading.Unit> hedging) {}

  private static final NumberSignal NUMBERS = new NumberSignal();

  static Pair compute(Reading claim, Reading body) {
    double[] f = new double[NAMES.size()];
    Set<String> c = new HashSet<>();
    Set<String> cBigrams = claim.bigrams;
    List<String> claimWords = new ArrayList<>();
    for (Reading.Unit u : claim.units) {
      c.addAll(u.stemSet());
      claimWords.addAll(u.words());
    }
    int cn = Math.max(1, c.size());
    int k = 0;
    f[k++] = c.size();
    f[k++] = Math.log1p(body.tokens);
    f[k++] = overlap(c, body.stems) / (double) cn;
    Set<String> first3 = new HashSet<>();
    for (int i = 0; i < Math.min(3, body.units.size()); i++) {
      first3.addAll(body.units.get(i).stemSet());
    }
    f[k++] = overlap(c, first3) / (double) cn;
    f[k++] = body.units.isEmpty() ? 0 : overlap(c, body.units.get(0).stemSet()) / (double) cn;
    f[k++] = cBigrams.isEmpty() ? 0 : overlap(cBigrams, body.bigrams) / (double) cBigrams.size();

    // sentences about the claim
    int[] ov = new int[body.units.size()];
    int best = 0;
    int second = 0;
    List<Reading.Unit> matched = new ArrayList<>();
    int need = Math.max(Math.min(2, c.size()), (int) Math.ceil(0.3 * c.size()));
    for (Reading.Unit u : body.units) {
      int o = overlap(c, u.stemSet());
      ov[u.index()] = o;
      if (o > best) {
        second = best;
        best = o;
      } else if (o > second) {
        second = o;
      }
      if (o >= need && o > 0) {
        matched.add(u);
      }
    }
    matched.sort(Comparator.comparingInt((Reading.Unit u) -> -ov[u.index()]).thenComparingInt(Reading.Unit::index));
    f[k++] = best / (double) cn;
    f[k++] = second / (double) cn;
    f[k++] = Math.log1p(matched.size());
    f[k++] = body.units.isEmpty() ? 0 : matched.size() / (double) body.units.size();
    int firstMatch = matched.stream().mapToInt(Reading.Unit::index).min().orElse(body.units.size());
    f[k++] = body.units.isEmpty() ? 1 : firstMatch / (double) body.units.size();
    double dot = 0;
    double norm = 0;
    double hits = 0;
    for (var e : body.tf.entrySet()) {
      norm += e.getValue();
      if (c.contains(e.getKey())) {
        dot += Math.sqrt(e.getValue());
        hits += e.getValue();
      }
    }
    f[k++] = norm == 0 ? 0 : dot / (Math.sqrt(cn) * Math.sqrt(norm));
    f[k++] = Math.log1p(hits);
    f[k++] = claim.concepts.isEmpty() ? 0 : overlap(claim.concepts, body.concepts) / (double) claim.concepts.size();
    int numbers = 0;
    int found = 0;
    for (String s : c) {
      if (s.chars().anyMatch(Character::isDigit)) {
        numbers++;
        if (body.stems.contains(s)) {
          found++;
        }
      }
    }
    f[k++] = numbers == 0 ? -1 : found / (double) numbers;

    // words that refute, hedge, report, confirm
    List<Reading.Unit> scope = matched.isEmpty() && best > 0 ? List.of(bestUnit(body, ov, best)) : matched;
    f[k++] = Math.log1p(count(body.units, StanceWords.REFUTE, Integer.MAX_VALUE));
    f[k++] = count(body.units, StanceWords.REFUTE, 3);
    f[k++] = perUnit(scope, StanceWords.REFUTE);
    f[k++] = Math.log1p(count(body.units, StanceWords.HEDGE, Integer.MAX_VALUE));
    f[k++] = count(body.units, StanceWords.HEDGE, 3);
    f[k++] = perUnit(scope, StanceWords.HEDGE);
    f[k++] = Math.log1p(count(body.units, StanceWords.REPORT, Integer.MAX_VALUE));
    f[k++] = perUnit(scope, StanceWords.REPORT);
    f[k++] = Math.log1p(count(body.units, StanceWords.CONFIRM, Integer.MAX_VALUE));
    f[k++] = perUnit(scope, StanceWords.CONFIRM);
    f[k++] = perUnit(scope, StanceWords.NEGATION);
    f[k++] = countWords(claimWords, StanceWords.REFUTE);
    f[k++] = countWords(claimWords, StanceWords.HEDGE);
    f[k++] = countWords(claimWords, StanceWords.NEGATION);
    f[k++] = claimWords.contains("?") ? 1 : 0;
    f[k++] = countWords(claimWords, StanceWords.REPORT);
    f[k++] = countWords(claimWords, StanceWords.CONFIRM);

    // Gainsay's statements about the claim
    int deny = 0;
    int hedged = 0;
    int confirm = 0;
    int attributed = 0;
    int statements = 0;
    List<Reading.Unit> hedging = new ArrayList<>();
    for (Reading.Unit u : scope) {
      Statement s = u.statement();
      if (s == null) {
        continue;
      }
      statements++;
      CueStance cs = s.cue() == null ? null : s.cue().stance();
      if (s.isDenial() || cs == CueStance.DENY) {
        deny++;
      }
      if (s.hedge() != null) {
        hedged++;
      }
      if (s.isDenial() || cs == CueStance.DENY || s.hedge() != null) {
        hedging.add(u);
      }
      if (cs == CueStance.CONFIRM) {
        confirm++;
      }
      if (s.quote() != QuoteType.NARRATION) {
        attributed++;
      }
    }
    f[k++] = deny;
    f[k++] = hedged;
    f[k++] = confirm;
    f[k++] = statements == 0 ? -1 : attributed / (double) statements;
    int allHedged = 0;
    int allDeny = 0;
    int all = 0;
    for (Reading.Unit u : body.units) {
      if (u.statement() != null) {
        all++;
        if (u.statement().hedge() != null) {
          allHedged++;
        }
        if (u.statement().isDenial()) {
          allDeny++;
        }
      }
    }
    f[k++] = all == 0 ? 0 : allHedged / (double) all;
    f[k++] = allDeny;

    // polarity of the claim's predicates in the body
    List<Claim.Predicate> claimPreds = new ArrayList<>();
    List<Claim> claimClaims = new ArrayList<>();
    boolean claimDenial = false;
    for (Reading.Unit u : claim.units) {
      if (u.claim() != null) {
        claimPreds.addAll(u.claim().predicates());
        claimClaims.add(u.claim());
        claimDenial |= u.statement().isDenial();
      }
    }
    int same = 0;
    int opposite = 0;
    int oppositeFirst = 0;
    int negatedBody = 0;
    int mismatch = 0;
    int numberMatch = 0;
    List<Reading.Unit> contradicting = new ArrayList<>();
    for (Reading.Unit u : scope) {
      if (u.claim() == null) {
        continue;
      }
      boolean contradicts = false;
      for (Claim.Predicate pb : u.claim().predicates()) {
        for (Claim.Predicate pc : claimPreds) {
          if (!pc.key().equals(pb.key())) {
            continue;
          }
          if (pb.negator() != null || pb.deniedByCue()) {
            negatedBody++;
          }
          if (pc.affirmed() == pb.affirmed()) {
            same++;
          } else {
            opposite++;
            contradicts = true;
            if (u.index() < 3) {
              oppositeFirst++;
            }
          }
        }
      }
      for (Claim cc : claimClaims) {
        if (NUMBERS.compare(cc, u.claim()).isPresent()) {
          mismatch++;
          contradicts = true;
        }
        for (Claim.Quantity qa : cc.quantities()) {
          for (Claim.Quantity qb : u.claim().quantities()) {
            if (qa.thing().equals(qb.thing()) && qa.low() <= qb.high() && qb.low() <= qa.high()) {
              numberMatch++;
            }
          }
        }
      }
      if (contradicts) {
        contradicting.add(u);
      }
    }
    f[k++] = same;
    f[k++] = opposite;
    f[k++] = oppositeFirst;
    f[k++] = negatedBody;
    f[k++] = mismatch;
    f[k++] = numberMatch;

    // words near the claim's words anywhere in the body
    int refuteNear = 0;
    int hedgeNear = 0;
    int negNear = 0;
    int refuteBefore = 0;
    for (Reading.Unit u : body.units) {
      if (ov[u.index()] == 0) {
        continue;
      }
      List<String> w = u.words();
      List<String> ws = u.wordStems();
      for (int i = 0; i < w.size(); i++) {
        boolean refute = StanceWords.REFUTE.contains(w.get(i));
        boolean hedge = StanceWords.HEDGE.contains(w.get(i));
        boolean neg = StanceWords.NEGATION.contains(w.get(i));
        if (!(refute || hedge || neg)) {
          continue;
        }
        boolean near = false;
        for (int j = Math.max(0, i - 6); j < Math.min(w.size(), i + 7) && !near; j++) {
          near = ws.get(j) != null && c.contains(ws.get(j));
        }
        if (near) {
          refuteNear += refute ? 1 : 0;
          hedgeNear += hedge ? 1 : 0;
          negNear += neg ? 1 : 0;
          if (refute && u.index() <= firstMatch) {
            refuteBefore++;
          }
        }
      }
    }
    f[k++] = refuteNear;
    f[k++] = hedgeNear;
    f[k++] = negNear;
    f[k++] = claimDenial ? 1 : 0;
    boolean claimNegated = false;
    for (Claim.Predicate p : claimPreds) {
      claimNegated |= p.negator() != null || p.deniedByCue();
    }
    f[k++] = claimNegated ? 1 : 0;
    f[k++] = refuteBefore;
    if (k != NAMES.size()) {
      throw new IllegalStateException("computed " + k + " features but NAMES has " + NAMES.size());
    }
    return new Pair(f, List.copyOf(matched), List.copyOf(contradicting), List.copyOf(hedging));
  }

  private static Reading.Unit bestUnit(Reading body, int[] ov, int best) {
    for (Reading.Unit u : body.units) {
      if (ov[u.index()] == best) {
        return u;
      }
    }
    throw new IllegalStateException("no sentence has overlap " + best);
  }

  private static <T> int overlap(Set<T> a, Set<T> b) {
    int n = 0;
    Set<T> small = a.size() <= b.size() ? a : b;
    Set<T> large = small == a ? b : a;
    for (T x : small) {
      if (large.contains(x)) {
        n++;
      }
    }
    return n;
  }

  private static int count(List<Reading.Unit> units, Set<String> words, int firstN) {
    int n = 0;
    for (int i = 0; i < Math.min(firstN, units.size()); i++) {
      n += countWords(units.get(i).words(), words);
    }
    return n;
  }

  private static double perUnit(List<Reading.Unit> units, Set<String> words) {
    if (units.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (Reading.Unit u : units) {
      n += countWords(u.words(), words);
    }
    return n / (double) units.size();
  }

  private static int countWords(List<String> ws, Set<String> words) {
    int n = 0;
    for (String w : ws) {
      if (words.contains(w)) {
        n++;
      }
    }
    return n;
  }
}
