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
    boolean[] embedded = embedded(tk);
    for (int i = 0; i < tk.size(); i++) {
      if (embedded[i] || modal(tk, i)) {
        continue; // "the relatives, who asked to see the video, ...", "may not have paid": not asserted
      }
      if (i > 0 && i + 1 < tk.size() && tk.get(i).isVerb() && tk.get(i).lower().endsWith("ing")
          && tk.get(i + 1).is("NOUN") && (tk.get(i - 1).is("NUM") || tk.get(i - 1).is("DET")
          || tk.get(i - 1).is("ADJ"))) {
        continue; // "300 polling stations", "the shipping company": a noun's modifier, no event
      }
      int len = events.match(lemmas, i);
      String key;
      boolean side = true;
      if (len > 0) {
        String phrase = len == 1 ? lemmas.get(i) : String.join(" ", lemmas.subList(i, i + len));
        EventLexicon.Sense sense = events.lookup(phrase).orElseThrow();
        key = "@" + sense.frame();
        side = sense.positive();
      } else if ((tk.get(i).isVerb() || predicativeAdjective(tk, i)) && !LIGHT_VERBS.contains(lemmas.get(i))) {
        key = lemmas.get(i);
        len = 1;
      } else if (tk.get(i).is("NOUN") || tk.get(i).is("PROPN") || noBefore(tk, i) >= 0 && !tk.get(i).isPunct()) {
        // things: "no rhino" denies there is one; "a rhino" says there is
        int no = noBefore(tk, i);
        Span sp = tk.get(i).span();
        String word = tk.get(i).text();
        preds.add(new Claim.Predicate("=" + lemmas.get(i), no < 0, word, sp, no >= 0 ? tk.get(no).text() : null,
            no >= 0 ? tk.get(no).span() : null, false, java.util.Set.of()));
        continue;
      } else {
        continue;
      }
      int negAt = negation(tk, i);
      if (negAt < 0) {
        negAt = clauseNegator(tk, i);
      }
      boolean affirmed = side ^ (negAt >= 0) ^ denied;
      Span wordSpan = new Span(tk.get(i).start(), tk.get(i + len - 1).end());
      String word = s.text().substring(wordSpan.start() - s.span().start(), wordSpan.end() - s.span().start());
      preds.add(new Claim.Predicate(key, affirmed, word, wordSpan, negAt >= 0 ? tk.get(negAt).text() : null,
          negAt >= 0 ? tk.get(negAt).span() : null, denied, subject(tk, i, s)));
      i += len - 1;
    }
    // a frame counts once, where it first appears: "resumed after a two-week suspension" affirms resumption
    java.util.Set<String> seen = new java.util.HashSet<>();
    preds.removeIf(p -> p.key().startsWith("@") && !seen.add(p.key()));
    List<Claim.Quantity> quantities = new ArrayList<>(quantities(tk));
    quantities.addAll(durations(tk));
    return new Claim(s, preds, quantities, DateReader.read(tk, s.published()));
  }

  static final Set<String> EMBEDDERS = ImmutableSet.of("that", "which", "who", "whom", "whose", "because", "if",
      "when", "whenever", "while", "although", "though", "whereas", "since", "unless", "where", ";", "after",
      "before", "until", "whether");

  /**
   * Which tokens lie in a subordinate or relative clause: from an embedding word to the end of the statement, or, when
   * the statement opens with one ("When X, Y"), up to the first comma.
   */
  static boolean[] embedded(List<Token> tk) {
    boolean[] out = new boolean[tk.size()];
    boolean rest = false;
    boolean untilComma = false;
    for (int i = 0; i < tk.size(); i++) {
      Token t = tk.get(i);
      String w = t.lower();
      if (untilComma && w.equals(",")) {
        untilComma = false;
      } else if (!rest && !untilComma && EMBEDDERS.contains(w) && !(w.equals("that") && t.is("DET"))) {
        if (i <= 1) {
          untilComma = true;
        } else {
          rest = true;
        }
      }
      out[i] = rest || untilComma;
    }
    // "a man detained in Porto Lindo is her brother": a participle after a noun, with the clause's own verb later, only
    // describes the noun
    for (int i = 1; i < tk.size(); i++) {
      if (!out[i] && tk.get(i).isVerb() && (tk.get(i - 1).is("NOUN") || tk.get(i - 1).is("PROPN"))) {
        for (int k = i + 1; k < tk.size() && !out[k]; k++) {
          if (tk.get(k).lower().equals(",")) {
            break;
          }
          if (tk.get(k).is("AUX") || tk.get(k).isVerb() && !tk.get(k - 1).lower().equals("to")) {
            out[i] = true;
            break;
          }
        }
      }
    }
    return out;
  }

  private static final Set<String> SELF = ImmutableSet.of("he", "she", "they", "i", "we");

  /** Words of a source's name that are not its name proper. */
  private static final class SourceWords {
    static final Set<String> TITLES = ImmutableSet.of("the", "mr.", "mrs.", "ms.", "dr.", "gen.", "sen.", "rep.",
        "gov.", "president", "secretary", "spokesman", "spokeswoman", "two", "three", "and", "for", "of");
  }

  private static final Set<String> AUXILIARY_LEMMAS = ImmutableSet.of("be", "have", "do", "will", "get");
  private static final Set<String> SUBJECT_SKIP = ImmutableSet.of("not", "n't", "never", "to", "also", "already",
      "still", "just", "yet", "again", "no", "nobody");

  /**
   * The content words of the noun phrase before token {@code i}, over auxiliaries, adverbs and negation: "The United
   * States has restarted" -> {u.s.}; "the US-Led coalition to be active again" -> {u.s., lead, coalition}.
   */
  static Set<String> subject(List<Token> tk, int i, Statement s) {
    int k = i - 1;
    while (k >= 0 && (tk.get(k).is("AUX") || tk.get(k).is("ADV") || tk.get(k).is("PART")
        || AUXILIARY_LEMMAS.contains(tk.get(k).lemma())
        || SUBJECT_SKIP.contains(tk.get(k).lower()) || tk.get(k).lower().equals("\"")
        || tk.get(k).lower().equals("\u201c"))) {
      k--;
    }
    java.util.Set<String> out = new java.util.HashSet<>();
    if (k >= 0 && SELF.contains(tk.get(k).lower()) && s.cue() != null) {
      // "Clinton said she opposes the deal": in reported speech the speaker usually speaks of themself
      for (String w : s.source().name().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}.]+")) {
        if (w.length() > 2 && !SourceWords.TITLES.contains(w)) {
          out.add(org.gainsay.topic.Terms.canonicalPlace(w));
        }
      }
      return out;
    }
    int taken = 0;
    while (k >= 0 && taken < 8) {
      Token t = tk.get(k);
      if (t.is("NOUN") || t.is("PROPN") || t.is("ADJ") || t.is("NUM")) {
        out.add(org.gainsay.topic.Terms.canonicalPlace(t.lemma()));
      } else if (!(t.is("DET") || t.lower().equals("-") || t.lower().equals("'s") || t.lower().equals("of")
          || t.is("PART") && !t.lower().equals("not"))) {
        break;
      }
      k--;
      taken++;
    }
    return out;
  }

  static final Set<String> MODALS = ImmutableSet.of("may", "might", "could", "should");

  /**
   * Whether a modal of possibility governs token {@code i} ("may not have paid", "could resume"): no claim. "Would" is
   * left out: in reported speech it is the future seen from the past ("said the link would reopen").
   */
  static boolean modal(List<Token> tk, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
      String w = tk.get(k).lower();
      if (MODALS.contains(w)) {
        return true;
      }
      if (!(tk.get(k).is("AUX") || tk.get(k).is("ADV") || tk.get(k).is("PART") || w.equals("not"))) {
        return false;
      }
    }
    return false;
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

  /**
   * The index of an existential "no" right before token {@code i}, over at most one modifier, or -1: "No ship has
   * left", "there is no rhino", not "paying no taxes" (which negates nothing's existence).
   */
  private static int noBefore(List<Token> tk, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
      String w = tk.get(k).lower();
      if (w.equals("no")) {
        boolean existential = k == 0 || k >= 1 && tk.get(k - 1).lemma().equals("be")
            || k == 1 && tk.get(0).isPunct();
        return existential ? k : -1;
      }
      if (!(tk.get(k).is("ADJ") || tk.get(k).is("NUM") || tk.get(k).is("NOUN"))) {
        return -1;
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
      if (thing == null || isYear(t, value) || DAYS.containsKey(thing) || UNITS.contains(thing)
          || to < tk.size() && FRACTION.matcher(tk.get(to).text()).matches()) {
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

  static final String DURATION = "@duration";
  private static final java.util.regex.Pattern FRACTION = java.util.regex.Pattern.compile("\\d+/\\d+");
  /**
   * Units and measures: two numbers of miles or percent in two statements are rarely the same quantity, so only
   * counts of things (people, troops, shots) are compared.
   */
  static final Set<String> UNITS = ImmutableSet.of("%", "percent", "mile", "kilometer", "kilometre", "km", "foot",
      "feet", "inch", "meter", "metre", "minute", "second", "dollar", "euro", "pound", "figure", "time", "point",
      "degree", "ton", "tonne", "gallon", "barrel", "acre", "cent", "yard", "mph", "kg", "kilogram", "gram", "lb",
      "billion", "million", "thousand", "hundred", "version", "generation", "round", "step", "part", "piece",
      "inch-long", "rupee", "yuan", "yen", "ruble");
  private static final Map<String, Double> DAYS = ImmutableMap.of("hour", 1 / 24.0, "day", 1.0, "week", 7.0,
      "fortnight", 14.0, "month", 30.0, "year", 365.0);
  private static final java.util.regex.Pattern HYPHENATED =
      java.util.regex.Pattern.compile("(\\d+|[a-z]+)-(hour|day|week|month|year)s?(?:-long)?");

  /** Durations in days: "a 10-day pause", "two weeks", "for three months". */
  private static List<Claim.Quantity> durations(List<Token> tk) {
    List<Claim.Quantity> out = new ArrayList<>();
    for (int i = 0; i < tk.size(); i++) {
      String lower = tk.get(i).lower();
      java.util.regex.Matcher m = lower.indexOf('-') >= 0 ? HYPHENATED.matcher(lower) : null; // most have none
      double[] n = null;
      String unit = null;
      int from = i;
      int to = i + 1;
      if (i + 1 < tk.size() && (tk.get(i + 1).lower().equals("old") || tk.get(i + 1).lower().equals("-old"))
          || tk.get(i).lower().endsWith("-old")) {
        continue; // "29-year-old" is an age, not a duration
      }
      if (i + 2 < tk.size() && tk.get(i + 1).lower().equals("-") && tk.get(i + 2).lower().startsWith("old")) {
        continue;
      }
      if (m != null && m.matches()) {
        n = number(m.group(1));
        unit = m.group(2);
      } else if (i + 1 < tk.size() && DAYS.containsKey(tk.get(i + 1).lemma())) {
        n = value(tk.get(i));
        unit = tk.get(i + 1).lemma();
        to = i + 2;
      } else if (i + 2 < tk.size() && tk.get(i + 1).lower().equals("-") && DAYS.containsKey(tk.get(i + 2).lemma())) {
        n = value(tk.get(i));
        unit = tk.get(i + 2).lemma();
        to = i + 3;
      }
      if (n == null || unit == null) {
        continue;
      }
      boolean age = to < tk.size() && (tk.get(to).lower().endsWith("old")
          || tk.get(to).lower().equals("-") && to + 1 < tk.size() && tk.get(to + 1).lower().startsWith("old"));
      if (age) {
        i = to - 1;
        continue; // "29-year-old" is an age, not a duration
      }
      double days = DAYS.get(unit);
      Span span = new Span(tk.get(from).start(), tk.get(to - 1).end());
      String text = Token.join(tk.subList(from, to));
      out.add(new Claim.Quantity(n[0] * days, n[1] * days, DURATION, text, span));
      i = to - 1;
    }
    return out;
  }

  private static double[] number(String s) {
    double[] w = NUMBER_WORDS.get(s);
    if (w != null) {
      return w.clone();
    }
    try {
      double v = Double.parseDouble(s);
      return new double[] {v, v};
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean isYear(Token t, double[] v) {
    return DateReader.YEAR.matcher(t.text()).matches() && v[0] == v[1];
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
