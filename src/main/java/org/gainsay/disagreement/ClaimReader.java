package org.gainsay.disagreement;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gainsay.statement.Statement;
import org.gainsay.text.Span;
import org.gainsay.text.Token;
import org.gainsay.topic.EventLexicon;

/**
 * Reads a {@link Claim} from a statement: frames and verbs with their polarity (negation within the clause, a denying
 * cue), and numbers with their bounds ("at least 80", "more than 5,000", "dozens") and the thing they count.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClaimReader {
  static final Set<String> NEGATORS = ImmutableSet.of("not", "n't", "never", "no", "without", "neither", "nor",
      "none", "nobody", "nothing", "hardly", "cannot");
  static final Set<String> BOUNDARIES = ImmutableSet.of(";", "but", "however", "although", "though", "whereas",
      "while", "because", "after", "before", "if", "unless", "when", "which", "who", "since");
  static final Set<String> LIGHT_VERBS = ImmutableSet.of("be", "have", "say", "tell", "get", "go", "come", "add",
      "include", "become", "seem", "appear", "want", "need", "know", "think", "let", "try", "remain", "mean");
  /** Negators that scope over the whole clause wherever they stand: "the guitar is played by nobody". */
  static final Set<String> CLAUSE_NEGATORS = ImmutableSet.of("nobody", "nothing", "none", "noone");
  static final Map<String, double[]> NUMBER_WORDS = ImmutableMap.<String, double[]>builder()
      .put("one", new double[] {1, 1}).put("two", new double[] {2, 2}).put("three", new double[] {3, 3})
      .put("four", new double[] {4, 4}).put("five", new double[] {5, 5}).put("six", new double[] {6, 6})
      .put("seven", new double[] {7, 7}).put("eight", new double[] {8, 8}).put("nine", new double[] {9, 9})
      .put("ten", new double[] {10, 10}).put("eleven", new double[] {11, 11}).put("twelve", new double[] {12, 12})
      .put("twenty", new double[] {20, 20}).put("dozen", new double[] {12, 12})
      .put("dozens", new double[] {24, 99}).put("scores", new double[] {40, 99})
      .put("hundreds", new double[] {200, 999}).put("thousands", new double[] {2000, 9999})
      .put("millions", new double[] {2e6, 9.99e8}).put("several", new double[] {3, 9})
      .build();
  static final Map<String, Double> SCALES = ImmutableMap.of("hundred", 100.0, "thousand", 1e3, "million", 1e6,
      "billion", 1e9, "trillion", 1e12);

  private final EventLexicon events;

  public ClaimReader(EventLexicon events) {
    this.events = events;
  }

  public Claim read(Statement s) {
    List<Token> tk = s.tokens();
    List<String> lemmas = new ArrayList<>(tk.size());
    for (Token t : tk) {
      lemmas.add(t.lemma());
    }
    boolean denied = s.isDenial();
    List<Claim.Predicate> preds = new ArrayList<>();
    for (int i = 0; i < tk.size(); i++) {
      int len = events.match(lemmas, i);
      String key;
      boolean side = true;
      if (len > 0) {
        String phrase = len == 1 ? lemmas.get(i) : String.join(" ", lemmas.subList(i, i + len));
        EventLexicon.Sense sense = events.lookup(phrase).orElseThrow();
        key = "@" + sense.frame();
        side = sense.positive();
      } else if ((tk.get(i).isVerb() || predicativeAdjective(tk, i)) && !LIGHT_VERBS.contains(lemmas.get(i))
          || tk.get(i).is("NOUN") && i > 0 && tk.get(i - 1).lower().equals("no")) {
        key = lemmas.get(i);
        len = 1;
      } else {
        continue;
      }
      int negAt = negation(tk, i);
      if (negAt < 0 && !tk.get(i).is("NOUN")) {
        negAt = clauseNegator(tk, i);
      }
      boolean affirmed = side ^ (negAt >= 0) ^ denied;
      Span wordSpan = new Span(tk.get(i).start(), tk.get(i + len - 1).end());
      String word = s.text().substring(wordSpan.start() - s.span().start(), wordSpan.end() - s.span().start());
      preds.add(new Claim.Predicate(key, affirmed, word, wordSpan, negAt >= 0 ? tk.get(negAt).text() : null,
          negAt >= 0 ? tk.get(negAt).span() : null, denied));
      i += len - 1;
    }
    return new Claim(s, preds, quantities(tk));
  }

  /** The index of a negator that scopes over token {@code i}, or -1. */
  private static int negation(List<Token> tk, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 12); k--) {
      String w = tk.get(k).lower();
      if (BOUNDARIES.contains(w)) {
        return -1;
      }
      if (NEGATORS.contains(w)) {
        return k;
      }
    }
    return -1;
  }

  /** An adjective that is said of something ("the claim is false"), not one that qualifies a noun ("a false claim"). */
  private static boolean predicativeAdjective(List<Token> tk, int i) {
    if (!tk.get(i).is("ADJ")) {
      return false;
    }
    return i + 1 >= tk.size() || !(tk.get(i + 1).is("NOUN") || tk.get(i + 1).is("PROPN") || tk.get(i + 1).is("ADJ")
        || tk.get(i + 1).lower().equals("and") || tk.get(i + 1).lower().equals(","));
  }

  /** "nobody", "no one", "nothing" anywhere in the clause of token {@code i}, or -1. */
  private static int clauseNegator(List<Token> tk, int i) {
    for (int k = i + 1; k < tk.size(); k++) {
      String w = tk.get(k).lower();
      if (BOUNDARIES.contains(w) || w.equals(",")) {
        return -1;
      }
      if (CLAUSE_NEGATORS.contains(w) || w.equals("no") && k + 1 < tk.size() && tk.get(k + 1).lower().equals("one")) {
        return k;
      }
    }
    return -1;
  }

  private static List<Claim.Quantity> quantities(List<Token> tk) {
    List<Claim.Quantity> out = new ArrayList<>();
    for (int i = 0; i < tk.size(); i++) {
      Token t = tk.get(i);
      double[] value = value(t);
      if (value == null) {
        continue;
      }
      int from = i;
      int to = i + 1;
      if (to < tk.size() && SCALES.containsKey(tk.get(to).lower())) {
        double scale = SCALES.get(tk.get(to).lower());
        value = new double[] {value[0] * scale, value[1] * scale};
        to++;
      }
      // the bound before the number
      double low = value[0];
      double high = value[1];
      String b1 = i >= 1 ? tk.get(i - 1).lower() : "";
      String b2 = i >= 2 ? tk.get(i - 2).lower() + " " + b1 : "";
      if (b2.equals("at least") || b2.equals("more than") || b2.equals("over") || b1.equals("over")) {
        high = Double.POSITIVE_INFINITY;
        from = b2.equals("at least") || b2.equals("more than") ? i - 2 : i - 1;
      } else if (b2.equals("up to") || b2.equals("fewer than") || b2.equals("less than") || b2.equals("at most")) {
        low = 0;
        from = i - 2;
      } else if (b1.equals("about") || b1.equals("around") || b1.equals("roughly") || b1.equals("approximately")
          || b1.equals("some") || b1.equals("nearly") || b1.equals("almost")) {
        low = value[0] * (b1.equals("nearly") || b1.equals("almost") ? 0.85 : 0.9);
        high = value[1] * (b1.equals("nearly") || b1.equals("almost") ? 1.0 : 1.1);
        from = i - 1;
      }
      // what is counted: the next noun within three tokens
      String thing = null;
      int k = to;
      if (k < tk.size() && (tk.get(k).lower().equals("%") || tk.get(k).lower().equals("percent"))) {
        thing = "%";
      } else {
        for (; k < Math.min(tk.size(), to + 3); k++) {
          Token n = tk.get(k);
          if (n.is("NOUN")) {
            thing = n.lemma();
            break;
          }
          if (!(n.is("ADJ") || n.is("PROPN") || n.lower().equals("-"))) {
            break;
          }
        }
      }
      if (thing == null || isYear(t, value)) {
        continue;
      }
      Span span = new Span(tk.get(from).start(), tk.get(to - 1).end());
      StringBuilder text = new StringBuilder();
      for (int j = from; j < to; j++) {
        if (j > from) {
          text.append(' ');
        }
        text.append(tk.get(j).text());
      }
      out.add(new Claim.Quantity(low, high, thing, text.toString(), span));
      i = to - 1;
    }
    return out;
  }

  private static boolean isYear(Token t, double[] v) {
    return t.text().matches("(1[89]|20)\\d\\d") && v[0] == v[1];
  }

  private static double[] value(Token t) {
    double[] w = NUMBER_WORDS.get(t.lower());
    if (w != null) {
      return w.clone();
    }
    if (!t.is("NUM")) {
      return null;
    }
    String s = t.text().replace(",", "");
    try {
      double v = Double.parseDouble(s);
      return new double[] {v, v};
    } catch (NumberFormatException e) {
      return null;
    }
  }

  Optional<Claim.Predicate> predicate(Claim c, String key) {
    return c.predicates().stream().filter(p -> p.key().equals(key)).findFirst();
  }
}
