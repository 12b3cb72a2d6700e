package org.gainsay.statement;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gainsay.text.Token;

/** Tells what kind of source a noun phrase names, and reads its count, affiliation and role. */
final class SourceClassifier {
  /** Closed-class words that end a role before a name. */
  private static final Set<String> LINKS = ImmutableSet.of("a", "an", "the", "of", "for", "at", "in", "on", "with",
      "by", "from", "to", "and", "or", "'s", "’s");
  private static final java.util.regex.Pattern POSSESSIVE_ENDING =
      java.util.regex.Pattern.compile("\\s*['’]s$|(?<=s)['’]$");
  private static final java.util.regex.Pattern ROLE_BREAK = java.util.regex.Pattern.compile(
      "\\s*(,|\\bfor\\b|\\bof\\b|\\bat\\b|\\bwith\\b|\\bfrom\\b|\\bwho\\b|\\bin\\b)\\s*");
  private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("\\d");
  private static final java.util.regex.Pattern PARTICIPLE_FIRST = java.util.regex.Pattern.compile("\\S+(ing|ed)\\b");
  private static final java.util.regex.Pattern AFFILIATION_TAIL =
      java.util.regex.Pattern.compile("\\b(?:for|of|at|from|with)\\s+(.+)$");
  private SourceClassifier() {}

  static final Set<String> TITLES = ImmutableSet.of("gen.", "gen", "general", "president", "secretary", "sen.",
      "senator", "rep.", "gov.", "governor", "mr.", "mrs.", "ms.", "dr.", "prof.", "professor", "minister", "col.",
      "lt.", "adm.", "admiral", "maj.", "sgt.", "capt.", "judge", "justice", "mayor", "chancellor", "king", "queen",
      "prince", "pope", "ambassador", "chairman", "chairwoman", "director", "commissioner", "speaker", "leader",
      "sheikh", "rev.", "gov", "sen", "rep", "mr", "mrs", "ms", "dr", "state", "of", "prime", "attorney", "vice",
      "deputy", "foreign", "defense", "defence", "chief", "senior", "spokesman", "spokeswoman", "spokesperson");

  static final Set<String> ORGANIZATION_WORDS = ImmutableSet.of("ministry", "department", "agency", "office",
      "government", "administration", "pentagon", "kremlin", "police", "army", "military", "forces", "force",
      "council", "committee", "commission", "party", "campaign", "company", "corporation", "inc.", "corp.", "group",
      "coalition", "bank", "court", "congress", "senate", "parliament", "university", "institute", "union",
      "organization", "organisation", "association", "fund", "board", "fbi", "cia", "un", "nato", "eu", "embassy",
      "news", "times", "post", "journal", "reuters", "ap", "afp", "cnn", "bbc", "nbc", "cbs", "abc", "fox", "msnbc",
      "television", "tv", "radio", "newspaper", "network", "tribune", "herald", "guardian", "telegraph", "gazette",
      "press", "channel", "station", "firm", "bureau", "service", "authority", "authorities", "cabinet", "state",
      "states", "republic", "kingdom", "house", "white", "regime", "navy", "tehran", "washington", "moscow",
      "beijing", "baghdad", "damascus", "kiev", "kyiv", "london", "paris", "berlin", "team", "club", "league",
      "foundation", "center", "centre", "clinic", "hospital", "school", "airline", "airlines", "brigade", "militia",
      "command", "centcom", "who", "un", "isis", "taliban", "hamas", "hezbollah", "iaea", "opec", "ngo", "lab",
      "laboratory", "society", "federation", "assembly", "legislature", "lawmakers");

  static final Set<String> COUNTRIES = ImmutableSet.of("iraq", "iran", "syria", "russia", "china", "israel",
      "ukraine", "turkey", "france", "germany", "britain", "u.s.", "us", "usa", "america", "japan", "india",
      "pakistan", "afghanistan", "egypt", "saudi", "arabia", "lebanon", "jordan", "yemen", "libya", "mexico",
      "canada", "brazil", "italy", "spain", "poland", "korea", "qatar", "kuwait", "u.k.", "uk", "venezuela", "cuba",
      "nigeria", "kenya", "ethiopia", "sudan", "australia", "greece", "sweden", "norway", "denmark", "netherlands",
      "belgium", "austria", "switzerland", "hungary", "romania", "serbia", "bahrain", "oman", "emirates", "uae",
      "palestine", "taiwan", "vietnam", "indonesia", "philippines", "thailand", "myanmar", "argentina", "chile",
      "colombia", "peru", "europe", "nato", "tehran", "washington");

