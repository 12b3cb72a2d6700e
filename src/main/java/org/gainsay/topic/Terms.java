package org.gainsay.topic;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gainsay.nlp.WordNet;
import org.gainsay.statement.Statement;
import org.gainsay.text.Token;

/**
 * The concepts a statement is about: content lemmas, with words of one event frame ("restarted", "resumption",
 * "active again", "suspended") mapped to the frame ("@resume"), and nouns mapped to the verb they derive from.
 *
 * <p>Immutable and thread-safe.
 */
public final class Terms {
  static final Set<String> LIGHT = ImmutableSet.of("be", "have", "do", "say", "tell", "make", "get", "give", "take",
      "go", "come", "also", "now", "there", "here", "then", "just", "very", "more", "most", "many", "much", "other",
      "such", "own", "same", "new", "last", "first", "late", "early", "state", "year", "time", "day", "week",
      "month", "thing", "way", "people", "official", "mr.", "ms.", "mrs.", "include", "according", "spokesman",
      "spokeswoman", "report", "statement", "%", "percent", "number", "lot", "part", "well", "still", "even",
      "only", "already", "about", "like", "can", "will", "would", "could", "should", "may", "might", "must",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
      "tomorrow", "since", "whether", "never", "not", "no", "n't", "again");

  private final EventLexicon events;
  private final WordNet wordNet;

  public Terms(EventLexicon events, WordNet wordNet) {
    this.events = events;
    this.wordNet = wordNet;
  }

  public EventLexicon events() {
    return events;
  }

  /**
   * The concepts of a statement, split in two: predicates (event frames as "@frame", and content verbs or the verbs
   * nouns derive from) and arguments (the other nouns, names and adjectives).
   */
  public record Concepts(List<String> predicates, List<String> arguments) {
    public Concepts {
      predicates = List.copyOf(predicates);
      arguments = List.copyOf(arguments);
    }

    /** Predicates then arguments. */
    public List<String> all() {
      List<String> out = new ArrayList<>(predicates);
      out.addAll(arguments);
      return out;
    }
  }

  /** The concepts of {@code s}. */
  public Concepts concepts(Statement s) {
    return concepts(s.tokens());
  }

  /** The concepts of a run of tokens. */
  public Concepts concepts(List<Token> tokens) {
    Set<String> predicates = new LinkedHashSet<>();
    Set<String> arguments = new LinkedHashSet<>();
    List<String> lemmas = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      lemmas.add(t.lemma());
    }
    for (int i = 0; i < tokens.size(); i++) {
      int len = events.match(lemmas, i);
      if (len > 0) {
        String phrase = len == 1 ? lemmas.get(i) : String.join(" ", lemmas.subList(i, i + len));
        predicates.add("@" + events.lookup(phrase).orElseThrow().frame());
        i += len - 1;
        continue;
      }
      Token t = tokens.get(i);
      String term = term(t);
      if (term == null) {
        continue;
      }
      if (t.isVerb()) {
        predicates.add(term);
      } else {
        arguments.add(term);
      }
    }
    return new Concepts(new ArrayList<>(predicates), new ArrayList<>(arguments));
  }

  /** The concepts of {@code s} without repeats, predicates first; event frames are prefixed with '@'. */
  public List<String> of(Statement s) {
    return of(s.tokens());
  }

  /** The concepts of a run of tokens: predicates, then arguments. */
  public List<String> of(List<Token> tokens) {
    return concepts(tokens).all();
  }

  private String term(Token t) {
    String tag = t.tag();
    if (!(tag.equals("NOUN") || tag.equals("VERB") || tag.equals("PROPN") || tag.equals("ADJ"))) {
      return null;
    }
    String lemma = t.lemma().replace("’", "'");
    if (lemma.length() < 2 || LIGHT.contains(lemma) || !lemma.chars().anyMatch(Character::isLetter)) {
      return null;
    }
    lemma = canonicalPlace(lemma);
    if (tag.equals("NOUN")) {
      // "resumption" -> "resume": a noun that derives from a verb stands for the verb
      for (String r : wordNet.related(lemma, WordNet.WordClass.NOUN)) {
        if (r.length() >= 4 && r.length() < lemma.length() && lemma.startsWith(r.substring(0, 4))
            && !r.contains(" ")) {
          return r;
        }
      }
    }
    return lemma;
  }

  /** The canonical form of a lemma that names a place or its people ("American", "US", "U.S." -> "u.s."). */
  public static String canonicalPlace(String lemma) {
    switch (lemma.toLowerCase(Locale.ROOT)) {
      case "u.s.":
      case "us":
      case "u.s":
      case "american":
      case "america":
      case "united":
        return "u.s.";
      case "iraqi":
        return "iraq";
      case "iranian":
        return "iran";
      case "syrian":
        return "syria";
      case "russian":
        return "russia";
      case "chinese":
        return "china";
      case "british":
      case "britain":
      case "u.k.":
        return "uk";
      default:
        return lemma;
    }
  }
}
