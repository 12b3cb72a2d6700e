package org.gainsay.stance;

import java.util.ArrayList;
import java.util.Comparator;
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
      // how much of the claim the body covers
      "claim_terms", "body_tokens_log", "overlap", "overlap_first3", "overlap_first1", "bigram_overlap",
      "best_sentence", "second_sentence", "matched_log", "matched_fraction", "first_match_position", "tf_cosine",
      "tf_hits_log", "concept_overlap", "claim_numbers_found",
      // words that refute, hedge, report, confirm: in the body, its first sentences, the sentences about the claim
      "refute_all", "refute_first3", "refute_matched", "hedge_all", "hedge_first3", "hedge_matched",
      "report_all", "report_matched", "confirm_all", "confirm_matched", "negation_matched", "questions_all",
      "debunk_all", "debunk_first3", "debunk_matched", "unsure_all", "unsure_first3", "unsure_matched",
      // the same in the claim
      "claim_refute", "claim_hedge", "claim_negation", "claim_question", "claim_report", "claim_confirm",
      // Gainsay's statements about the claim and in the body
      "stmt_deny_matched", "stmt_hedged_matched", "stmt_confirm_matched", "stmt_attributed_matched",
      "stmt_hedged_all", "stmt_deny_all", "stmt_attributed_all",
      "first_match_attributed", "first_match_hedged", "first_match_refute", "first_match_hedge",
      "first_match_report", "first_match_negation",
      // polarity of the claim's predicates in the body, numbers
      "polarity_same", "polarity_opposite", "polarity_opposite_first3", "predicate_negated_body",
      "number_mismatch", "number_match",
      // cue words within six words of the claim's words
      "refute_near", "hedge_near", "negation_near", "claim_denial", "claim_predicate_negated",
      "refute_before_match");

  /**
   * The features of one pair, with the body sentences about the claim.
   *
   * @param values the feature values in {@link #NAMES} order
   * @param matched the body's sentences about the claim, best first
   * @param contradicting the matched sentences whose statement denies, negates or gives other numbers for the
   *     claim's predicates
   * @param hedging the matched sentences that hedge or deny by their cue
   * @param reader what a careful reader sees in the sentences about the claim's predicate
   */
  record Pair(double[] values, List<Reading.Unit> matched, List<Reading.Unit> contradicting,
      List<Reading.Unit> hedging, ReaderSignals reader) {}

  /**
   * What a careful reader sees in the body's sentences that use one of the claim's predicates with one more of its
   * words: who affirms it, who denies it, and whether the outlet itself negates it or calls it false.
   *
   * @param affirmed sentences whose firm statement (not hedged, not a denial) affirms the claim's predicate as the
   *     claim does
   * @param deniedBySource sentences where a source denies the claim (a denying cue over the claim's predicate)
   * @param negatedByOutlet sentences where the outlet, in its own firm voice, negates the claim's predicate
   * @param refutedByOutlet sentences about the claim where the outlet, in its own firm voice, calls something a hoax,
   *     fake or false while the claim itself uses no such word
   */
  record ReaderSignals(List<Reading.Unit> affirmed, List<Reading.Unit> deniedBySource,
      List<Reading.Unit> negatedByOutlet, List<Reading.Unit> refutedByOutlet) {
    ReaderSignals {
      affirmed = List.copyOf(affirmed);
      deniedBySource = List.copyOf(deniedBySource);
      negatedByOutlet = List.copyOf(negatedByOutlet);
      refutedByOutlet = List.copyOf(refutedByOutlet);
    }
  }

  private static final NumberSignal NUMBERS = new NumberSignal();

  static Pair compute(Reading claim, Reading body) {
    double[] f = new double[NAMES.size()];
    Set<String> c = claim.stems;
    int cn = Math.max(1, c.size());
    int k = 0;
    f[k++] = c.size();
    f[k++] = Math.log1p(body.tokens);
    f[k++] = overlap(c, body.stems) / (double) cn;
    int first3 = 0;
    int first1 = 0;
    for (String s : c) {
      for (int i = 0; i < Math.min(3, body.units.size()); i++) {
        if (body.units.get(i).stemSet().contains(s)) {
          first3++;
          first1 += i == 0 ? 1 : 0;
          break;
        }
      }
    }
    f[k++] = first3 / (double) cn;
    f[k++] = first1 / (double) cn;
    f[k++] = claim.bigrams.isEmpty() ? 0 : overlap(claim.bigrams, body.bigrams) / (double) claim.bigrams.size();

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
    int firstMatch = matched.isEmpty() ? body.units.size() : matched.get(0).index();
    matched.sort(Comparator.comparingInt((Reading.Unit u) -> -ov[u.index()]).thenComparingInt(Reading.Unit::index));
    f[k++] = best / (double) cn;
    f[k++] = second / (double) cn;
    f[k++] = Math.log1p(matched.size());
    f[k++] = body.units.isEmpty() ? 0 : matched.size() / (double) body.units.size();
    f[k++] = body.units.isEmpty() ? 1 : firstMatch / (double) body.units.size();
    double dot = 0;
    double hits = 0;
    for (String s : c) {
      Integer tf = body.tf.get(s);
      if (tf != null) {
        dot += Math.sqrt(tf);
        hits += tf;
      }
    }
    f[k++] = body.tfNorm == 0 ? 0 : dot / (Math.sqrt(cn) * Math.sqrt(body.tfNorm));
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
    f[k++] = Math.log1p(body.counts[Reading.REFUTE]);
    f[k++] = body.countsFirst3[Reading.REFUTE];
    f[k++] = perUnit(scope, Reading.REFUTE);
    f[k++] = Math.log1p(body.counts[Reading.HEDGE]);
    f[k++] = body.countsFirst3[Reading.HEDGE];
    f[k++] = perUnit(scope, Reading.HEDGE);
    f[k++] = Math.log1p(body.counts[Reading.REPORT]);
    f[k++] = perUnit(scope, Reading.REPORT);
    f[k++] = Math.log1p(body.counts[Reading.CONFIRM]);
    f[k++] = perUnit(scope, Reading.CONFIRM);
    f[k++] = perUnit(scope, Reading.NEGATION);
    f[k++] = Math.log1p(body.counts[Reading.QUESTION]);
    f[k++] = Math.log1p(body.counts[Reading.DEBUNK]);
    f[k++] = body.countsFirst3[Reading.DEBUNK];
    f[k++] = perUnit(scope, Reading.DEBUNK);
    f[k++] = Math.log1p(body.counts[Reading.UNSURE]);
    f[k++] = body.countsFirst3[Reading.UNSURE];
    f[k++] = perUnit(scope, Reading.UNSURE);
    f[k++] = claim.counts[Reading.REFUTE];
    f[k++] = claim.counts[Reading.HEDGE];
    f[k++] = claim.counts[Reading.NEGATION];
    f[k++] = claim.counts[Reading.QUESTION] > 0 ? 1 : 0;
    f[k++] = claim.counts[Reading.REPORT];
    f[k++] = claim.counts[Reading.CONFIRM];

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
    int all = body.units.size();
    f[k++] = all == 0 ? 0 : body.hedged / (double) all;
    f[k++] = body.denials;
    f[k++] = all == 0 ? 0 : body.attributed / (double) all;
    Reading.Unit fm = firstMatch < body.units.size() ? body.units.get(firstMatch) : null;
    Statement fs = fm == null ? null : fm.statement();
    f[k++] = fs == null ? -1 : fs.isNarration() ? 0 : 1;
    f[k++] = fs == null ? -1 : fs.hedge() != null ? 1 : 0;
    f[k++] = fm == null ? -1 : fm.counts()[Reading.REFUTE];
    f[k++] = fm == null ? -1 : fm.counts()[Reading.HEDGE];
    f[k++] = fm == null ? -1 : fm.counts()[Reading.REPORT];
    f[k++] = fm == null ? -1 : fm.counts()[Reading.NEGATION];

    // polarity of the claim's predicates in the body
    List<Claim.Predicate> claimPreds = new ArrayList<>();
    List<Claim> claimClaims = new ArrayList<>();
    boolean claimDenial = false;
    for (Reading.Unit u : claim.units) {
      if (u.claim() != null) {
        claimPreds.addAll(events(u.claim()));
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
      for (Claim.Predicate pb : events(u.claim())) {
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
        if (!cc.quantities().isEmpty() && NUMBERS.compare(cc, u.claim()).isPresent()) {
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

    // cue words near the claim's words anywhere in the body
    int refuteNear = 0;
    int hedgeNear = 0;
    int negNear = 0;
    int refuteBefore = 0;
    for (Reading.Unit u : body.units) {
      if (ov[u.index()] == 0) {
        continue;
      }
      List<String> ws = u.wordStems();
      for (int cue : u.cueWords()) {
        int i = cue >> 3;
        boolean near = false;
        for (int j = Math.max(0, i - 6); j < Math.min(ws.size(), i + 7) && !near; j++) {
          near = ws.get(j) != null && c.contains(ws.get(j));
        }
        if (near) {
          boolean refute = (cue & (1 << Reading.REFUTE)) != 0;
          refuteNear += refute ? 1 : 0;
          hedgeNear += (cue & (1 << Reading.HEDGE)) != 0 ? 1 : 0;
          negNear += (cue & (1 << Reading.NEGATION)) != 0 ? 1 : 0;
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
    for (int i = 0; i < f.length; i++) {
      f[i] = (float) f[i]; // float precision keeps model thresholds short and exact in the model file
    }
    return new Pair(f, List.copyOf(matched), List.copyOf(contradicting), List.copyOf(hedging),
        readerSignals(claim, body, claimPreds, ov, need));
  }

  /**
   * The predicates of a claim that are events or states (verbs, frames, predicative adjectives), not the things it
   * mentions ("=rhino"): for stance, what matters is whether the body says the claim's event happened.
   */
  private static List<Claim.Predicate> events(Claim c) {
    List<Claim.Predicate> out = new ArrayList<>(c.predicates().size());
    for (Claim.Predicate p : c.predicates()) {
      if (!p.key().startsWith("=")) {
        out.add(p);
      }
    }
    return out;
  }

  /** Strong words for calling a report false, in the outlet's own voice. */
  private static final Set<String> FALSE_WORDS = Set.of("hoax", "hoaxes", "fake", "faked", "false", "untrue",
      "fabricated", "fabrication", "bogus", "debunked", "myth", "satire", "satirical", "baseless", "unfounded");

  private static ReaderSignals readerSignals(Reading claim, Reading body, List<Claim.Predicate> claimPreds, int[] ov,
      int need) {
    boolean claimRefutes = claim.counts[Reading.REFUTE] > 0;
    List<Reading.Unit> affirmed = new ArrayList<>();
    List<Reading.Unit> denied = new ArrayList<>();
    List<Reading.Unit> negated = new ArrayList<>();
    List<Reading.Unit> refuted = new ArrayList<>();
    for (Reading.Unit u : body.units) {
      Statement s = u.statement();
      if (s == null || u.claim() == null || ov[u.index()] < 2) {
        continue;
      }
      boolean firm = s.hedge() == null;
      boolean denial = s.isDenial() || s.cue() != null && s.cue().stance() == CueStance.DENY;
      boolean aff = false;
      boolean den = false;
      boolean neg = false;
      for (Claim.Predicate pb : events(u.claim())) {
        for (Claim.Predicate pc : claimPreds) {
          if (!pc.key().equals(pb.key())) {
            continue;
          }
          if (pc.affirmed() == pb.affirmed()) {
            aff |= firm;
          } else if (denial && pb.deniedByCue()) {
            den = true;
          } else if (firm && s.isNarration() && pb.negator() != null) {
            neg = true;
          }
        }
      }
      boolean ref = !claimRefutes && firm && s.isNarration() && ov[u.index()] >= need
          && u.words().stream().anyMatch(FALSE_WORDS::contains);
      if (ref) {
        refuted.add(u); // "the story that X resigned is a hoax" affirms nothing
      } else if (aff) {
        affirmed.add(u);
      }
      if (den) {
        denied.add(u);
      }
      if (neg) {
        negated.add(u);
      }
    }
    return new ReaderSignals(affirmed, denied, negated, refuted);
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

  private static double perUnit(List<Reading.Unit> units, int list) {
    if (units.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (Reading.Unit u : units) {
      n += u.counts()[list];
    }
    return n / (double) units.size();
  }
}