  static final Set<String> DOCUMENT_WORDS = ImmutableSet.of("report", "statement", "resolution", "document",
      "letter", "study", "survey", "poll", "filing", "complaint", "indictment", "memo", "ruling", "data", "analysis",
      "release", "order", "bill", "law", "decision", "transcript", "email", "e-mail", "tweet", "post", "article",
      "book", "paper", "findings", "assessment", "audit", "review", "lawsuit", "suit", "motion", "brief", "plan",
      "proposal", "agreement", "treaty", "constitution", "communique", "communiqué", "video", "ad", "advertisement",
      "website", "message", "notice", "warrant", "affidavit", "estimate", "figures", "numbers", "records", "record",
      "documents", "reports", "statements", "polls", "studies", "surveys", "guidelines", "regulation", "rule",
      "policy", "budget", "census", "forecast", "model", "chart", "map", "editorial", "column", "op-ed", "memoir",
      "speech", "manifesto", "platform", "petition", "verdict", "judgment", "opinion", "dossier", "cable", "average",
      "tally", "count");

  private static final Set<String> JOINERS = ImmutableSet.of("of", "for", "to", "at", "from", "in", "with", "on");

  /** Heads that name people, whatever organization modifies them. */
  static final Set<String> PERSON_NOUNS = ImmutableSet.of("official", "spokesman", "spokeswoman", "spokesperson",
      "aide", "adviser", "advisor", "officer", "minister", "lawmaker", "senator", "member", "leader", "analyst",
      "expert", "people", "person", "resident", "voter", "supporter", "critic", "staffer", "strategist",
      "executive", "director", "manager", "chairman", "chairwoman", "representative", "diplomat", "investigator",
      "prosecutor", "lawyer", "attorney", "economist", "researcher", "scientist", "worker", "employee",
      "negotiator", "delegate", "activist", "commander", "soldier", "pollster", "operative", "donor", "candidate",
      "governor", "mayor", "judge", "chief", "head", "ambassador", "envoy", "secretary", "president", "man",
      "woman", "friend", "ally", "rival", "colleague", "student", "teacher", "doctor", "nurse", "witness",
      "victim", "parent", "father", "mother", "organizer", "volunteer", "veteran", "insider", "observer",
      "consultant", "adviser", "fundraiser", "surrogate", "campaigner", "protester", "republican", "democrat");

  /** Common nouns that, before a name, say the name is an organization's. */
  static final Set<String> ORGANIZATION_ROLES = ImmutableSet.of("operator", "carrier", "company", "firm", "maker",
      "manufacturer", "retailer", "chain", "publisher", "broadcaster", "developer", "insurer", "lender", "bank",
      "utility", "airline", "group", "agency", "network", "newspaper", "party", "union", "charity", "organization",
      "organisation", "nonprofit", "startup", "giant", "automaker", "supplier", "contractor");

  /** Closed-class words that are no affiliation even when capitalized ("A", "Three", "The"). */
  private static final Set<String> NOT_AFFILIATION = ImmutableSet.of("a", "an", "the", "this", "that", "these",
      "those", "some", "many", "several", "few", "two", "three", "four", "five", "six", "seven", "eight", "nine",
      "ten", "one", "both", "another", "other", "former", "senior", "top", "current", "retired", "longtime");

  static final Set<String> ANONYMOUS_WORDS = ImmutableSet.of("source", "sources", "insider", "insiders",
      "someone", "anonymous", "familiar");

  static final Map<String, Integer> NUMBER_WORDS = ImmutableMap.<String, Integer>builder().put("a", 1)
      .put("an", 1).put("one", 1).put("two", 2).put("three", 3).put("four", 4).put("five", 5).put("six", 6)
      .put("seven", 7).put("eight", 8).put("nine", 9).put("ten", 10).put("both", 2).put("twelve", 12)
      .put("dozen", 12).build();

  static final Set<String> PRONOUNS = ImmutableSet.of("he", "she", "they", "it", "we", "i", "you", "him", "her",
      "them", "who", "this", "that", "which", "one");

  /** Phrases of a description that say the source is kept unnamed on purpose. */
  private static final List<String> ANONYMITY_PHRASES = List.of("anonymity", "anonymously", "not to be named",
      "not to be identified", "not authorized to", "not authorised to", "declined to be named",
      "declined to be identified", "without being named", "without being identified");

  /**
   * Whether a source's description says it is kept unnamed on purpose ("who requested anonymity", "who was not
   * authorized to speak publicly"); false for null.
   */
  static boolean keptAnonymous(String description) {
    if (description == null) {
      return false;
    }
    String d = description.toLowerCase(Locale.ROOT);
    return ANONYMITY_PHRASES.stream().anyMatch(d::contains);
  }

  /** The kind of the phrase {@code np}, seen without resolution. */
  static SourceKind kind(List<Token> np) {
    np = afterPartitive(np);
    Token head = head(np);
    String h = head.lower();
    boolean anyAnonymous = np.stream().anyMatch(t -> ANONYMOUS_WORDS.contains(t.lower()));
    if (anyAnonymous) {
      return SourceKind.ANONYMOUS;
    }
    if (head.is("PRON")) {
      return SourceKind.ANONYMOUS;
    }
    if (np.size() == 1 && NOT_AFFILIATION.contains(h)) {
      return SourceKind.DESCRIBED_PERSON; // "Some say ...", "Many fear ...": people, though capitalized
    }
    boolean named = head.is("PROPN") || head.isCapitalized() && head != np.get(0);
    if (named && np.stream().anyMatch(t -> !t.isCapitalized() && t.is("NOUN")
        && ORGANIZATION_ROLES.contains(t.lemma()))) {
      return SourceKind.ORGANIZATION; // "the ferry operator Sava Lines"
    }
    if (!head.is("PROPN") && PERSON_NOUNS.contains(head.lemma())) {
      return SourceKind.DESCRIBED_PERSON; // "a Pentagon spokesman", "Iraqi officials": people of an organization
    }
    if (DOCUMENT_WORDS.contains(h) && !head.is("PROPN")) {
      return SourceKind.DOCUMENT;
    }
    boolean anyOrg = np.stream().anyMatch(t -> ORGANIZATION_WORDS.contains(t.lower()) && (t.isCapitalized()
        || t == head));
    boolean properHead = head.is("PROPN") || (head.isCapitalized() && !head.is("NOUN"));
    if (anyOrg && !(properHead && personLike(np))) {
      return SourceKind.ORGANIZATION;
    }
    if (np.size() == 1 && head.is("NOUN") && head.isCapitalized() && head.lemma().equals(h) && !h.endsWith("s")
        && h.length() > 2 && !PERSON_NOUNS.contains(h) && !ORGANIZATION_WORDS.contains(h)
        && !ORGANIZATION_ROLES.contains(h) && !DOCUMENT_WORDS.contains(h) && !NOT_AFFILIATION.contains(h)
        && !COMMON_GROUPS.contains(h)) {
      return SourceKind.NAMED_PERSON; // "Ruiz/NOUN said" opening a sentence: a surname the POS tagger misread
    }
    if (properHead && groupMembers(head) && np.stream().noneMatch(t -> TITLES.contains(t.lower()))) {
      return SourceKind.DESCRIBED_PERSON; // "Republicans", "Senate Democrats", "Iraqis": people, not one named
    }
    if (properHead) {
      if (np.size() == 1 || np.stream().filter(t -> t.is("PROPN")).count() == 1) {
        String only = np.stream().filter(t -> t.is("PROPN")).map(Token::lower).findFirst().orElse(h);
        if (COUNTRIES.contains(only) && !personLike(np)) {
          return SourceKind.ORGANIZATION;
        }
      }
      if (np.stream().allMatch(t -> COUNTRIES.contains(t.lower()) || t.is("DET") || t.isPunct())) {
        return SourceKind.ORGANIZATION;
      }
      return SourceKind.NAMED_PERSON;
    }
    return SourceKind.DESCRIBED_PERSON;
  }

  /**
   * Whether a capitalized plural names members of a party, nation or movement ("Republicans", "Democrats",
   * "Iraqis", "Conservatives", "Socialists"), as its ending tells.
   */
  static boolean groupMembers(Token head) {
    String w = head.lower();
    if (!head.isCapitalized() || w.length() < 5 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("'s")) {
      return false;
    }
    String one = w.substring(0, w.length() - 1);
    return one.endsWith("an") || one.endsWith("ist") || one.endsWith("ive") || one.endsWith("crat")
        || one.endsWith("ite") || one.endsWith("i") && !one.endsWith("ii") || one.endsWith("al");
  }

  private static boolean personLike(List<Token> np) {
    return np.stream().anyMatch(t -> TITLES.contains(t.lower()) && t.isCapitalized())
        || np.stream().filter(t -> t.is("PROPN") && !ORGANIZATION_WORDS.contains(t.lower())
            && !COUNTRIES.contains(t.lower())).count() >= 2
            && np.stream().noneMatch(t -> ORGANIZATION_WORDS.contains(t.lower()) && !t.is("PROPN"));
  }

  /** Singular common nouns that may stand alone, capitalized, as a sentence's speaker ("Staff said"). */
  private static final Set<String> COMMON_GROUPS = ImmutableSet.of("staff", "management", "security", "labour",
      "labor", "leadership", "everyone", "everybody", "nobody", "someone", "somebody", "anyone", "family", "public",
      "opposition", "prosecution", "defense", "defence", "media", "press", "business", "industry", "science");

  /** Words that take "of" and a group: "two of the engineers", "some of her deputies". */
  private static final Set<String> PARTITIVES = ImmutableSet.of("one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "dozens", "many", "most", "some", "several", "few", "all", "half", "none",
      "each", "both", "any");

  /** "two of the engineers" -> "the engineers": the group a partitive phrase takes its members from. */
  static List<Token> afterPartitive(List<Token> np) {
    if (np.size() > 2 && np.get(1).lower().equals("of") && PARTITIVES.contains(np.get(0).lower())) {
      return np.subList(2, np.size());
    }
    return np;
  }

  /** The head of a noun phrase: its last noun-like token before any "of/for" complement. */
  static Token head(List<Token> np) {
    Token head = np.get(np.size() - 1);
    for (Token t : np) {
      if (t.is("ADP") && !t.lower().equals("'s") || t != np.get(0) && JOINERS.contains(t.lower())) {
        break;
      }
      if (t.isNounLike() || (t.isCapitalized() && !t.is("DET"))
          || t == np.get(np.size() - 1) && DOCUMENT_WORDS.contains(t.lower())) {
        head = t; // (a document word ending the phrase is its head whatever its tag: "a Gazette poll/VERB")
      }
    }
    return head;
  }

  /** How many the phrase says the source is, or null. */
  static Integer count(List<Token> np) {
    Token first = np.get(0);
    if ((first.lower().equals("a") || first.lower().equals("an")) && np.size() > 1
        && NUMBER_WORDS.containsKey(np.get(1).lower())) {
      first = np.get(1); // "a dozen protesters": 12
    }
    Integer n = NUMBER_WORDS.get(first.lower());
    if (n != null) {
      return n;
    }
    if (first.is("NUM")) {
      try {
        return Integer.valueOf(first.text().replace(",", ""));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    Token head = head(np);
    if (head.is("NOUN") && !head.lower().endsWith("s") && first.lower().equals("the")) {
      return 1;
    }
    return null;
  }

  /**
   * The owner before a possessive ("the mayor's spokesman" -> the mayor), capitalized modifiers before the head
   * ("two American military officials" -> American), or the complement after "for/of/at/from/with".
   */
  static String affiliation(List<Token> np, String description) {
    np = afterPartitive(np);
    Token head = head(np);
    int possessive = possessive(np, head);
    if (possessive >= 0 && !head.is("PROPN")) {
      String owner = join(np.subList(0, possessive + 1));
      return POSSESSIVE_ENDING.matcher(owner).replaceAll("");
    }
    StringBuilder sb = new StringBuilder();
    int i = 0;
    for (; i < np.size() && np.get(i) != head; i++) {
      if (head.is("PROPN")) {
        continue; // the capitalized words before a name's head are the name itself
      }
      Token t = np.get(i);
      if ((t.is("ADJ") || t.is("PROPN")) && t.isCapitalized() && !TITLES.contains(t.lower())
          && !NOT_AFFILIATION.contains(t.lower())) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(t.text());
      }
    }
    if (sb.length() > 0) {
      return sb.toString();
    }
    String tail = complement(np, i);
    if (tail != null) {
      return tail;
    }
    if (description != null && !PARTICIPLE_FIRST.matcher(description.strip()).lookingAt()) {
      // ("speaking on condition of anonymity" is how the source spoke, not whom it works for)
      java.util.regex.Matcher m = AFFILIATION_TAIL.matcher(description);
      if (m.find()) {
        return m.group(1).trim();
      }
    }
    return null;
  }

  private static String complement(List<Token> np, int headIndex) {
    for (int i = headIndex + 1; i < np.size(); i++) {
      String w = np.get(i).lower();
      if (w.equals("for") || w.equals("of") || w.equals("at") || w.equals("from") || w.equals("with")) {
        if (i + 1 < np.size()) {
          return join(np.subList(i + 1, np.size()));
        }
      }
    }
    return null;
  }

  /** Index of the token that ends a possessive before the head ("mayor's", "'s"), or -1. */
  private static int possessive(List<Token> np, Token head) {
    for (int i = 0; i < np.size() && np.get(i) != head; i++) {
      String w = np.get(i).lower();
      if (i > 0 && (w.equals("'s") || w.equals("’s")) || w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s"))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * What the source is, without number and affiliation: the lower-case modifiers and head ("military officials",
   * "campaign manager"); for a named person, the role its description or leading words give ("a spokeswoman for the
   * port authority" -> spokeswoman, "engineer Lena Fischer" -> engineer), or null.
   */
  /** "Union leader Marta Kowalska" opening a sentence: a role noun capitalized only by its place, then one in lower case. */
  static boolean opensWithCapitalizedRole(List<Token> np) {
    return np.size() > 2 && np.get(0).is("NOUN") && np.get(0).isCapitalized() && !np.get(1).isCapitalized()
        && np.get(1).is("NOUN");
  }

  static String role(List<Token> np, String description) {
    np = afterPartitive(np);
    Token head = head(np);
    if (head.is("PROPN") || head.isCapitalized() && head != np.get(0)) {
      if (description != null) {
        String d = description.strip().replaceFirst("^(?i)(a|an|the)\\s+", "");
        String[] parts = ROLE_BREAK.split(d);
        d = parts.length == 0 ? "" : parts[0].strip(); // a description of only "of" splits into nothing
        if (!d.isEmpty() && !DIGIT.matcher(d).find() && Character.isLowerCase(d.charAt(0))
            && !PARTICIPLE_FIRST.matcher(d).lookingAt()) { // "writing for the majority" is no role
          return d;
        }
      }
      StringBuilder lead = new StringBuilder();
      for (Token t : np) {
        if (t == np.get(0) && t.is("DET")) {
          continue; // "the ferry operator Sava Lines"
        }
        if (t.isCapitalized() && !(t == np.get(0) && opensWithCapitalizedRole(np))
            || !(t.is("NOUN") || t.is("ADJ") || !t.isPunct() && !LINKS.contains(t.lower()))) {
          break; // ("union/ADP president Ana Brkic": a tagging slip is still a role word)
        }
        lead.append(lead.length() > 0 ? " " : "").append(t.text());
      }
      return lead.length() == 0 ? null : lead.toString();
    }
    int possessive = possessive(np, head);
    StringBuilder sb = new StringBuilder();
    for (int i = possessive + 1; i < np.size(); i++) {
      Token t = np.get(i);
      boolean mod = (t.is("ADJ") || t.is("NOUN")) && !t.isCapitalized();
      if (mod || t == head) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(t.text());
      }
      if (t == head) {
        break;
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  static String join(List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    Token prev = null;
    for (Token t : tokens) {
      if (prev != null && prev.end() < t.start()) {
        sb.append(' ');
      }
      sb.append(t.text());
      prev = t;
    }
    return sb.toString();
  }

  static boolean isPronoun(List<Token> np) {
    return np.size() == 1 && PRONOUNS.contains(np.get(0).lower());
  }

  static boolean isPlural(List<Token> np) {
    Token head = head(np);
    String w = head.lower();
    return w.equals("they") || w.equals("them") || w.equals("we")
        || (head.is("NOUN") && w.endsWith("s") && !w.endsWith("ss") && !head.lemma().equals(w));
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
