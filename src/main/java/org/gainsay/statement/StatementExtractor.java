package org.gainsay.statement;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.gainsay.nlp.WordNet;
import org.gainsay.text.AnalyzedText;
import org.gainsay.text.Sentence;
import org.gainsay.text.Span;
import org.gainsay.text.Token;

/**
 * The statement stage: segments an analysed article into statements and attributes each to its source, cue and
 * channel.
 *
 * <p>Every cue of the {@link CueLexicon} in a sentence (outside quotation marks) opens a frame; one sentence can hold
 * several ("X said A, and Y said B"; "X declined to comment, saying B"). Shapes read within a sentence: "X said (that)
 * Y", "X told Z (that) Y", "Y, X said", "Y, said X", "according to X, Y", "Y, according to X", "X said: Y",
 * "X, a spokesman for Z, denied Y", "X, who criticized Y", "X's spokesman said Y", "X has responded by saying Y", "Y
 * —Commissioner X", "Y, X said, Z" (a quote split by its cue), a headline "X: Y", beliefs and plans ("officials
 * believe Y", "the Pentagon wants to Y"), documents ("the resolution said Y"), "The Times reported, citing two
 * officials, that Y" (the officials are the source, the Times the channel). A frame nested in another frame's content
 * ("X said that Y believes Z") belongs to the outer one. Across sentences: quotes over several sentences or
 * paragraphs, a paragraph that ends "X said:" before a quote, and a quote that follows one attributed to a speaker.
 * "he", "she", "they", "who", a surname or "the officials" resolve to the fullest earlier mention that they can stand
 * for. Whatever is not attributed belongs to the outlet.
 *
 * <pre>{@code
 * StatementExtractor extractor = new StatementExtractor(CueLexicon.load());
 * List<Statement> statements = extractor.extract(analyzedText);
 * }</pre>
 *
 * <p>The work is linear in the article: a fixed number of passes over each sentence, a binary search in the quote
 * list, and a bounded look-back over earlier sources.
 *
 * <p>Immutable and thread-safe.
 */
public final class StatementExtractor {
  // word alternatives the readers test (a set look-up where String.matches compiled a pattern on every call)
  private static final Set<String> SO_WORDS = ImmutableSet.of("so", "-", "so-");
  private static final Set<String> POSSESSIVES_AND_ARTICLES = ImmutableSet.of("his", "her", "its", "their", "the",
      "a", "an");
  private static final Set<String> POSSESSIVE_PRONOUNS = ImmutableSet.of("his", "her", "their", "its", "our", "my");
  /** Pronouns that stand before a noun, inside its phrase ("my mother", "your state"). */
  private static final Set<String> POSSESSIVE_DETERMINERS = ImmutableSet.<String>builder().addAll(POSSESSIVE_PRONOUNS)
      .add("your").build();
  private static final Set<String> CUE_COMPLEMENT_WORDS = ImmutableSet.of("that", "to", "of", "for", "on", "about",
      "against", "with", ":", "is", "was", "over", "toward", "towards", "in");
  private static final Set<String> ACTIVE_CUE_FOLLOWERS = ImmutableSet.of("to", "that", "as", "like");
  private static final Set<String> EXPLETIVES = ImmutableSet.of("it", "there", "this");
  private static final Set<String> CLAUSE_OPENERS = ImmutableSet.of("whether", "if", "how", "why", "when", "what",
      "who", "where", "to");
  private static final Set<String> WHO_THAT = ImmutableSet.of("who", "that");
  private static final Set<String> THIRD_PERSON_POSSESSIVES = ImmutableSet.of("his", "her", "its", "their");
  private static final Set<String> QUESTION_WORDS = ImmutableSet.of("whether", "if", "how", "why", "when", "what",
      "who");
  /** Words before "one" that make one noun phrase with it ("no one", "every one"). */
  private static final Set<String> QUANTIFIED_ONE = ImmutableSet.of("no", "every", "each", "any", "some", "not");
  /** Words before "of" + pronoun that make one noun phrase ("many of whom", "some of them"). */
  private static final Set<String> QUANTIFIERS = ImmutableSet.of("many", "most", "some", "all", "none", "one",
      "each", "both", "several", "few", "two", "three", "half", "neither", "either", "any");
  /** Adjectives that follow a noun and take "to": "aides close to the mayor". */
  private static final Set<String> POSTPOSED_ADJECTIVES = ImmutableSet.of("close", "loyal", "near", "opposed",
      "sympathetic", "friendly", "hostile");
  private static final Set<String> WHO_WHICH = ImmutableSet.of("who", "which");
  private static final Set<String> CONTRASTS = ImmutableSet.of("while", "whereas", "although", "though", "but");
  /** Contrasts that open another party's clause ("..., police said, while officials put the toll at 15"). */
  private static final Set<String> CLAUSE_CONTRASTS = ImmutableSet.of("while", "whereas");
  /** Words after "A, X said," that go on with the narration, not with what X said ("before leaving the stage"). */
  private static final Set<String> NARRATION_OPENERS = ImmutableSet.of("before", "after", "upon", "as", "when",
      "then", "until");
  /** Where a person's description turns from what the person is to what else it names ("a spokesman | for ..."). */
  private static final List<String> DESCRIPTION_LINKS = List.of(" for ", " of ", " at ", " from ", " with ", " in ",
      ", ");
  private static final Set<String> COORDINATORS = ImmutableSet.of("and", "or");
  private static final Set<String> POSSESSIVE_OR_STOP = ImmutableSet.of("'s", "’s", ".");
  private static final java.util.regex.Pattern PRONOUN_CONTRACTION =
      java.util.regex.Pattern.compile("(he|she|it|they|we|i|you|that|there)['’](s|re|ll|d|ve|m)");
  private static final Set<String> RECIPIENT_CUES = ImmutableSet.of("tell", "inform", "assure", "ask", "urge",
      "warn", "remind", "advise", "brief", "notify", "promise", "convince", "persuade");
  /** Cues that take no bare noun object as content ("added 15 troops", "continued the tour"). */
  private static final Set<String> NEEDS_CLAUSE = ImmutableSet.of("add", "continue", "explain", "answer",
      "respond", "reply", "note", "write", "warn", "conclude", "maintain", "hope", "fear", "worry", "feel", "agree",
      "admit", "observe", "read", "learn", "know", "see", "tell", "promise");
  /** Cues that are never read with their content before them ("Trump, Clinton criticized"). */
  private static final Set<String> FORWARD_ONLY = ImmutableSet.of("criticize", "endorse", "support", "praise",
      "oppose", "attack", "blame", "accuse", "defend", "urge", "call", "call for", "call on", "seek", "want",
      "plan", "intend", "propose", "ask", "name", "describe", "cite", "refer to", "back", "question", "mock",
      "slam", "blast", "condemn", "denounce", "decry", "welcome", "hail", "applaud", "thank", "congratulate");
  /** Cues whose object is the one told, never an inverted speaker: '"A," Ruiz told the Herald', not the Herald. */
  private static final Set<String> NEVER_INVERTED = ImmutableSet.of("tell", "inform", "assure", "remind", "brief");
  private static final Set<String> TIME_WORDS = ImmutableSet.of("late", "early", "last", "this", "next",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
      "morning", "afternoon", "evening", "night", "week", "month", "year", "earlier", "later", "weekend",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.");
  private static final Set<String> WEEKDAYS = ImmutableSet.of("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "today", "yesterday", "tonight");
  private static final Set<String> JOINERS = ImmutableSet.of("of", "for", "at", "from", "in", "with", "on", "to",
      "inside", "within", "outside", "among", "near");
  private static final Set<String> MEDIA_WORDS = ImmutableSet.of("news", "agency", "times", "post", "journal",
      "reuters", "ap", "afp", "cnn", "bbc", "nbc", "cbs", "abc", "fox", "msnbc", "television", "tv", "radio",
      "newspaper", "network", "tribune", "herald", "guardian", "telegraph", "gazette", "press", "channel", "station",
      "twitter", "facebook", "instagram", "x", "magazine", "daily", "wire", "broadcaster", "outlet", "website",
      "podcast", "npr", "pbs", "politico", "axios", "bloomberg", "xinhua", "tass", "irna", "isna", "fars", "al",
      "jazeera", "sputnik", "rt");
  private static final Set<String> STOP_INTRO = ImmutableSet.of("however", "but", "and", "meanwhile", "still",
      "yet", "so", "also", "separately", "earlier", "later", "instead", "moreover", "furthermore", "nonetheless",
      "now", "then", "in", "on", "at", "after", "before", "during", "while", "when", "since", "as", "last", "this",
      "on", "speaking", "asked", "writing");
  private static final Set<String> HEDGE_WORDS = ImmutableSet.of("may", "might", "could", "reportedly",
      "possibly", "perhaps", "allegedly", "apparently", "purportedly", "supposedly", "likely", "unlikely",
      "probably", "unclear", "unconfirmed", "unverified", "rumored", "rumoured");
  /** Words that open an adverbial clause: "When the mayor arrived, ...". */
  private static final Set<String> SUBORDINATORS = ImmutableSet.of("when", "whenever", "while", "as", "after",
      "before", "if", "although", "though", "because", "since", "once", "until", "unless", "whereas");
  private static final Set<String> RELATIVE = ImmutableSet.of("who", "which", "that");
  /** What a source issues ("issued a statement saying"), and how. */
  private static final Set<String> ISSUED_DOCUMENTS = ImmutableSet.of("statement", "report", "letter", "memo",
      "release", "note", "memorandum");
  private static final Set<String> ISSUING_VERBS = ImmutableSet.of("issue", "release", "put", "send", "publish",
      "post", "circulate", "distribute", "file");
  /** Cues that also name a physical act: "attacked the plan" is an attribution, "attacked the embassy" is not. */
  private static final Set<String> PHYSICAL_OR_VERBAL = ImmutableSet.of("attack", "hit", "strike", "slam", "blast",
      "target", "hammer", "bash", "fire", "shoot", "storm", "assault", "batter", "pound", "rock", "lash", "whip");
  /**
   * Places and vehicles that are attacked with force, not words. (WordNet's first-sense domains were tried and read
   * "Bush", "Mitt", "system" and "plant" as things.) "house" is left out: "attacked the White House" is usually words.
   */
  private static final Set<String> PHYSICAL_TARGETS = ImmutableSet.of("embassy", "embassies", "compound", "compounds",
      "base", "bases", "convoy", "convoys", "ship", "ships", "vessel", "vessels", "tanker", "tankers", "building",
      "buildings", "headquarters", "station", "stations", "facility", "facilities", "checkpoint", "checkpoints",
      "camp", "camps", "airport", "airports", "airfield", "school", "schools", "hospital", "hospitals", "village",
      "villages", "town", "towns", "mosque", "mosques", "church", "churches", "synagogue", "barracks", "outpost",
      "outposts", "aircraft", "plane", "planes", "helicopter", "helicopters", "drone", "drones", "vehicle",
      "vehicles", "truck", "trucks", "bus", "buses", "car", "cars", "train", "pipeline", "pipelines", "refinery",
      "refineries", "consulate", "consulates", "police", "troops", "soldiers", "patrol", "patrols", "tanks");
  /** Forms that are verbs whatever the tagger said ("the admiral said/NOUN"). */
  private static final java.util.Map<String, String> ALWAYS_VERBS = com.google.common.collect.ImmutableMap.of(
      "said", "say", "says", "say", "told", "tell", "tells", "tell");
  /** Closed-class words: a capital on them says nothing about a name. */
  private static final Set<String> FUNCTION_WORDS = ImmutableSet.of("a", "an", "the", "this", "that", "these",
      "those", "in", "on", "at", "for", "of", "with", "by", "from", "to", "after", "before", "during", "about", "as",
      "under", "over", "into", "like", "since", "than", "through", "without", "despite", "among", "between",
      "against", "amid", "per", "via", "and", "but", "or", "nor", "so", "yet", "if", "when", "while", "because",
      "although", "though", "unless", "until", "whether", "is", "are", "was", "were", "be", "been", "being", "has",
      "have", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must", "shall",
      "not", "no", "yes", "i", "he", "she", "it", "we", "they", "you", "his", "her", "its", "our", "their", "my",
      "your", "who", "whom", "whose", "which", "what", "where", "why", "how", "there", "here", "then", "now", "also",
      "just", "only", "even", "still", "all", "some", "any", "each", "every", "both", "either", "neither", "more",
      "most", "less", "least", "many", "much", "few", "other", "another", "such", "very", "too", "again", "ever",
      "never", "always", "already", "however", "meanwhile", "instead", "said", "says", "say", "asked", "told");
  private static final Set<String> ADJUNCT_OPENERS = ImmutableSet.of("on", "in", "at", "during", "after", "before",
      "via", "to", "from", "with", "while", "when", "as", "outside", "inside", "through", "by", "last", "this",
      "earlier", "later", "recently", "today", "yesterday", "tonight", "told", "adding", "citing");
  /** Cues that are no attribution before "to": "continued to trail", "learned to fly". */
  private static final Set<String> NO_INFINITIVE = ImmutableSet.of("continue", "learn", "read", "know", "see",
      "show", "find", "add", "tell", "answer", "respond", "reply", "write", "note", "explain");
  /** Verbs whose subject belongs to the content: "Cruz seemed lost", "the plan appears to fail". */
  private static final Set<String> RAISING = ImmutableSet.of("seem", "appear");
  /** Pronouns that open a relative clause or a free relative ("what appeared to be"). */
  private static final Set<String> RELATIVES = ImmutableSet.of("that", "which", "what", "who", "whom");
  /** "it was not clear whether", "it is unknown how": the outlet's doubt, no part of what a source said. */
  private static final Set<String> OUTLET_DOUBTS = ImmutableSet.of("clear", "unclear", "known", "unknown",
      "certain", "uncertain");
  /** Prepositions that take a noun phrase, never a clause ("In a video posted online", not "As X reported"). */
  private static final Set<String> PREPOSITIONS_ONLY = ImmutableSet.of("in", "on", "at", "with", "from", "by",
      "during", "for", "under", "through", "via", "amid", "into", "of");
  /** Nouns for what a source said, which another then denies: ", a claim the commission denied". */
  private static final Set<String> CLAIM_NOUNS = ImmutableSet.of("claim", "charge", "allegation", "accusation",
      "assertion", "suggestion", "report", "account", "figure", "version", "characterization", "contention");
  private static final int FEMALE = 1;
  private static final int MALE = -1;
  /** Words that make a source a woman or a man, besides "-woman" and "-man" ("chairwoman", "spokesman"). */
  private static final Set<String> FEMALE_WORDS = ImmutableSet.of("ms.", "mrs.", "miss", "ms", "mrs", "mother",
      "wife", "daughter", "sister", "queen", "grandmother", "actress", "widow", "girl", "aunt", "niece", "princess",
      "duchess", "baroness", "lady", "dame");
  private static final Set<String> MALE_WORDS = ImmutableSet.of("mr.", "mr", "father", "husband", "son", "brother",
      "king", "grandfather", "widower", "boy", "uncle", "nephew", "prince", "duke", "baron", "lord", "sir");
  /** Subjects that say nobody did it: "Neither side has confirmed", "No official denied". */
  private static final Set<String> NOBODY = ImmutableSet.of("neither", "nobody", "no", "none");
  /** Verbs that give a count with "at": "put the toll at 15", "pegged the cost at". */
  private static final Set<String> ESTIMATING = ImmutableSet.of("put", "place", "peg");
  /** Words between "at" and a count: "at least 15", "at more than 3,000". */
  private static final Set<String> COUNT_HEDGES = ImmutableSet.of("least", "most", "about", "around", "nearly",
      "almost", "roughly", "some", "more", "less", "fewer", "than", "over", "under", "just", "$", "€", "£");
  /** Verbs that hold back what follows "from": "refrained from saying" says nothing. */
  private static final Set<String> REFRAINING = ImmutableSet.of("refrain", "shy", "stop", "hold", "keep");
  /** What joins a verb to the clause before it, whose subject it shares: "X spotted A and reported B". */
  private static final Set<String> SAME_SUBJECT_LINKS = ImmutableSet.of("and", "but", ",");
  /** Words that open a clause which can hold an attribution of its own ("..., and X said", "..., while X says"). */
  private static final Set<String> CLAUSE_JOINERS = ImmutableSet.of("and", "but", "while", "whereas", "although",
      "though", "yet", "so");
  /** Headline labels that a colon follows without anybody speaking ("Image: ...", "Update: ..."). */
  private static final Set<String> NOT_SPEAKERS = ImmutableSet.of("image", "photo", "video", "watch", "update",
      "updated", "related", "note", "read", "caption", "file", "correction", "editor", "editors", "source",
      "sources", "credit", "breaking", "exclusive", "live", "opinion", "analysis", "listen", "more", "see", "also",
      "q", "a", "question", "answer", "subscribe", "sign", "advertisement", "transcript", "full", "here", "why",
      "what", "how", "who", "when", "where", "this", "that", "it", "the", "and", "but", "or", "so", "yes", "no");
  /** Heads that open a headline without speaking in it ("The Latest: ...", "BOOM: ..."). */
  private static final Set<String> NOT_HEADLINE_SPEAKERS = ImmutableSet.of("latest", "boom", "wow", "look",
      "bombshell", "alert", "recap", "roundup", "explainer", "huffpollster", "email", "guide", "briefing", "notice");
  /** Verbs of feeling: "alarmed by X" names what alarmed, not who spoke. */
  private static final Set<String> FEELINGS = ImmutableSet.of("alarm", "anger", "intrigue", "worry", "concern",
      "frustrate", "surprise", "shock", "disturb", "trouble", "upset", "excite", "impress", "encourage",
      "disappoint", "offend", "outrage", "inspire", "move", "touch", "hurt", "scare", "frighten", "annoy",
      "irritate", "embarrass", "amuse", "puzzle", "confuse", "stun", "startle", "dismay", "sadden", "delight",
      "please", "thrill", "bother", "motivate", "drive", "affect", "influence");
  /** Words that open an indirect question or what is asked for: "asked by X whether", "if", "to". */
  private static final Set<String> QUESTION_OPENERS = ImmutableSet.of("whether", "if", "about", "to", "why", "what",
      "how", "when", "where", "who", "which");
  /** Participles that name or class what they follow ("The ad, entitled A", "Low prices, seen as A"). */
  private static final Set<String> NAMING_PARTICIPLES = ImmutableSet.of("entitled", "titled", "named", "called",
      "known", "referred", "seen", "dubbed", "labeled", "labelled", "nicknamed", "described", "regarded",
      "considered", "viewed", "asked");
  /** What an opening "in" names as a source: "In a harbour poll, Ortiz leads". */
  private static final Set<String> POLL_WORDS = ImmutableSet.of("poll", "polls", "survey", "surveys", "polling");
  /** Words that open a time phrase before a time word: "that evening", "this week", "last month". */
  private static final Set<String> TIME_DETERMINERS = ImmutableSet.of("that", "this", "last", "next", "same",
      "early", "late", "past");
  /** Nouns in -ly that may follow a cue ("told family", "said ally"), unlike the adverbs ("said dryly"). */
  private static final Set<String> LY_NOUNS = ImmutableSet.of("family", "supply", "rally", "ally", "assembly",
      "reply", "anomaly", "monopoly", "italy", "july", "bully", "butterfly", "belly", "jelly", "lily", "fly");
  /** How many earlier sources a pronoun or surname may reach back to. */
  private static final int LOOK_BACK = 64;

  private final CueLexicon cues;
  /** The trained reader of what the rules miss, or null to read by rules alone. */
  private final AttributionTagger tagger;
  private final WordNet wordNet;
  private final WordClusters clusters;

  /** An extractor that reads attributions by its rules alone. */
  public StatementExtractor(CueLexicon cues) {
    this(cues, null, null, null);
  }

  /**
   * An extractor that reads attributions by its rules and then adds those that {@code tagger} finds where no rule
   * read one (null: rules alone). {@code wordNet} gives the tagger each word's WordNet domain ("say" is a verb of
   * communication, "believe" one of cognition); it may be null only when {@code tagger} is.
   */
  public StatementExtractor(CueLexicon cues, WordNet wordNet, WordClusters clusters, AttributionTagger tagger) {
    this.cues = java.util.Objects.requireNonNull(cues, "cue lexicon is null");
    checkArgument(tagger == null || wordNet != null, "an attribution tagger needs WordNet: pass WordNet.load()");
    checkArgument(tagger == null || clusters != null,
        "an attribution tagger needs word clusters: pass WordClusters.load()");
    this.wordNet = wordNet;
    this.clusters = clusters;
    this.tagger = tagger;
  }

  /** A dash as news sets one: em dash, en dash, horizontal bar ("― Jane Doe"), figure dash or "--". */
  static boolean isDash(String s) {
    return s.length() == 1 ? isDash(s.charAt(0)) : s.equals("--");
  }

  static boolean isDash(char c) {
    return c == '\u2014' || c == '\u2013' || c == '\u2015' || c == '\u2012';
  }

  /**
   * What the attribution tagger reads of each sentence of {@code text} (tokens, quotes, and the roles this
   * extractor's rules gave the tokens), in text order; for training a tagger ({@link AttributionTagger.Trainer}).
   * Sentences that only sign a quote ("—Jane Doe") are left out.
   */
  public List<AttributionTagger.Input> taggerInputs(AnalyzedText text) {
    Article a = new Article(text, Quotes.find(text.text()));
    a.recorded = new ArrayList<>();
    List<Statement> out = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      a.read(s, out);
    }
    return List.copyOf(a.recorded);
  }

  public CueLexicon cues() {
    return cues;
  }

  /**
   * The statements of {@code text}, in text order. Every sentence is covered by at least one statement (its
   * attributions, one statement per piece of content, or else one statement of the outlet or of a continued quote),
   * except a sentence that only names the speaker of the quote before it ("Trump said.", "—Jane Doe"): it gives that
   * quote its source.
   */
  public List<Statement> extract(AnalyzedText text) {
    List<Span> quotes = Quotes.find(text.text());
    Article a = new Article(text, quotes);
    List<Statement> out = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      a.read(s, out);
    }
    return List.copyOf(out);
  }

  /**
   * A frame: who said what with which cue, in one sentence. Token indices are sentence-relative; -1 means absent. A
   * working value of one sentence's reading, never shared.
   */
  private static final class Frame {
    /** The phrase that names the source, before resolution ("he", "Anna Berg", "the officials"). */
    int nameFrom = -1;
    int nameTo = -1;
    /** The tokens cited as the source's mention: the name with its apposition, or "who". */
    int mentionFrom = -1;
    int mentionTo = -1;
    int descFrom = -1;
    int descTo = -1;
    int cueFrom;
    int cueTo;
    /** The token whose lemma names the cue, or -1 for "according to" and ":". */
    int head = -1;
    String lemma;
    int contentFrom;
    int contentTo;
    int content2From = -1;
    int content2To = -1;
    int chanFrom = -1;
    int chanTo = -1;
    boolean colonOnly;
    /** "Trump said." after a quote in the sentence before: the frame takes that quote as its content. */
    boolean trailing;
    boolean backward;
    /** ", saying ..." or "... and said": the source is that of the clause it hangs on. */
    boolean participle;
    /** For a participle: the comma or conjunction that links it to its clause. */
    int link = -1;
    /** Index of a "citing" this frame read its source from, or -1. */
    int citingAt = -1;
    /** ", a claim the commission denied": the comma before the claim noun, or -1. */
    int claimAt = -1;
    /** Read by the attribution tagger, not by a rule: a cue outside the lexicon has stance OTHER. */
    boolean learned;
    int start() {
      int s = cueFrom;
      if (mentionFrom >= 0 && !(participle && link >= 0 && mentionFrom < link)) {
        // (", likening her to ...": the subject it shares with the clause before is that clause's, not the frame's)
        s = Math.min(s, mentionFrom);
      }
      if (backward) {
        s = Math.min(s, contentFrom);
      }
      return s;
    }

    int end() {
      int e = Math.max(cueTo, contentTo);
      if (mentionTo >= 0) {
        e = Math.max(e, mentionTo);
      }
      return Math.max(e, content2To);
    }

    boolean inContent(int i) {
      return contentFrom <= i && i < contentTo || content2From <= i && i < content2To;
    }
  }

  /** The per-article state: quotes, sources seen so far, the speaker a following quote belongs to. */
  private final class Article {
    private final AnalyzedText text;
    private final List<Span> quotes;
    private final List<Source> seen = new ArrayList<>();
    private Statement lastQuoted;
    /** Ids of quotes given the last speaker's name only because they follow that speaker's quote. */
    private final Set<String> inherited = new java.util.HashSet<>();
    private Source pendingColonSource;
    private Cue pendingColonCue;
    private String pendingColonChannel;
    /** Index of the first quote that may still contain a token; tokens come in text order. */
    private int quoteCursor;
    /** When not null, what the tagger reads of each sentence is kept here (for training). */
    private List<AttributionTagger.Input> recorded;

    Article(AnalyzedText text, List<Span> quotes) {
      this.text = text;
      this.quotes = quotes;
    }

    void read(Sentence s, List<Statement> out) {
      List<Token> tk = retag(s.tokens());
      if (tk.isEmpty()) {
        return;
      }
      boolean[] inQuote = new boolean[tk.size()];
      for (int i = 0; i < tk.size(); i++) {
        inQuote[i] = quoted(tk.get(i));
      }
      if (signature(s, tk, out)) {
        return;
      }
      List<Frame> frames = frames(tk, inQuote);
      AttributionTagger.Input input = null;
      if (tagger != null || recorded != null) {
        input = taggerInput(tk, inQuote, frames);
        if (recorded != null) {
          recorded.add(input);
        }
      }
      if (frames.size() == 1 && frames.get(0).trailing) {
        Frame f = frames.get(0);
        if (reattribute(s, out, source(tk, f), cue(tk, f), channel(tk, f))) {
          return;
        }
        frames.clear();
      }
      frames.removeIf(f -> f.trailing);
      Frame colonOnly = null;
      if (!frames.isEmpty() && frames.get(frames.size() - 1).colonOnly) {
        colonOnly = frames.remove(frames.size() - 1);
      }
      for (Frame f : frames) {
        endWithRelativeClause(tk, inQuote, f); // before the tagger, whose cues in the main clause it frees
      }
      if (tagger != null && recorded == null) {
        // the tagger vetoes a rule frame whose cue it reads as no cue, then adds what the rules missed
        int[] labels = tagger.tag(input);
        // (shapes marked by punctuation alone, "X: Y" and "Y —X", are the rules' to read, and so is ", a claim X
        // denied", too rare in the training data for the tagger to have learned it; so is a cue held back, "stopped
        // short of saying", "did not say", which later stages must read as no claim of the source)
        frames.removeIf(f -> !f.colonOnly && f.claimAt < 0 && words(tk, f.cueFrom, f.cueTo) > 0
            && !tagged(labels, f.cueFrom, f.cueTo, 2) && !(f.cueFrom > 0 && negated(tk, f.cueFrom)));
        frames.forEach(f -> widenCue(tk, labels, f));
        addTagged(tk, inQuote, labels, frames, colonOnly);
      }
      frames.removeIf(f -> physicalAct(tk, f)); // "militiamen attacked the embassy compound": an act, not words
      for (Frame f : frames) {
        sourceBeforeTime(tk, inQuote, f);
        sourceAsObject(tk, inQuote, f);
        agentAfterBy(tk, inQuote, f);
        if (f.learned) {
          endWithRelativeClause(tk, inQuote, f); // the rules' frames had theirs before the tagger
        }
      }
      if (!frames.isEmpty()) {
        Source previous = null;
        int firstNew = out.size();
        for (Frame f : frames) {
          f.contentTo = beforeOutletsHedge(tk, inQuote, f.contentFrom, f.contentTo);
          Source src = f.participle && previous != null ? previous : source(tk, f);
          if (src == null && previous != null && sharesSubject(tk, f)) {
            src = previous; // "X spotted A and reported B", "X admires A, comparing him to B"
          }
          if (src == null && f.nameFrom < 0 && f.contentFrom >= f.cueTo) {
            int[] main = sharedMainSubject(tk, inQuote, f);
            if (main != null && !overlapsCue(frames, main[4], main[5])) {
              setSubject(f, main); // "Kim rallied the crowd by warning that A": Kim warns
              src = source(tk, f);
            }
          }
          if (src == null && f.nameFrom < 0) {
            int[] main = subjectAfterOpeningParticiple(tk, inQuote, f);
            if (main != null && !overlapsCue(frames, main[0], main[1])) {
              setSource(f, main[0], main[1], main[0], main[1]); // "Citing the storm, the mayor closed the pier"
              src = source(tk, f);
            }
          }
          if (src == null && f.learned && f.nameFrom < 0) {
            int[] main = finiteCueSubject(tk, inQuote, f);
            if (main != null && !overlapsCue(frames, main[0], main[1])) {
              setSource(f, main[0], main[1], main[0], main[1]); // "Her uncle, Karl, 61, worried that A"
              src = source(tk, f);
            }
          }
          if (src == null) {
            src = Source.outlet(text.outlet()); // "Sanders is expected to win": nobody is named
          } else {
            previous = src;
          }
          Cue cue = cue(tk, f);
          String chan = channel(tk, f);
          QuoteType q = quoteType(inQuote, f);
          Statement st = build(nextId(out), s, f.contentFrom, f.contentTo, src, cue, chan, q);
          out.add(st);
          if (f.content2From >= 0) {
            out.add(build(nextId(out), s, f.content2From, f.content2To, src, cue, chan, q));
          }
          lastQuoted = st;
        }
        claimQuoteOpenedBefore(s, out, firstNew);
        pendingColonSource = null;
      }
      if (colonOnly != null) {
        pendingColonSource = source(tk, colonOnly);
        pendingColonCue = cue(tk, colonOnly);
        pendingColonChannel = channel(tk, colonOnly);
        if (frames.isEmpty()) {
          out.add(build(nextId(out), s, 0, tk.size(), Source.outlet(text.outlet()), null, null,
              QuoteType.NARRATION));
        }
        return;
      }
      if (!frames.isEmpty()) {
        return;
      }
      int quotedChars = 0;
      int chars = 0;
      for (int i = 0; i < tk.size(); i++) {
        if (!tk.get(i).isPunct()) {
          chars += tk.get(i).text().length();
          if (inQuote[i]) {
            quotedChars += tk.get(i).text().length();
          }
        }
      }
      // a sentence all in quotes is a quote however short ("Nobody."); a few quoted words in narration are not
      boolean mostlyQuoted = chars > 0 && (quotedChars * 2 >= chars && countWords(tk, inQuote) >= 3
          || quotedChars == chars);
      if (mostlyQuoted) {
        Source src;
        Cue cue = null;
        String channel = null;
        if (pendingColonSource != null) {
          src = pendingColonSource;
          cue = pendingColonCue;
          channel = pendingColonChannel;
        } else if (lastQuoted != null && s.paragraph() - sentenceParagraph(lastQuoted) <= 1) {
          src = lastQuoted.source();
          cue = lastQuoted.cue();
          channel = lastQuoted.channel();
        } else {
          src = new Source("unidentified speaker", SourceKind.ANONYMOUS, "", null, null, null, null, null);
        }
        Statement st = build(nextId(out), s, 0, tk.size(), src, cue, channel, QuoteType.DIRECT);
        out.add(st);
        if (pendingColonSource == null && lastQuoted != null) {
          inherited.add(st.id()); // a signature or "X said." right after it names its real speaker
        }
        if (src.kind() != SourceKind.ANONYMOUS || !src.name().equals("unidentified speaker")) {
          lastQuoted = st;
        }
        return;
      }
      pendingColonSource = null;
      lastQuoted = null;
      out.add(build(nextId(out), s, 0, tk.size(), Source.outlet(text.outlet()), null, null, QuoteType.NARRATION));
    }

    /**
     * The tokens with names that the tagger took for verbs or adjectives tagged as proper nouns ("Trump said",
     * "Friends say", "General Electric says"), for reading frames only; statements keep the tagger's tokens. Lines in
     * title case are left alone: there a capital says nothing.
     */
    private List<Token> retag(List<Token> tk) {
      if (titleCase(tk)) {
        return tk;
      }
      List<Token> out = null;
      for (int i = 0; i + 1 < tk.size(); i++) {
        Token t = tk.get(i);
        // ", noting/NOUN that ...", "Noting/PART that ...": a participle the tagger took for something else
        boolean after = i == 0 ? t.isCapitalized() : !t.isCapitalized() && tk.get(i - 1).lower().equals(",");
        String ing = t.lower().endsWith("ing") && !t.isVerb() && after ? participleLemma(t.lower()) : null;
        if (ing != null) {
          if (out == null) {
            out = new ArrayList<>(tk);
          }
          out.set(i, new Token(t.text(), t.start(), t.end(), "VERB", ing));
          continue;
        }
        if (!t.isVerb() && ALWAYS_VERBS.containsKey(t.lower())) {
          if (out == null) {
            out = new ArrayList<>(tk);
          }
          out.set(i, new Token(t.text(), t.start(), t.end(), "VERB", ALWAYS_VERBS.get(t.lower())));
          continue; // "the admiral said/NOUN"
        }
        if (i == 0) {
          continue;
        }
        Token prev = tk.get(i - 1);
        Token following = tk.get(i + 1);
        if (!t.is("ADV") && !t.isCapitalized() && t.lower().endsWith("ly") && t.lower().length() > 4
            && !LY_NOUNS.contains(t.lower()) && (prev.isVerb() && cues.contains(prev.lemma())
                || prev.is("PROPN") && following.isPunct() && cueVerbBefore(tk, i - 1, 4))) {
          if (out == null) {
            out = new ArrayList<>(tk);
          }
          out.set(i, new Token(t.text(), t.start(), t.end(), "ADV", t.lower()));
          continue; // "Lind said dryly/NOUN": an adverb, not who spoke
        }
        if (t.isPunct() && (t.text().equals("'s") || t.text().equals("\u2019s")) && prev.end() == t.start()) {
          if (out == null) {
            out = new ArrayList<>(tk);
          }
          out.set(i, new Token(t.text(), t.start(), t.end(), "PART", "'s"));
          continue; // "Ruiz 's/PUNCT director": a possessive, not punctuation
        }
        if (t.is("ADJ") && !t.isCapitalized() && (following.isVerb() && cues.contains(following.lemma())
            || ALWAYS_VERBS.containsKey(following.lower())) && (prev.is("DET") || prev.is("ADJ")
            || prev.is("NOUN") || prev.is("PROPN"))) {
          if (out == null) {
            out = new ArrayList<>(tk);
          }
          out.set(i, new Token(t.text(), t.start(), t.end(), "NOUN", t.lemma()));
          continue; // "a senior administration official/ADJ said"
        }
        // "the real estate magnate/VERB says": a noun the tagger took for a verb before the cue
        if (t.isVerb() && !t.isCapitalized() && tk.get(i + 1).isVerb() && cues.contains(tk.get(i + 1).lemma())
            && (prev.is("DET") || prev.is("ADJ") || prev.is("NOUN") || prev.is("PROPN"))) {
          if (out == null) {
            out = new ArrayList<>(tk);
          }
          out.set(i, new Token(t.text(), t.start(), t.end(), "NOUN", t.lower()));
        }
      }
      for (int i = 0; i < tk.size(); i++) {
        Token t = tk.get(i);
        if (!t.isCapitalized() || t.is("PROPN") || t.is("NOUN") || t.is("NUM") || t.is("PRON") || t.isPunct()
            || t.text().length() < 2 || FUNCTION_WORDS.contains(t.lower())) {
          continue;
        }
        Token next = i + 1 < tk.size() ? tk.get(i + 1) : null;
        boolean verbNext = next != null && (next.isVerb() || next.is("AUX"));
        boolean opening = i == 0 || trimmable(tk.get(i - 1));
        // inside a sentence a capital marks a name whatever the tagger said ("Newt/ADP Gingrich", "Muslim/AUX"),
        // except for adjectives of nationality and the like; at its start only a following verb tells
        boolean closedClass = t.is("ADP") || t.is("SCONJ") || t.is("CCONJ") || t.is("AUX") || t.is("PART")
            || t.is("DET") || t.is("INTJ");
        boolean name = t.is("ADJ") ? verbNext && (opening || tk.get(i - 1).is("PROPN"))
            : !opening || verbNext || closedClass; // "Circuit/SCONJ Court Judge": no function word
        if (name) {
          if (out == null) {
            out = new ArrayList<>(tk);
          }
          t = out.get(i);
          // an inflected word ("Friends" -> friend) is a common noun, anything else a name
          boolean common = !t.lemma().equals(t.lower()) && t.isVerb();
          out.set(i, new Token(t.text(), t.start(), t.end(), common ? "NOUN" : "PROPN",
              common ? t.lemma() : t.lower()));
        }
      }
      return out == null ? tk : out;
    }

    /** Whether one of the {@code within} words before {@code i} is a verb of the cue lexicon ("said Lind dryly"). */
    private boolean cueVerbBefore(List<Token> tk, int i, int within) {
      for (int k = i - 1; k >= Math.max(0, i - within); k--) {
        if (tk.get(k).isVerb() && cues.contains(tk.get(k).lemma())) {
          return true;
        }
      }
      return false;
    }

    /**
     * A line "—Commissioner Jane Doe" after a quote without speaker: the name signs the quote, the dash is the cue.
     * Returns whether the sentence was read so.
     */
    private boolean signature(Sentence s, List<Token> tk, List<Statement> out) {
      String first = tk.get(0).text();
      int dashes = 0;
      while (dashes < first.length() && isDash(first.charAt(dashes))) {
        dashes++;
      }
      Token dashBefore = null;
      if (dashes == 0 && tk.size() <= 8 && s.index() > 0) {
        // "... about.”― | Pamela Padilla": the sentence detector cut after the dash
        Sentence prev = text.sentences().get(s.index() - 1);
        Token last = prev.tokens().isEmpty() ? null : prev.tokens().get(prev.size() - 1);
        if (prev.paragraph() == s.paragraph() && last != null && isDash(last.text())) {
          dashBefore = last;
        }
      }
      if (dashes == 0 && dashBefore == null || tk.size() > 8) {
        return false;
      }
      int end = tk.size();
      while (end > 1 && tk.get(end - 1).isPunct()) {
        end--;
      }
      int nameStart = dashes < first.length() ? 0 : 1;
      if (nameStart >= end) {
        return false;
      }
      for (int k = nameStart; k < end; k++) {
        Token t = tk.get(k);
        String w = k == 0 ? first.substring(dashes) : t.text();
        // capitalized words, with lower-case roles after the first ("—Union leader Marta Kowalska", "—Ana Ruiz,
        // harbour master"); no verb
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) && !t.isPunct() && !t.is("ADP")
            && !t.is("DET") && !(k > nameStart && (t.is("NOUN") || t.is("ADJ") || t.is("CCONJ")))) {
          return false;
        }
      }
      int from = tk.get(nameStart).start() + (nameStart == 0 ? dashes : 0);
      Span name = new Span(from, tk.get(end - 1).end());
      List<Token> np = new ArrayList<>(tk.subList(nameStart, end));
      if (nameStart == 0) {
        Token t = np.get(0);
        np.set(0, new Token(first.substring(dashes), from, t.end(), "PROPN", first.substring(dashes).toLowerCase(
            Locale.ROOT)));
      }
      String written = text.covered(name);
      Source src = new Source(written, SourceClassifier.kind(np), written, name, null, SourceClassifier.count(np),
          SourceClassifier.affiliation(np, null), SourceClassifier.role(np, null));
      int comma = 1;
      while (comma < np.size() && !np.get(comma).lower().equals(",")) {
        comma++;
      }
      if (comma + 1 < np.size()) {
        // "—Ana Ruiz, harbour master": the name, then what she is
        List<Token> who = np.subList(0, comma);
        Span nameSpan = new Span(from, who.get(who.size() - 1).end());
        String description = text.covered(new Span(np.get(comma + 1).start(), name.end()));
        String n = text.covered(nameSpan);
        src = new Source(n, SourceClassifier.kind(who), n, nameSpan, description, SourceClassifier.count(who),
            SourceClassifier.affiliation(who, description), SourceClassifier.role(who, description), name);
      }
      Span dash = dashBefore != null ? dashBefore.span()
          : new Span(tk.get(0).start(), tk.get(0).start() + Math.max(1, dashes));
      Cue cue = new Cue(text.covered(dash), dash, "—", CueStance.ASSERT, CueStance.Effect.NONE);
      if (!reattribute(s, out, src, cue, null, true)) {
        return false;
      }
      seen.add(src);
      return true;
    }

    /**
     * Gives the quotes without a speaker that end {@code out} in the paragraph of {@code s} (or, for a signature
     * line, the paragraph before) to the source of "X said." in {@code s}; returns whether there was such a quote.
     */
    private boolean reattribute(Sentence s, List<Statement> out, Source src, Cue cue, String channel) {
      return reattribute(s, out, src, cue, channel, false);
    }

    private boolean reattribute(Sentence s, List<Statement> out, Source src, Cue cue, String channel,
        boolean previousParagraph) {
      int i = out.size();
      int paragraph = s.paragraph();
      if (previousParagraph && i > 0) {
        int last = text.sentences().get(out.get(i - 1).sentence()).paragraph();
        paragraph = last == s.paragraph() - 1 ? last : s.paragraph();
      }
      while (i > 0 && i > out.size() - 20) {
        Statement p = out.get(i - 1);
        boolean quoteWithoutSpeaker = p.quote() == QuoteType.DIRECT && claimable(p);
        int at = text.sentences().get(p.sentence()).paragraph();
        if (!quoteWithoutSpeaker || at != paragraph && at != s.paragraph()) {
          break;
        }
        i--;
      }
      if (i == out.size() || src == null) {
        return false;
      }
      for (int k = i; k < out.size(); k++) {
        Statement p = out.get(k);
        Statement q = withSpeaker(p, src, cue, channel);
        out.set(k, q);
        lastQuoted = q;
      }
      return true;
    }

    /**
     * Whether a quote may be given to a speaker named after it: it has none (no cue, no mention), or only the
     * speaker of the quote before it.
     */
    private boolean claimable(Statement p) {
      return p.cue() == null && p.source().mentionSpan() == null && p.source().kind() == SourceKind.ANONYMOUS
          || inherited.contains(p.id());
    }

    /** {@code p} said by {@code src} with {@code cue} (its hedge read again for that cue). */
    private Statement withSpeaker(Statement p, Source src, Cue cue, String channel) {
      return new Statement(p.id(), p.articleId(), p.outlet(), p.published(), p.span(), p.text(), src, cue, channel,
          p.quote(), hedge(p.tokens(), cue), p.sentence(), p.tokens());
    }

    /**
     * "“A. B,” X said.": the speaker named after the quote's last sentence said its first sentences too. Gives the
     * statements before {@code firstNew} that lie in the same quotation marks as the first quoted statement added
     * for {@code s}, and that have no speaker of their own (none, or only the speaker of the quote before them),
     * that statement's source and cue.
     */
    private void claimQuoteOpenedBefore(Sentence s, List<Statement> out, int firstNew) {
      for (int k = firstNew; k < out.size(); k++) {
        Statement st = out.get(k);
        if (st.quote() == QuoteType.NARRATION || st.source().kind() == SourceKind.OUTLET) {
          continue;
        }
        Span q = quoteAround(st.span());
        if (q == null || q.start() >= s.start()) {
          return;
        }
        for (int i = firstNew - 1; i >= 0 && i >= firstNew - 20; i--) {
          Statement p = out.get(i);
          if (p.span().start() < q.start() || p.quote() != QuoteType.DIRECT) {
            break;
          }
          if (!claimable(p)) {
            break;
          }
          out.set(i, withSpeaker(p, st.source(), st.cue(), st.channel()));
          inherited.remove(p.id());
        }
        return;
      }
    }

    /** The quotation that holds {@code span}, or null (a binary search: quotes are in text order). */
    private Span quoteAround(Span span) {
      int lo = 0;
      int hi = quotes.size() - 1;
      while (lo <= hi) { // the last quote that opens at or before the span
        int mid = (lo + hi) >>> 1;
        if (quotes.get(mid).start() <= span.start()) {
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      Span q = hi >= 0 ? quotes.get(hi) : null;
      return q != null && span.end() <= q.end() ? q : null;
    }

    /** The cue lemma of an -ing form ("noting" -> note, "citing" -> cite, "admitting" -> admit), or null. */
    private String participleLemma(String w) {
      String stem = w.substring(0, w.length() - 3);
      for (String f : new String[] {stem, stem + "e", stem.length() > 2 && stem.charAt(stem.length() - 1)
          == stem.charAt(stem.length() - 2) ? stem.substring(0, stem.length() - 1) : null}) {
        if (f != null && cues.contains(f)) {
          return f;
        }
      }
      return null;
    }

    private String nextId(List<Statement> out) {
      return text.articleId() + "#" + out.size();
    }

    private int sentenceParagraph(Statement st) {
      return text.sentences().get(st.sentence()).paragraph();
    }

    private int countWords(List<Token> tk, boolean[] inQuote) {
      int n = 0;
      for (int i = 0; i < tk.size(); i++) {
        if (inQuote[i] && !tk.get(i).isPunct()) {
          n++;
        }
      }
      return n;
    }

    /** Whether {@code t} lies inside a quote; tokens are asked in text order, so a cursor keeps this linear. */
    private boolean quoted(Token t) {
      // a token with a quote mark glued to it ("”Mr.", "end.”") is judged by its other characters
      String w = t.text();
      int lead = 0;
      while (lead < w.length() - 1 && Quotes.isMark(w.charAt(lead))) {
        lead++;
      }
      int trail = 0;
      while (trail < w.length() - 1 - lead && Quotes.isMark(w.charAt(w.length() - 1 - trail))) {
        trail++;
      }
      int start = t.start() + lead;
      int end = t.end() - trail;
      while (quoteCursor < quotes.size() && quotes.get(quoteCursor).end() < end) {
        quoteCursor++;
      }
      for (int i = quoteCursor; i < quotes.size(); i++) {
        Span q = quotes.get(i);
        if (q.start() > start) {
          return false;
        }
        if (q.start() <= start && end <= q.end()) {
          return true;
        }
      }
      return false;
    }

    private Statement build(String id, Sentence s, int from, int to, Source src, Cue cue, String channel,
        QuoteType q) {
      List<Token> tk = s.tokens();
      // trim punctuation and quote marks at both ends of the content
      while (from < to - 1 && trimmable(tk.get(from))) {
        from++;
      }
      if (cue != null && from > 0 && from + 2 < to && tk.get(from).lower().equals("that")
          && tk.get(from - 1).end() <= cue.span().end() && tk.get(from - 1).start() >= cue.span().start()
          && !tk.get(from + 1).isPunct()) {
        from++; // "have long argued that A": the statement is A ("that" right after the cue is no part of it)
      }
      int end = to;
      while (to > from + 1 && trimmable(tk.get(to - 1))) {
        to--;
      }
      int marks = 0;
      for (int k = from; k < to; k++) {
        marks += isQuoteMark(tk.get(k)) && !tk.get(k).text().startsWith("'") ? 1 : 0;
      }
      if (marks % 2 == 1) {
        // 'as "a political stunt," adding': keep the quote's closing mark (and the comma before it) with the words
        for (int k = to; k < tk.size() && (k < end || trimmable(tk.get(k))); k++) {
          if (isQuoteMark(tk.get(k))) {
            to = k + 1;
            break;
          }
        }
      }
      List<Token> content = tk.subList(from, to);
      Span span = new Span(content.get(0).start(), content.get(content.size() - 1).end());
      String hedge = hedge(content, cue);
      return new Statement(id, text.articleId(), text.outlet(), text.published(), span, text.covered(span), src, cue,
          channel, q, hedge, s.index(), content);
    }

    private boolean trimmable(Token t) {
      return t.isPunct() || isQuoteMark(t);
    }

    // ---------------------------------------------------------------- frames

    /** The frames of one sentence, in text order, none nested in another's content. */
    private List<Frame> frames(List<Token> tk, boolean[] inQuote) {
      List<Frame> candidates = new ArrayList<>();
      Frame headline = headline(tk, inQuote);
      if (headline != null) {
        candidates.add(headline);
      } else if (titleCase(tk)) {
        Frame title = titleFrame(tk, inQuote);
        if (title != null) {
          candidates.add(title);
          return candidates;
        }
      }
      for (int i = 0; i + 2 < tk.size(); i++) {
        if (!inQuote[i] && tk.get(i).lower().equals("according") && tk.get(i + 1).lower().equals("to")) {
          Frame f = according(tk, i);
          if (f != null) {
            candidates.add(f);
          }
        }
      }
      for (int i = 0; i + 2 < tk.size(); i++) {
        if (!inQuote[i] && tk.get(i).lower().equals("in")) {
          Frame f = inPoll(tk, inQuote, i);
          if (f != null) {
            candidates.add(f);
          }
        }
      }
      for (int c = 0; c < tk.size(); c++) {
        Token t = tk.get(c);
        if (inQuote[c] || !(t.isVerb() || t.is("AUX") && t.lemma().equals("say") || verbTaggedNoun(tk, c))) {
          continue;
        }
        if (t.lower().equals("according") || c > 0 && SO_WORDS.contains(tk.get(c - 1).lower())
            || c > 0 && tk.get(c - 1).text().endsWith("-") && tk.get(c - 1).end() == t.start()) {
          continue; // "so-called" calls nobody; "Iranian-backed militiamen" is a compound, not a cue
        }
        if (cues.containsAdjective(t.lower()) && beBefore(tk, c) > 0) {
          continue; // "is convinced that": the adjective's frame, not a passive
        }
        Frame f;
        if (ESTIMATING.contains(t.lemma())) {
          f = estimateFrame(tk, inQuote, c);
        } else if (t.lemma().equals("make") && c + 2 < tk.size() && tk.get(c + 1).lower().equals("it")
            && tk.get(c + 2).lower().equals("clear")) {
          f = madeItClear(tk, inQuote, c);
        } else {
          f = frameAt(tk, inQuote, c);
        }
        if (f != null) {
          candidates.add(f);
        }
      }
      for (int c = 2; c + 2 < tk.size(); c++) {
        if (!inQuote[c] && cues.containsAdjective(tk.get(c).lower())) {
          Frame f = adjectiveFrame(tk, inQuote, c);
          if (f != null) {
            candidates.add(f);
          }
        }
      }
      Frame dash = dashSignature(tk, inQuote);
      if (dash != null) {
        candidates.add(dash);
      }
      for (int c = 1; c + 2 < tk.size(); c++) {
        if (!inQuote[c] && tk.get(c).is("NOUN") && cues.containsNoun(tk.get(c).lemma())) {
          Frame f = nounFrame(tk, inQuote, c);
          if (f != null) {
            candidates.add(f);
          }
        }
      }
      candidates.sort(Comparator.comparingInt((Frame f) -> f.cueFrom));
      List<Frame> accepted = new ArrayList<>();
      for (Frame f : candidates) {
        if (fits(tk, inQuote, accepted, f)) {
          accepted.add(f);
        }
      }
      for (Frame f : accepted) {
        endWithAdverbialClause(tk, inQuote, f);
      }
      accepted.removeIf(f -> !f.colonOnly && !f.trailing && (f.contentTo <= f.contentFrom
          || words(tk, f.contentFrom, f.contentTo) == 0));
      // a frame "X said:" can only end the sentence
      for (int i = 0; i < accepted.size() - 1; i++) {
        if (accepted.get(i).colonOnly) {
          accepted.remove(i--);
        }
      }
      return accepted;
    }

    /** What the tagger reads of a sentence: the rules' frames give each token its role. */
    private AttributionTagger.Input taggerInput(List<Token> tk, boolean[] inQuote, List<Frame> frames) {
      int n = tk.size();
      byte[] roles = new byte[n];
      for (Frame f : frames) {
        mark(roles, f.contentFrom, f.contentTo, AttributionTagger.RULE_CONTENT);
        mark(roles, f.content2From, f.content2To, AttributionTagger.RULE_CONTENT);
        mark(roles, f.nameFrom, f.nameTo, AttributionTagger.RULE_SOURCE);
        mark(roles, f.mentionFrom, f.mentionTo, AttributionTagger.RULE_SOURCE);
        mark(roles, f.cueFrom, f.cueTo, AttributionTagger.RULE_CUE);
      }
      boolean[] lexicon = new boolean[n];
      for (int i = 0; i < n; i++) {
        Token t = tk.get(i);
        lexicon[i] = (t.isVerb() || t.is("AUX")) && cues.contains(t.lemma())
            || t.is("NOUN") && cues.containsNoun(t.lemma())
            || t.lower().equals("according") && i + 1 < n && tk.get(i + 1).lower().equals("to");
      }
      byte[] domains = new byte[n];
      for (int i = 0; i < n; i++) {
        domains[i] = domain(tk.get(i));
      }
      int[] groups = new int[n];
      for (int i = 0; i < n; i++) {
        groups[i] = group(tk.get(i));
      }
      return new AttributionTagger.Input(tk, inQuote, roles, lexicon, domains, groups);
    }

    /** The word groups of the token, else of its lemma ({@link WordClusters#NONE}: none, or no clusters). */
    private int group(Token t) {
      if (clusters == null) {
        return WordClusters.NONE;
      }
      int g = clusters.of(t.lower());
      return g != WordClusters.NONE ? g : clusters.of(t.lemma());
    }

    /** The WordNet domain of the token's first sense (-1: none, or no WordNet). */
    private byte domain(Token t) {
      if (wordNet == null) {
        return -1;
      }
      WordNet.WordClass wc = switch (t.tag()) {
        case "VERB" -> WordNet.WordClass.VERB;
        case "NOUN" -> WordNet.WordClass.NOUN;
        case "ADJ" -> WordNet.WordClass.ADJECTIVE;
        case "ADV" -> WordNet.WordClass.ADVERB;
        default -> null;
      };
      return wc == null ? -1 : (byte) wordNet.domain(t.lemma(), wc);
    }

    private void mark(byte[] roles, int from, int to, byte role) {
      for (int k = Math.max(0, from); k < Math.min(to, roles.length); k++) {
        roles[k] = role;
      }
    }

    /**
     * Adds the attributions the tagger reads where no rule read one: each cue it tags outside every rule frame, with
     * the source and content it tags nearest that cue.
     */
    private void addTagged(List<Token> tk, boolean[] inQuote, int[] labels, List<Frame> frames, Frame colonOnly) {
      List<int[]> segs = new ArrayList<>(); // {part, from, to}
      for (int i = 0; i < labels.length; i++) {
        int part = AttributionTagger.part(labels[i]);
        if (part == 0) {
          continue;
        }
        int[] last = segs.isEmpty() ? null : segs.get(segs.size() - 1);
        if (AttributionTagger.begins(labels[i]) || last == null || last[0] != part || last[2] != i) {
          segs.add(new int[] {part, i, i + 1});
        } else {
          last[2] = i + 1;
        }
      }
      cutForTaggedClauses(tk, inQuote, segs, frames);
      List<Frame> taken = new ArrayList<>(frames);
      if (colonOnly != null) {
        taken.add(colonOnly);
      }
      List<Frame> added = new ArrayList<>();
      for (int[] cue : segs) {
        if (cue[0] != 2 || allQuoted(inQuote, cue[1], cue[2]) || words(tk, cue[1], cue[2]) == 0
            || overlapsAny(tk, taken, cue[1], cue[2])
            || cue[1] > 0 && tk.get(cue[1] - 1).text().endsWith("-") && tk.get(cue[1] - 1).end() == tk.get(cue[1])
                .start()) {
          continue;
        }
        int[] source = null;
        int[] content = null;
        int[] content2 = null;
        for (int[] seg : segs) {
          if (seg[0] == 2 || nearestCue(segs, seg) != cue || overlapsAny(tk, taken, seg[1], seg[2])) {
            continue;
          }
          if (seg[0] == 1) {
            if (source == null || distance(seg, cue) < distance(source, cue)) {
              source = seg;
            }
          } else if (seg[2] <= cue[1]) {
            if (content2 == null || seg[2] > content2[2]) {
              content2 = seg; // before the cue
            }
          } else if (content == null || seg[1] < content[1]) {
            content = seg;
          }
        }
        if (content != null && content2 != null && opensContrast(tk, content[1], content[2])) {
          content = null; // "A, police said, while officials put the toll at 15": the clause after is not theirs
        }
        if (content == null) {
          content = content2;
          content2 = null;
        }
        if (content == null) {
          // no content tagged near the cue: the rest of the clause after it, else what comes before it
          int end = cue[2];
          while (end < tk.size() && !overlapsAny(tk, taken, end, end + 1) && !tagged(labels, end, end + 1, 2)) {
            end++;
          }
          if (words(tk, cue[2], end) > 0) {
            content = new int[] {3, cue[2], end};
          } else {
            int from = cue[1];
            while (from > 0 && !overlapsAny(tk, taken, from - 1, from) && AttributionTagger.part(labels[from - 1]) != 2
                && (source == null || from - 1 >= source[2])) {
              from--;
            }
            content = new int[] {3, from, cue[1]};
          }
        }
        if (content[1] >= cue[2]) {
          // content after the cue runs on to the end of the sentence, short of another attribution's words
          int end = content[2];
          while (end < tk.size() && !overlapsAny(tk, taken, end, end + 1) && AttributionTagger.part(labels[end]) != 1
              && AttributionTagger.part(labels[end]) != 2) {
            end++;
          }
          while (end > content[2] && tk.get(end - 1).isPunct()) {
            end--;
          }
          content = new int[] {3, content[1], end};
        }
        int first = content[1];
        while (first < content[2] && tk.get(first).isPunct()) {
          first++;
        }
        if (words(tk, content[1], content[2]) == 0
            || content[2] <= cue[1] && RELATIVE.contains(tk.get(first).lower())) {
          continue; // "an engineer, who, like all respondents, spoke anonymously": "who" is the subject, no content
        }
        Frame f = new Frame();
        f.learned = true;
        f.cueFrom = cue[1];
        f.cueTo = cue[2];
        int head = -1;
        for (int k = cue[1]; k < cue[2]; k++) {
          if (tk.get(k).isVerb() || head < 0 && (tk.get(k).is("NOUN") || tk.get(k).is("ADJ"))) {
            head = k;
          }
        }
        if (head < 0) {
          head = cue[1];
        }
        f.head = head;
        String lemma = tk.get(head).lemma();
        if (head + 1 < cue[2] && cues.lookup(lemma + " " + tk.get(head + 1).lower()).isPresent()) {
          lemma = lemma + " " + tk.get(head + 1).lower();
        } else if (tk.get(cue[1]).lower().equals("according")) {
          lemma = "according to";
        }
        f.lemma = lemma;
        if (source != null) {
          int from = source[1];
          int to = source[2];
          while (from < to && tk.get(from).isPunct()) {
            from++;
          }
          while (to > from && tk.get(to - 1).isPunct()) {
            to--;
          }
          if (to > from) {
            f.nameFrom = from;
            f.nameTo = to;
            f.mentionFrom = from;
            f.mentionTo = to;
            int a = from - 1;
            while (a > 0 && tk.get(a).lower().equals(",")) {
              a--;
            }
            if (to == from + 1 && a >= 0 && npToken(tk.get(a)) && !inQuote[a] && !tk.get(a).is("PRON")
                && (WHO_WHICH.contains(tk.get(from).lower())
                    || tk.get(from).lower().equals("that") && tk.get(a).isNounLike())) {
              // "The engineer, who said ...", "employers that warn ...": the antecedent, "who" or "that" the mention
              f.nameFrom = npBackward(tk, inQuote, a);
              f.nameTo = a + 1;
            }
          }
        }
        f.contentFrom = content[1];
        f.contentTo = content[2];
        f.backward = content[2] <= cue[1];
        if (content2 != null && words(tk, content2[1], content2[2]) > 0) {
          f.content2From = content2[1];
          f.content2To = content2[2];
        }
        added.add(f);
        taken.add(f);
      }
      if (!added.isEmpty()) {
        frames.addAll(added);
        frames.sort(Comparator.comparingInt((Frame f) -> f.cueFrom));
      }
    }

    /**
     * "The workers, many of whom said they had not been paid, met at the depot": a source brought in by a relative
     * pronoun after a comma speaks inside a relative clause, and its content ends where the clause does, at a comma
     * that the main clause's verb follows.
     */
    private void endWithRelativeClause(List<Token> tk, boolean[] inQuote, Frame f) {
      if (f.mentionFrom < 1 || f.mentionTo > tk.size() || f.contentFrom < f.cueTo || f.backward
          || !tk.get(f.mentionFrom - 1).lower().equals(",")) {
        return;
      }
      String last = tk.get(f.mentionTo - 1).lower();
      if (!(last.equals("who") || last.equals("whom") || last.equals("which"))) {
        return;
      }
      for (int k = f.contentFrom + 1; k + 1 < f.contentTo; k++) {
        if (inQuote[k]) {
          return; // a quote may hold commas of its own
        }
        if (tk.get(k).lower().equals(",") && (tk.get(k + 1).isVerb() || tk.get(k + 1).is("AUX"))) {
          f.contentTo = k;
          return;
        }
      }
    }

    /**
     * "Sen. Ana Ruiz (D-Ore.) on Tuesday said": a source that is only a time ("Tuesday", "this past week") stands
     * between the real source and the cue; the source becomes the noun phrase before it (with its parenthesis or
     * after its apposition's comma).
     */
    /**
     * The start of a subject with its prepositional phrases that ends at {@code end} and opens its clause ("A second
     * officer at the pier", "A University of Porto poll"): back over words that are no verb, quote or clause mark to
     * the sentence's opening or a comma; -1 unless it holds a noun and opens with a determiner, number or name.
     */
    private int clauseSubjectStart(List<Token> tk, boolean[] inQuote, int end) {
      int k = end;
      while (k > 0 && !inQuote[k - 1] && !tk.get(k - 1).isPunct()
          && (!tk.get(k - 1).isVerb() || SourceClassifier.DOCUMENT_WORDS.contains(tk.get(k - 1).lower()))
          && !tk.get(k - 1).is("AUX") && !tk.get(k - 1).is("SCONJ") && !tk.get(k - 1).is("CCONJ")
          && !tk.get(k - 1).is("PRON") && end - k < 12) {
        k--;
      }
      if (k >= end || k > introEnd(tk) && !(k > 0 && tk.get(k - 1).lower().equals(","))) {
        return -1;
      }
      Token first = tk.get(k);
      boolean noun = false;
      for (int i = k; i < end; i++) {
        noun |= tk.get(i).isNounLike() || SourceClassifier.DOCUMENT_WORDS.contains(tk.get(i).lower());
      }
      return noun && (first.is("DET") || first.is("NUM") || first.is("PROPN") || first.isCapitalized()) ? k : -1;
    }

    private void sourceBeforeTime(List<Token> tk, boolean[] inQuote, Frame f) {
      if (f.nameFrom <= 0 || f.nameTo > f.cueFrom) {
        return;
      }
      boolean time = false;
      for (int k = f.nameFrom; k < f.nameTo; k++) {
        String w = tk.get(k).lower();
        if (TIME_WORDS.contains(w)) {
          time = true;
        } else if (!(w.equals("past") || w.equals("on") || w.equals("'s") || w.equals("’s") || tk.get(k).is("NUM")
            || tk.get(k).isPunct())) {
          return;
        }
      }
      if (!time) {
        return;
      }
      int from = f.nameFrom;
      while (from > 0 && (tk.get(from - 1).lower().equals("on") || TIME_WORDS.contains(tk.get(from - 1).lower())
          || TIME_DETERMINERS.contains(tk.get(from - 1).lower()))) {
        from--; // "at the pier that evening", "this past week"
      }
      int end = from;
      if (end > 0 && tk.get(end - 1).text().equals(",")) {
        end--; // "Tomas Berg, the party chairman, this past week announced"
      } else if (end > 1 && (tk.get(end - 1).is("VERB") && tk.get(end - 1).lower().endsWith("ed")
          || tk.get(end - 1).lower().equals("out")) && (tk.get(end - 2).isNounLike() && !tk.get(end - 2).is("PRON")
          || SourceClassifier.DOCUMENT_WORDS.contains(tk.get(end - 2).lower()))) {
        // ("a harbour poll/VERB out this week showed": a document word is a noun whatever its tag)
        // "a harbour poll released last week showed": the source is the poll
        int start = npBackward(tk, inQuote, end - 1);
        if (start >= end - 1) {
          start = clauseSubjectStart(tk, inQuote, end - 1);
        }
        if (start >= 0 && start < end - 1 && !inQuote[start]) {
          setSource(f, start, end - 1, start, end - 1);
        }
        return;
      }
      int npEnd = end;
      if (end > 0 && tk.get(end - 1).text().equals(")")) {
        int open = end - 1;
        while (open > 0 && !tk.get(open).text().equals("(") && end - open < 12) {
          open--;
        }
        if (!tk.get(open).text().equals("(")) {
          return;
        }
        npEnd = open; // "Sen. Ana Ruiz (D-Ore.)"
      }
      int start = phraseEndingAt(tk, inQuote, npEnd);
      if (start < 0) {
        start = clauseSubjectStart(tk, inQuote, npEnd); // "A second officer at the pier that evening said"
      }
      if (start < 0) {
        return;
      }
      int mentionFrom = start;
      int mentionTo = npEnd;
      if (end < from && start >= 2 && tk.get(start - 1).text().equals(",") && tk.get(start - 2).is("PROPN")
          && !inQuote[start - 2]) {
        mentionFrom = npBackward(tk, inQuote, start - 1); // "Tomas Berg, the party chairman,": the name first
        mentionTo = start - 1;
        start = mentionFrom;
      }
      if (f.mentionFrom < 0 || f.mentionFrom == f.nameFrom && f.mentionTo == f.nameTo) {
        f.mentionFrom = mentionFrom;
        f.mentionTo = mentionTo;
      }
      f.nameFrom = start;
      f.nameTo = end;
    }

    /**
     * A source read right before its cue that is the object of another verb: a document ("issued a statement
     * saying", {@link #issuerOfStatement}) or something no person ("took a moment to point out", {@link
     * #objectBeforeNonFinite}); who speaks is that verb's subject.
     */
    private void sourceAsObject(List<Token> tk, boolean[] inQuote, Frame f) {
      if (f.nameFrom <= 0 || f.nameTo != f.cueFrom) {
        return;
      }
      int last = f.nameTo - 1;
      while (last > f.nameFrom && TIME_WORDS.contains(tk.get(last).lower())) {
        last--; // "issued a statement Wednesday saying"
      }
      if (ISSUED_DOCUMENTS.contains(tk.get(last).lemma())) {
        issuerOfStatement(tk, inQuote, f);
      } else {
        objectBeforeNonFinite(tk, inQuote, f);
      }
    }

    /**
     * "a fact first reported by the Gazette", "a plan opposed by unions", "Asked by a reporter whether A": a passive
     * participle cue with its agent after "by". The agent is the source; what the participle tells of (the noun
     * phrase before it, or what follows the agent) is the content. Feelings are left alone ("Alarmed by the unrest,
     * the senator ...": the senator is the one alarmed).
     */
    private void agentAfterBy(List<Token> tk, boolean[] inQuote, Frame f) {
      int n = tk.size();
      int by = f.cueTo;
      if (by + 1 >= n || by < 1 || !tk.get(by).lower().equals("by") || inQuote[by] || f.backward
          || f.nameFrom >= by || f.colonOnly) {
        return;
      }
      Token v = tk.get(by - 1);
      if (!participleForm(v.lower()) || FEELINGS.contains(v.lemma()) || tk.get(by + 1).isVerb() || tk.get(by + 1).is("AUX")
          || inQuote[by + 1]) {
        return; // "responded by standing up" is no passive
      }
      int to = npForward(tk, by + 1, true);
      if (to <= by + 1) {
        return;
      }
      int contentFrom;
      int contentTo;
      if (to < n && QUESTION_OPENERS.contains(tk.get(to).lower()) && words(tk, to, n) >= 2) {
        contentFrom = to; // "Asked by a reporter whether A"
        contentTo = n;
      } else if (f.nameFrom >= 0 && f.nameTo == f.cueFrom) {
        contentFrom = f.nameFrom; // "a fact first reported by the Gazette"
        contentTo = f.nameTo;
      } else {
        return;
      }
      setSource(f, by + 1, to, by + 1, to);
      f.descFrom = -1;
      f.descTo = -1;
      f.chanFrom = -1;
      f.chanTo = -1;
      f.contentFrom = contentFrom;
      f.contentTo = contentTo;
      f.content2From = -1;
      f.content2To = -1;
    }

    /**
     * "The party issued a statement saying ...": the source the rules or the tagger read is the statement, but who
     * speaks is the subject of "issued"; the cue becomes "issued a statement saying".
     */
    private void issuerOfStatement(List<Token> tk, boolean[] inQuote, Frame f) {
      int v = f.nameFrom - 1;
      if (tk.get(v).lower().equals("out") && v > 0) {
        v--; // "put out a statement"
      }
      if (!tk.get(v).isVerb() || !ISSUING_VERBS.contains(tk.get(v).lemma())) {
        return;
      }
      int end = v;
      while (end > 0 && (tk.get(end - 1).is("AUX") || tk.get(end - 1).is("ADV") || tk.get(end - 1).is("PART"))) {
        end--; // "has also issued"
      }
      int start = phraseEndingAt(tk, inQuote, end);
      if (start < 0) {
        return;
      }
      setSource(f, start, end, start, end);
      f.cueFrom = v;
    }

    /**
     * "Ortega took a moment to point out A", "Pickets took turns demanding B", "The mayor went out of her way to
     * praise C": a cue in -ing or "to" after the object of another verb, an object that is no person or group ("a
     * moment", "turns", "her way"), is the act of that verb's subject; the cue runs from that verb.
     */
    private void objectBeforeNonFinite(List<Token> tk, boolean[] inQuote, Frame f) {
      Token first = tk.get(f.cueFrom);
      boolean nonFinite = first.lower().endsWith("ing") && first.isVerb()
          || first.lower().equals("to") && f.cueFrom + 1 < tk.size() && tk.get(f.cueFrom + 1).isVerb();
      if (!nonFinite || inQuote[f.nameFrom]) {
        return;
      }
      // "took to Twitter to say", "went on television to announce": a medium, named or not
      boolean medium = f.nameFrom >= 2 && preposition(tk.get(f.nameFrom - 1)) && tk.get(f.nameFrom - 2).isVerb()
          && (tk.get(f.nameFrom - 2).lemma().equals("take") || tk.get(f.nameFrom - 2).lemma().equals("go"));
      for (int k = f.nameFrom; k < f.nameTo && !medium; k++) {
        Token t = tk.get(k);
        if (t.isCapitalized() || t.is("PROPN") || t.is("NUM")
            || t.is("PRON") && !POSSESSIVE_DETERMINERS.contains(t.lower())
            || SourceClassifier.PERSON_NOUNS.contains(t.lemma()) || SourceClassifier.PERSON_NOUNS.contains(t.lower())
            || SourceClassifier.ORGANIZATION_WORDS.contains(t.lower())
            || SourceClassifier.ORGANIZATION_ROLES.contains(t.lemma())) {
          return; // "urged officials to say", "heard the mayor saying": a person, who may well speak
        }
      }
      int v = f.nameFrom - 1;
      if (v > 0 && preposition(tk.get(v))) {
        v--; // "went out of her way"
        if (v > 0 && preposition(tk.get(v))) {
          v--;
        }
      }
      if (v <= 0 || !tk.get(v).isVerb() || inQuote[v]) {
        return;
      }
      int end = v;
      while (end > 0 && (tk.get(end - 1).is("AUX") || tk.get(end - 1).is("ADV") || tk.get(end - 1).is("PART"))) {
        end--;
      }
      int start = phraseEndingAt(tk, inQuote, end);
      if (start < 0) {
        return;
      }
      setSource(f, start, end, start, end);
      f.descFrom = -1;
      f.descTo = -1;
      f.cueFrom = v;
    }

    /** A preposition, or "to", which the tagger may call a particle. */
    private static boolean preposition(Token t) {
      return t.is("ADP") || t.lower().equals("to");
    }

    /**
     * The start of the noun phrase that ends just before {@code end}, outside quotes and with a noun, name or pronoun
     * in it, or -1.
     */
    private int phraseEndingAt(List<Token> tk, boolean[] inQuote, int end) {
      if (end <= 0 || inQuote[end - 1]) {
        return -1;
      }
      int start = npBackward(tk, inQuote, end);
      for (int k = start; k < end; k++) {
        if (tk.get(k).is("PROPN") || tk.get(k).is("NOUN") || tk.get(k).is("PRON")) {
          return start;
        }
      }
      return -1;
    }

    /** Sets the frame's name, description and mention from a {@link #subject} reading. */
    private static void setSubject(Frame f, int[] subject) {
      setSource(f, subject[0], subject[1], subject[4], subject[5]);
      f.descFrom = subject[2];
      f.descTo = subject[3];
    }

    private static void setSource(Frame f, int nameFrom, int nameTo, int mentionFrom, int mentionTo) {
      f.nameFrom = nameFrom;
      f.nameTo = nameTo;
      f.mentionFrom = mentionFrom;
      f.mentionTo = mentionTo;
    }

    /**
     * Whether a cue such as "attacked" or "hit" names a physical act: the noun phrase right after it, which starts the
     * content, names a place, building or vehicle ({@link #PHYSICAL_TARGETS}), as in "attacked the embassy compound"
     * (not "attacked the plan", "attacked Clinton" or "hit back at critics").
     */
    private static boolean physicalAct(List<Token> tk, Frame f) {
      if (f.head < 0 || f.backward || f.contentFrom != f.cueTo || !tk.get(f.head).isVerb()
          || !PHYSICAL_OR_VERBAL.contains(tk.get(f.head).lemma())) {
        return false;
      }
      for (int k = f.contentFrom; k < f.contentTo; k++) {
        Token t = tk.get(k);
        if (PHYSICAL_TARGETS.contains(t.lower())) {
          return true;
        }
        if (!(t.is("DET") || t.is("ADJ") || t.is("ADV") || t.is("NUM") || t.is("NOUN") || t.is("PROPN")
            || t.isVerb() && k > f.contentFrom && k + 1 < f.contentTo && !tk.get(k + 1).isPunct())) {
          return false; // the noun phrase has ended ("the", "highly fortified" and "American" go on)
        }
      }
      return false;
    }

    /**
     * Whether a cue the tagger read without a source hangs on the clause before it and so shares its subject: a
     * verb in -ing ("..., comparing him to B"), or a verb after "and", "but" or a comma ("X spotted A and reported
     * B").
     */
    private boolean sharesSubject(List<Token> tk, Frame f) {
      if (!f.learned || f.nameFrom >= 0 || f.head < 0 || !tk.get(f.head).isVerb()) {
        return false;
      }
      if (tk.get(f.head).lower().endsWith("ing")) {
        return true;
      }
      int b = linkBefore(tk, f);
      return b > 0 && SAME_SUBJECT_LINKS.contains(tk.get(b).lower());
    }

    /**
     * "Citing the storm, the mayor closed the pier": a cue in -ing that opens the sentence has the subject of the
     * clause after its comma; {from, to} of that subject, or null.
     */
    private int[] subjectAfterOpeningParticiple(List<Token> tk, boolean[] inQuote, Frame f) {
      int i = 0;
      while (i < f.cueFrom && trimmable(tk.get(i))) {
        i++;
      }
      if (i != f.cueFrom || inQuote[i] || !tk.get(i).lower().endsWith("ing") || !tk.get(i).isVerb()) {
        return null;
      }
      for (int k = f.cueTo; k + 1 < tk.size(); k++) {
        if (inQuote[k] || tk.get(k).lower().equals(";")) {
          return null;
        }
        if (tk.get(k).lower().equals(",")) {
          return mainSubject(tk, inQuote, tk.size(), k + 1);
        }
      }
      return null;
    }

    /** The token before a frame's cue, over adverbs ("and then reported": "and"); 0 or less at the sentence start. */
    private static int linkBefore(List<Token> tk, Frame f) {
      int b = f.cueFrom - 1;
      while (b > 0 && tk.get(b).is("ADV")) {
        b--;
      }
      return b;
    }

    /**
     * Where a content ends before the outlet's own doubt joined to it: "The army said it had repelled the attack, but
     * it was not clear whether the post was held" ends at "attack". {@code to} when there is none.
     */
    private int beforeOutletsHedge(List<Token> tk, boolean[] inQuote, int from, int to) {
      for (int k = from + 1; k + 3 < to; k++) {
        String w = tk.get(k).lower();
        if (inQuote[k] || !(w.equals(",") || w.equals(";") || w.equals("but") || w.equals("and"))) {
          continue;
        }
        int i = k + 1;
        if (tk.get(i).lower().equals("but") || tk.get(i).lower().equals("and")) {
          i++;
        }
        if (i + 2 >= to || !tk.get(i).lower().equals("it") || !tk.get(i + 1).lemma().equals("be")) {
          continue;
        }
        i += 2;
        while (i < to && (tk.get(i).is("ADV") || tk.get(i).is("PART"))) {
          i++; // "not", "still", "immediately"
        }
        if (i < to && OUTLET_DOUBTS.contains(tk.get(i).lower())) {
          int end = k;
          while (end > from && tk.get(end - 1).isPunct() && !isQuoteMark(tk.get(end - 1))) {
            end--;
          }
          return end > from ? end : to;
        }
      }
      return to;
    }

    /** Whether tokens {@code from} to {@code to} hold a word of some frame's cue. */
    private static boolean overlapsCue(List<Frame> frames, int from, int to) {
      for (Frame f : frames) {
        if (f.cueFrom < to && from < f.cueTo) {
          return true;
        }
      }
      return false;
    }

    /**
     * The subject of the clause a cue without a source hangs on, when the cue is a verb in -ing after a comma ("Kim
     * rallied the crowd, warning that A") or a verb after "and" or "but" ("Kim toured the dock and praised the crew"):
     * {from, to}, or null.
     */
    private int[] sharedMainSubject(List<Token> tk, boolean[] inQuote, Frame f) {
      if (f.head < 0 || !tk.get(f.head).isVerb() && !tk.get(f.cueFrom).lower().endsWith("ing")
          || isPassive(tk, f.head) || RAISING.contains(tk.get(f.head).lemma())) {
        return null; // "..., and is not expected to", "and seemed": no speaker ("by warning/NOUN that" is a verb)
      }
      int[] main = subjectOfClauseHungOn(tk, inQuote, f);
      if (main == null || main[4] < 0 || tk.get(main[4]).is("ADV")) {
        return null;
      }
      for (int k = main[4]; k < main[5]; k++) {
        if (startsTime(tk, k) || tk.get(k).lower().equals("no")) {
          return null; // "A week later, declaring ...", "had no trouble endorsing"
        }
      }
      return main;
    }

    /**
     * The sentence's subject when a cue the tagger read without a source is the finite main verb right after it, over
     * appositions set off by commas, auxiliaries and adverbs ("Her uncle, Karl, 61, worried that A"); {from, to}, or
     * null. Not for participles, infinitives, passives or raising verbs, whose subject need not be the speaker.
     */
    private int[] finiteCueSubject(List<Token> tk, boolean[] inQuote, Frame f) {
      if (f.head < 0 || f.backward) {
        return null;
      }
      Token h = tk.get(f.head);
      int c = f.cueFrom;
      if (!(h.isVerb() || h.is("ADJ") && h.lower().endsWith("ed") && f.head == c) || h.lower().endsWith("ing")
          || isPassive(tk, f.head) || RAISING.contains(h.lemma())
          || c > 0 && tk.get(c - 1).lower().equals("to") || NAMING_PARTICIPLES.contains(h.lower())) {
        return null;
      }
      int start = introEnd(tk);
      int to = npForward(tk, start, true);
      if (to <= start || to >= c || inQuote[start] || EXPLETIVES.contains(tk.get(start).lower())
          || tk.get(start).lower().equals("there")) {
        return null;
      }
      int k = c;
      while (k > to && (tk.get(k - 1).is("ADV") || tk.get(k - 1).is("AUX") || tk.get(k - 1).is("PART"))) {
        k--;
      }
      if (k > to) {
        // appositions set off by commas, at most a dozen words, no verb and no quote: ", Karl, 39,"
        if (!tk.get(k - 1).lower().equals(",") || !tk.get(to).lower().equals(",") || k - to > 12 || k - 1 == to) {
          return null;
        }
        for (int i = to; i < k; i++) {
          if (inQuote[i] || tk.get(i).isVerb() || tk.get(i).is("AUX")) {
            return null;
          }
        }
        k = c;
      }
      return k == c ? new int[] {start, to} : null;
    }

    private int[] subjectOfClauseHungOn(List<Token> tk, boolean[] inQuote, Frame f) {
      int c = f.cueFrom;
      if (c < 2) {
        return null;
      }
      boolean ing = tk.get(c).lower().endsWith("ing");
      if (ing && tk.get(c - 1).is("ADP") && !inQuote[c - 1]) {
        // "Kim rallied the crowd by warning that A": the subject of the verb the phrase hangs on
        for (int v = c - 2; v >= Math.max(0, c - 12) && !inQuote[v] && !tk.get(v).isPunct(); v--) {
          if (tk.get(v).isVerb()) {
            int[] subject = subject(tk, inQuote, v);
            return subject == null || subject[4] > 0 && tk.get(subject[4] - 1).is("ADP") ? null : subject;
          }
        }
        return null;
      }
      // "..., warning that A" hangs on the clause before the comma; "... and praised B" on the clause before "and"
      int link = ing ? participleComma(tk, c) : linkBefore(tk, f);
      if (link <= 0 || !ing && (!tk.get(link).is("CCONJ") || inQuote[link])) {
        return null;
      }
      int[] main = mainSubject(tk, inQuote, link);
      return main == null ? null : new int[] {main[0], main[1], -1, -1, main[0], main[1]};
    }

    /**
     * Widens a rule frame's cue to the cue the tagger reads around it ("the mayor plans to call on": the rules' cue is
     * "call on", the tagger's "plans to call on"), when the wider cue is outside quotes and leaves the frame a
     * source and content; the source and content give up the words the cue takes.
     */
    private void widenCue(List<Token> tk, int[] labels, Frame f) {
      if (f.colonOnly || f.trailing || f.head < 0) {
        return;
      }
      int from = f.cueFrom;
      int to = f.cueTo;
      while (from > 0 && AttributionTagger.part(labels[from - 1]) == 2 && !AttributionTagger.begins(labels[from])) {
        from--;
      }
      while (to < labels.length && AttributionTagger.part(labels[to]) == 2 && !AttributionTagger.begins(labels[to])) {
        to++;
      }
      if (from == f.cueFrom && to == f.cueTo) {
        return;
      }
      boolean sourceBefore = f.nameFrom >= 0 && f.nameTo <= f.cueFrom;
      boolean contentAfter = f.contentFrom >= f.cueTo;
      if (f.nameFrom >= 0 && (sourceBefore ? from <= f.nameFrom : to >= f.nameTo)
          || (contentAfter ? to >= f.contentTo : from <= f.contentFrom)
          || f.content2From >= 0 && from < f.content2To && f.content2From < to) {
        return; // the wider cue would swallow the source or the content: keep the rules' reading
      }
      if (f.nameFrom >= 0) {
        if (sourceBefore) {
          f.nameTo = Math.min(f.nameTo, from);
          f.mentionTo = Math.min(f.mentionTo, from);
        } else {
          f.nameFrom = Math.max(f.nameFrom, to);
          f.mentionFrom = Math.max(f.mentionFrom, to);
        }
        if (f.mentionFrom >= f.mentionTo) {
          f.mentionFrom = f.nameFrom;
          f.mentionTo = f.nameTo;
        }
      }
      if (contentAfter) {
        f.contentFrom = Math.max(f.contentFrom, to);
      } else {
        f.contentTo = Math.min(f.contentTo, from);
      }
      f.cueFrom = from;
      f.cueTo = to;
    }

    /**
     * "Most riders say the ferry is punctual, although a third said so in May": where the tagger reads a source and
     * its cue inside a rule frame's content, outside quotes, the rule frame's content ends before that source, so that
     * the tagged clause can be read as an attribution of its own; so too before a cue it reads as ", adding", "and
     * warned" or "but did not", which goes on with the same subject.
     */
    private void cutForTaggedClauses(List<Token> tk, boolean[] inQuote, List<int[]> segs, List<Frame> frames) {
      for (int[] cue : segs) {
        if (cue[0] != 2 || allQuoted(inQuote, cue[1], cue[2])) {
          continue;
        }
        for (Frame f : frames) {
          if (f.learned || f.colonOnly || f.trailing || f.backward || f.content2From >= 0
              || cue[1] < f.contentFrom || cue[2] > f.contentTo) {
            continue;
          }
          int[] source = null;
          for (int[] seg : segs) {
            if (seg[0] == 1 && seg[2] <= cue[1] && seg[1] > f.contentFrom && nearestCue(segs, seg) == cue
                && !allQuoted(inQuote, seg[1], seg[2]) && (source == null || seg[1] > source[1])) {
              source = seg;
            }
          }
          int end;
          if (source != null) {
            end = source[1];
          } else if (cue[1] - 1 > f.contentFrom && !inQuote[cue[1] - 1]
              && (tk.get(cue[1]).isVerb() || tk.get(cue[1]).is("AUX"))
              && SAME_SUBJECT_LINKS.contains(tk.get(cue[1] - 1).lower())
              && (!tk.get(cue[1] - 1).lower().equals(",") || tk.get(cue[1]).lower().endsWith("ing"))) {
            end = cue[1] - 1; // "X said A, adding B", "X praised A and called B C", "but did not": same subject
          } else {
            continue;
          }
          while (end > f.contentFrom && (tk.get(end - 1).isPunct() && !inQuote[end - 1]
              || CLAUSE_JOINERS.contains(tk.get(end - 1).lower()) || tk.get(end - 1).is("SCONJ"))) {
            end--;
          }
          if (words(tk, f.contentFrom, end) > 0) {
            f.contentTo = end;
          }
        }
      }
    }

    /** Whether [from, to) opens, after punctuation, with "while", "whereas", "although", "though" or "but". */
    private boolean opensContrast(List<Token> tk, int from, int to) {
      int i = from;
      while (i < to && tk.get(i).isPunct()) {
        i++;
      }
      return i < to && CONTRASTS.contains(tk.get(i).lower());
    }

    /** Whether some token in [from, to) has a label of {@code part} (1 source, 2 cue, 3 content). */
    private boolean tagged(int[] labels, int from, int to, int part) {
      for (int k = Math.max(0, from); k < Math.min(to, labels.length); k++) {
        if (AttributionTagger.part(labels[k]) == part) {
          return true;
        }
      }
      return false;
    }

    private boolean allQuoted(boolean[] inQuote, int from, int to) {
      for (int k = from; k < to; k++) {
        if (!inQuote[k]) {
          return false;
        }
      }
      return true;
    }

    /**
     * {@link #overlapsAny(List, int, int)}, except that a relative clause inside a frame's source phrase is free:
     * "The engineer, who said the bridge had been inspected, told reporters it was safe" holds two attributions.
     */
    private boolean overlapsAny(List<Token> tk, List<Frame> frames, int from, int to) {
      for (Frame f : frames) {
        if (from < f.end() && f.start() < to) {
          int rel = relativeInMention(tk, f);
          if (rel >= 0 && from >= rel && to <= f.mentionTo) {
            continue;
          }
          return true;
        }
      }
      return false;
    }

    /** Where ", who|which|whose ..." opens inside the frame's source phrase, or -1. */
    private int relativeInMention(List<Token> tk, Frame f) {
      if (f.mentionFrom < 0 || f.mentionTo > f.cueFrom) {
        return -1;
      }
      for (int k = f.mentionFrom + 1; k < f.mentionTo; k++) {
        String w = tk.get(k).lower();
        String before = tk.get(k - 1).lower();
        if ((w.equals("who") || w.equals("which") || w.equals("whose"))
            && (before.equals(",") || isDash(before))) {
          return k;
        }
      }
      return -1;
    }

    private boolean overlapsAny(List<Frame> frames, int from, int to) {
      for (Frame f : frames) {
        if (from < f.end() && f.start() < to) {
          return true;
        }
      }
      return false;
    }

    private int distance(int[] a, int[] b) {
      return a[2] <= b[1] ? b[1] - a[2] : a[1] >= b[2] ? a[1] - b[2] : 0;
    }

    /** The cue segment nearest to {@code seg}, or null; ties go to the later cue. */
    private int[] nearestCue(List<int[]> segs, int[] seg) {
      int[] best = null;
      for (int[] c : segs) {
        if (c[0] == 2 && (best == null || distance(seg, c) <= distance(seg, best))) {
          best = c;
        }
      }
      return best;
    }

    /**
     * Whether {@code f} can join the frames already accepted (which all start before it), cutting an earlier
     * frame's content where a new clause begins ("X said A, and Y said B"; "X declined, saying B").
     */
    private boolean fits(List<Token> tk, boolean[] inQuote, List<Frame> accepted, Frame f) {
      if (f.participle && f.nameFrom < 0 && accepted.isEmpty()) {
        return false; // "..., adding B" after a quote with no speaker in this sentence
      }
      if (f.claimAt >= 0) {
        // ", a claim the commission denied": the claim is what the frame before the comma reported
        for (int k = accepted.size() - 1; k >= 0; k--) {
          Frame g = accepted.get(k);
          if (!g.colonOnly && !g.backward && g.contentFrom < f.claimAt && g.contentTo > f.claimAt
              && g.cueTo <= f.claimAt) {
            g.contentTo = f.claimAt;
            f.contentFrom = g.contentFrom;
            f.contentTo = g.contentTo;
            return true;
          }
        }
      }
      for (int k = accepted.size() - 1; k >= 0; k--) {
        Frame g = accepted.get(k);
        if (g.colonOnly) {
          continue;
        }
        if (f.head >= 0 && f.head == g.citingAt) {
          return false; // "reported, citing two officials, that": the citing belongs to the report
        }
        if (f.cueFrom >= g.cueFrom && f.cueTo <= g.cueTo) {
          return false; // "was quoted as saying": "saying" is part of the cue before it
        }
        if (g.mentionFrom >= 0 && g.mentionFrom < f.cueFrom && f.cueFrom < g.mentionTo) {
          return false; // this frame sits inside the earlier one's source ("said an aide who requested anonymity")
        }
        // the earlier frame sits inside this one's source ("Trump, who criticized Clinton, said ...")
        if (f.mentionFrom >= 0 && f.mentionFrom <= g.cueFrom && g.cueFrom < f.mentionTo) {
          accepted.remove(k);
          continue;
        }
        if (f.backward && !g.backward && g.nameFrom >= f.contentFrom && g.cueTo <= f.contentTo && g.cueTo <= f.cueFrom
            && pronounMention(tk, f) && !pronounMention(tk, g) && g.nameFrom >= 0) {
          // 'Rhimes declared the need for drive: "Change the world," she said': two attributions, the quote is the
          // one the pronoun's cue brings in, what comes before it the named speaker's
          int qEnd = f.contentTo;
          while (qEnd > g.cueTo && !inQuote[qEnd - 1] && tk.get(qEnd - 1).isPunct()) {
            qEnd--;
          }
          int qs = qEnd;
          while (qs > g.cueTo && inQuote[qs - 1]) {
            qs--;
          }
          if (qs < qEnd && qs > g.cueTo && words(tk, qs, qEnd) >= 2 && words(tk, g.contentFrom, qs) >= 2) {
            f.contentFrom = qs;
            g.contentTo = Math.min(g.contentTo, qs);
            continue;
          }
        }
        // "A, which the disputed report found, B, X said": the earlier frame sits inside this one's content
        if (f.backward && f.inContent(g.cueFrom) && g.inContent(f.cueFrom)) {
          accepted.remove(k);
          continue;
        }
        if (g.backward && !f.backward && f.nameFrom >= 0 && f.nameFrom >= g.contentFrom && f.cueTo <= g.contentTo
            && pronounMention(tk, g) && !pronounMention(tk, f) && words(tk, f.contentFrom, g.contentTo) >= 2) {
          // 'Brkic said she thought "A," she said': one attribution, Brkic's; the pronoun after repeats her
          f.contentTo = Math.min(f.contentTo, g.contentTo);
          accepted.remove(k);
          continue;
        }
        boolean cueInside = g.inContent(f.cueFrom) || g.inContent(f.cueTo - 1);
        boolean mentionInside = f.mentionFrom >= 0 && (g.inContent(f.mentionFrom) || g.inContent(f.mentionTo - 1));
        if (cueInside || mentionInside) {
          if (g.content2From >= 0 && g.inContent(f.cueFrom) && f.cueFrom >= g.content2From) {
            return false;
          }
          int cut = clauseBoundary(tk, inQuote, g, f);
          if (cut < 0 && g.inContent(f.cueFrom)) {
            cut = prepositionBeforeParticiple(tk, inQuote, f.cueFrom, g.contentFrom);
          }
          if (cut < 0) {
            return false; // nested: "X said that Y believes Z" is one attribution, X's
          }
          if (words(tk, g.contentFrom, cut) == 0) {
            accepted.remove(k); // "In a statement, the campaign said ...": the later frame is the one
            continue;
          }
          g.contentTo = Math.min(g.contentTo, cut);
          continue;
        }
        if (f.backward && f.contentFrom < g.end()) {
          int from = g.end();
          while (from < f.contentTo && (tk.get(from).isPunct() || CLAUSE_JOINERS.contains(tk.get(from).lower()))) {
            from++;
          }
          if (words(tk, from, f.contentTo) < 2) {
            return false;
          }
          f.contentFrom = from;
        }
      }
      return true;
    }

    /**
     * "..., apart from saying she would like a younger crew", "after saying A": a participle cue after "from", "after" or
     * "before" is an attribution of its own (of the same subject), not part of the content before it ("defended it
     * by saying A" stays one attribution); the index where the content before it ends (the preposition, or "aside" /
     * "apart" before "from"), or -1. Not after "without" ("without saying A" says nothing).
     */
    private int prepositionBeforeParticiple(List<Token> tk, boolean[] inQuote, int c, int contentFrom) {
      if (c < 2 || !tk.get(c).lower().endsWith("ing") || inQuote[c - 1]) {
        return -1;
      }
      String p = tk.get(c - 1).lower();
      if (!(p.equals("from") || p.equals("after") || p.equals("before"))) {
        return -1;
      }
      int cut = c - 1;
      if (p.equals("from") && (tk.get(c - 2).lower().equals("aside") || tk.get(c - 2).lower().equals("apart"))) {
        cut = c - 2;
      }
      while (cut > contentFrom && tk.get(cut - 1).lower().equals(",")) {
        cut--;
      }
      return words(tk, contentFrom, cut) >= 2 ? cut : -1;
    }

    /** Whether a frame's source is a lone personal pronoun ("she said"). */
    private static boolean pronounMention(List<Token> tk, Frame f) {
      return f.mentionFrom >= 0 && f.mentionTo - f.mentionFrom == 1
          && SourceClassifier.PRONOUNS.contains(tk.get(f.mentionFrom).lower());
    }

    /**
     * Where a new clause that holds {@code f} begins inside {@code g}'s content: the index of the comma, semicolon,
     * dash or conjunction before {@code f}'s source (or cue), or -1 when {@code f} is nested in {@code g}'s content.
     */
    private int clauseBoundary(List<Token> tk, boolean[] inQuote, Frame g, Frame f) {
      int start = f.participle ? f.link + 1 : f.start();
      if (f.backward) {
        // "A, he said; B, she said": the second frame's content starts at a clause boundary
        start = f.mentionFrom >= 0 ? Math.min(f.mentionFrom, f.cueFrom) : f.cueFrom;
      }
      if (start <= g.contentFrom) {
        return -1;
      }
      int b = start - 1;
      String w = tk.get(b).lower();
      if (f.participle) {
        return b > g.contentFrom && tk.get(b - 1).lower().equals(",") ? b - 1 : b;
      }
      if (w.equals(";") || isDash(w)) {
        return b;
      }
      if (CLAUSE_JOINERS.contains(w)) {
        return b > g.contentFrom && tk.get(b - 1).lower().equals(",") ? b - 1 : b;
      }
      if (w.equals(",") && !inQuote[b] && f.mentionFrom >= 0 && !f.backward
          && !RELATIVE.contains(tk.get(f.mentionFrom).lower())) {
        return b;
      }
      if (f.backward && (w.equals(",") || w.equals(".") || trimmable(tk.get(b)))) {
        // the earlier frame's content ends where a quote opens after it
        int q = g.contentFrom;
        for (int i = g.contentFrom; i < f.contentTo && i < start; i++) {
          if (inQuote[i] && (i == 0 || !inQuote[i - 1]) && i > g.contentFrom) {
            q = i;
          }
        }
        if (q > g.contentFrom) {
          f.contentFrom = q;
          return q - 1 >= g.contentFrom && trimmable(tk.get(q - 1)) ? q - 1 : q;
        }
      }
      return -1;
    }

    /** "the poll shows Trump ahead": a cue verb in -s that the tagger took for a plural noun. */
    private boolean verbTaggedNoun(List<Token> tk, int c) {
      Token t = tk.get(c);
      if (!t.is("NOUN") || !t.lower().endsWith("s") || c == 0 || c + 1 >= tk.size() || !cues.contains(t.lemma())
          || t.isCapitalized()) {
        return false;
      }
      Token prev = tk.get(c - 1);
      Token next = tk.get(c + 1);
      boolean subject = (prev.is("NOUN") || prev.is("PROPN") || prev.is("PRON"))
          && !POSSESSIVES_AND_ARTICLES.contains(prev.lower()) && !prev.lower().endsWith("'s")
          && !prev.lower().endsWith("’s");
      boolean object = next.is("DET") || next.is("PROPN") || next.is("PRON") || next.is("NUM") || next.is("SCONJ")
          || next.is("ADJ") || next.lower().equals("that") || next.isCapitalized() && !next.isPunct()
          || !next.text().isEmpty() && Quotes.isMark(next.text().charAt(0)) || next.lower().equals(":")
          || cues.contains(t.lemma() + " " + next.lower());
      return subject && object;
    }

    /**
     * "Clinton's plan to raise taxes", "his criticism of the deal", "the senator's claim that ...": a noun cue with a
     * possessive source and the phrase after it as content. Null without a possessive or without content.
     */
    private Frame nounFrame(List<Token> tk, boolean[] inQuote, int c) {
      int n = tk.size();
      String lemma = tk.get(c).lemma();
      int cueTo = c + 1;
      if (cues.containsNoun(lemma + " " + tk.get(c + 1).lower())) {
        lemma = lemma + " " + tk.get(c + 1).lower();
        cueTo = c + 2;
      }
      int m = c - 1;
      while (m > 0 && tk.get(m).is("ADJ") && !inQuote[m]) {
        m--; // "Clinton's latest plan"
      }
      Token p = tk.get(m);
      String w = p.lower();
      int nameFrom;
      int nameTo;
      int mentionTo = m + 1;
      if (p.is("PRON") && POSSESSIVE_PRONOUNS.contains(w)) {
        nameFrom = m;
        nameTo = m + 1;
      } else if ((w.equals("'s") || w.equals("’s")) && m > 0 && !inQuote[m - 1]) {
        nameTo = m;
        nameFrom = npBackward(tk, inQuote, m - 1);
      } else if ((w.endsWith("'s") || w.endsWith("’s") || w.endsWith("s'") || w.endsWith("s’"))
          && (p.is("PROPN") || p.is("NOUN") || p.isCapitalized())) {
        nameTo = m + 1;
        nameFrom = npBackward(tk, inQuote, m);
      } else {
        return null;
      }
      if (nameFrom >= nameTo || inQuote[nameFrom]) {
        return null;
      }
      int from = cueTo;
      if (from < n && (tk.get(from).lower().equals("that") || tk.get(from).lower().equals(":"))) {
        from++;
      }
      String next = cueTo < n ? tk.get(cueTo).lower() : "";
      if (!CUE_COMPLEMENT_WORDS.contains(next) && cueTo == c + 1
          || words(tk, from, n) < 2) {
        return null;
      }
      if (tk.get(cueTo).is("AUX") && cueTo + 1 < n && (tk.get(cueTo + 1).isVerb() || tk.get(cueTo + 1).is("ADV"))) {
        return null; // "Berg's account was disputed by the operator": the account is what is talked about
      }
      Frame f = new Frame();
      f.nameFrom = nameFrom;
      f.nameTo = nameTo;
      f.mentionFrom = nameFrom;
      f.mentionTo = mentionTo;
      f.cueFrom = c;
      f.cueTo = cueTo;
      f.head = c;
      f.lemma = lemma;
      f.contentFrom = from;
      f.contentTo = n;
      return f;
    }

    /**
     * "Officials put the death toll at 15", "the union puts it at 3,000": a count a source gives, told by "put" (or
     * "place", "peg") with an object and "at" before a number. The content is the object and the count.
     */
    private Frame estimateFrame(List<Token> tk, boolean[] inQuote, int c) {
      int n = tk.size();
      int at = -1;
      for (int k = c + 2; k < Math.min(n - 1, c + 9); k++) {
        if (inQuote[k] || tk.get(k).isVerb() || tk.get(k).lower().equals(",")) {
          return null;
        }
        if (tk.get(k).lower().equals("at")) {
          at = k;
          break;
        }
      }
      if (at < 0) {
        return null;
      }
      int num = at + 1;
      while (num < n && COUNT_HEDGES.contains(tk.get(num).lower())) {
        num++; // "at least", "at about", "at more than"
      }
      if (num >= n || !tk.get(num).is("NUM") && !Character.isDigit(tk.get(num).text().codePointAt(0))) {
        return null;
      }
      return subjectFrame(tk, inQuote, c, c, c + 1, tk.get(c).lemma(), c + 1);
    }

    /**
     * "Petrov's party said it had found irregularities, a claim the commission denied": the commission denies what
     * comes before the comma (the content of the frame there, when there is one: see {@code fits}). Null when the
     * cue is not read so.
     */
    private Frame claimDenied(List<Token> tk, boolean[] inQuote, int c, int cueTo, String lemma) {
      Optional<CueLexicon.Entry> e = cues.lookup(lemma);
      if (e.isEmpty() || e.get().stance() != CueStance.DENY) {
        return null;
      }
      int v = c;
      while (v > 0 && (tk.get(v - 1).is("AUX") || tk.get(v - 1).is("ADV") || tk.get(v - 1).is("PART"))) {
        v--; // "a claim the commission has strongly denied"
      }
      for (int p = v - 1; p >= Math.max(1, v - 10); p--) {
        if (inQuote[p]) {
          return null;
        }
        if (!tk.get(p).lower().equals(",") && !isDash(tk.get(p).text())) {
          continue;
        }
        int k = p + 1;
        if (tk.get(k).is("DET")) {
          k++;
        }
        if (k >= v || !CLAIM_NOUNS.contains(tk.get(k).lemma())) {
          return null;
        }
        k++;
        if (k < v && (tk.get(k).lower().equals("that") || tk.get(k).lower().equals("which"))) {
          k++;
        }
        if (k >= v || !npToken(tk.get(k)) || words(tk, 0, p) < 3) {
          return null;
        }
        Frame f = new Frame();
        setSource(f, k, v, k, v);
        f.cueFrom = v;
        f.cueTo = cueTo;
        f.head = c;
        f.lemma = lemma;
        f.backward = true;
        f.contentFrom = 0;
        f.contentTo = p;
        f.claimAt = p;
        return f;
      }
      return null;
    }

    /** "Senator Ortega made it clear that A": the cue is "made it clear" ("made clear" is a lexicon entry). */
    private Frame madeItClear(List<Token> tk, boolean[] inQuote, int c) {
      int n = tk.size();
      int from = c + 3;
      if (from < n && tk.get(from).lower().equals("that")) {
        from++;
      }
      if (words(tk, from, n) < 2 || !hasClause(tk, inQuote, from, n)) {
        return null;
      }
      return subjectFrame(tk, inQuote, c, c, c + 3, "make clear", from);
    }

    /** The form of "be" before {@code c}, over adverbs and "not" ("was not entirely"), or -1. */
    private int beBefore(List<Token> tk, int c) {
      int k = c - 1;
      while (k > 0 && (tk.get(k).is("ADV") || tk.get(k).is("PART") && !tk.get(k).lower().startsWith("'"))) {
        k--;
      }
      return k > 0 && tk.get(k).is("AUX") && tk.get(k).lemma().equals("be") ? k : -1;
    }

    /**
     * "Kowalska was adamant that A", "City engineers are confident the bridge will reopen": what a source holds,
     * told by an adjective of the lexicon after a form of "be" and before a clause; the cue runs from "be" to the
     * adjective.
     */
    private Frame adjectiveFrame(List<Token> tk, boolean[] inQuote, int c) {
      int n = tk.size();
      int be = beBefore(tk, c);
      if (be < 0 || inQuote[be]) {
        return null;
      }
      int from = c + 1;
      if (tk.get(from).lower().equals("that")) {
        from++;
      } else if (!npToken(tk.get(from)) || tk.get(from).is("ADJ")) {
        return null; // "is confident of victory", "were sure enough": no clause
      }
      if (words(tk, from, n) < 2 || !hasClause(tk, inQuote, from, n)) {
        return null;
      }
      return subjectFrame(tk, inQuote, c, be, c + 1, tk.get(c).lower(), from);
    }

    /**
     * A frame whose source is the subject of the cue word at {@code c} (null when it has none, or only "it", "there"
     * or "this"), whose cue is {@code cueFrom} to {@code cueTo}, and whose content runs from {@code contentFrom} to
     * the end of the sentence.
     */
    private Frame subjectFrame(List<Token> tk, boolean[] inQuote, int c, int cueFrom, int cueTo, String lemma,
        int contentFrom) {
      int[] subject = subject(tk, inQuote, c);
      if (subject == null || EXPLETIVES.contains(tk.get(subject[4]).lower())) {
        return null;
      }
      Frame f = new Frame();
      setSubject(f, subject);
      f.cueFrom = cueFrom;
      f.cueTo = cueTo;
      f.head = c;
      f.lemma = lemma;
      f.contentFrom = contentFrom;
      f.contentTo = tk.size();
      return f;
    }

    /** "The rules will change, and nobody can stop it — Commissioner Jane Doe.": a name after a closing dash. */
    private Frame dashSignature(List<Token> tk, boolean[] inQuote) {
      int n = tk.size();
      int end = n;
      while (end > 0 && tk.get(end - 1).isPunct() && !isDash(tk.get(end - 1).text())) {
        end--;
      }
      for (int d = end - 2; d >= 3 && d >= end - 8; d--) {
        if (!isDash(tk.get(d).text()) || inQuote[d]) {
          continue;
        }
        int to = npForward(tk, d + 1, true);
        boolean named = false;
        for (int k = d + 1; k < to; k++) {
          named |= tk.get(k).is("PROPN");
        }
        if (to != end || !named || words(tk, 0, d) < 3) {
          return null;
        }
        Frame f = new Frame();
        f.nameFrom = d + 1;
        f.nameTo = to;
        f.mentionFrom = d + 1;
        f.mentionTo = to;
        f.cueFrom = d;
        f.cueTo = d + 1;
        f.lemma = "—";
        f.backward = true;
        f.contentFrom = 0;
        f.contentTo = d;
        return f;
      }
      return null;
    }

    /** Whether most words of the sentence are capitalized, as in a headline. */
    private boolean titleCase(List<Token> tk) {
      int capitals = 0;
      int words = 0;
      for (Token t : tk) {
        if (!t.isPunct()) {
          words++;
          if (t.isCapitalized()) {
            capitals++;
          }
        }
      }
      return capitals * 2 > words && words > 3;
    }

    /**
     * A headline in title case, "Clinton Says Trump Is Unfit": the tagger cannot be trusted there, so the cue is the
     * first inflected form of a cue lemma after a capitalized name of up to six words.
     */
    private Frame titleFrame(List<Token> tk, boolean[] inQuote) {
      int n = tk.size();
      for (int i = 1; i < Math.min(n - 2, 8); i++) {
        Token t = tk.get(i);
        if (inQuote[i] || !tk.get(i - 1).isCapitalized() && !POSSESSIVE_OR_STOP.contains(tk.get(i - 1).lower())) {
          return trailingTitleFrame(tk, inQuote);
        }
        String lemma = inflectedCue(t.lower());
        if (lemma == null) {
          continue;
        }
        int cueTo = i + 1;
        if (cues.contains(lemma + " " + tk.get(i + 1).lower())) {
          lemma = lemma + " " + tk.get(i + 1).lower();
          cueTo = i + 2;
        }
        if (words(tk, cueTo, n) < 2 || FUNCTION_WORDS.contains(tk.get(0).lower())) {
          return null;
        }
        Frame f = new Frame();
        f.nameFrom = 0;
        f.nameTo = i;
        f.mentionFrom = 0;
        f.mentionTo = i;
        f.cueFrom = i;
        f.cueTo = cueTo;
        f.head = i;
        f.lemma = lemma;
        f.contentFrom = cueTo;
        f.contentTo = n;
        return f;
      }
      return trailingTitleFrame(tk, inQuote);
    }

    /**
     * A headline in title case with its speaker at the end, "Ferry Fleet Could Be Sold, Mayor Ortiz Says": after the
     * last comma, a capitalized name of up to six words and an inflected cue, then only punctuation.
     */
    private Frame trailingTitleFrame(List<Token> tk, boolean[] inQuote) {
      int e = tk.size();
      while (e > 0 && tk.get(e - 1).isPunct()) {
        e--;
      }
      if (e < 5 || inQuote[e - 1] || !tk.get(e - 1).isCapitalized()) {
        return null;
      }
      String lemma = inflectedCue(tk.get(e - 1).lower());
      if (lemma == null) {
        return null;
      }
      int k = e - 1;
      while (k > 0 && e - 1 - k < 6 && !tk.get(k - 1).lower().equals(",")) {
        if (!tk.get(k - 1).isCapitalized() || inQuote[k - 1]) {
          return null;
        }
        k--;
      }
      if (k == e - 1 || k < 3 || !tk.get(k - 1).lower().equals(",") || words(tk, 0, k - 1) < 3) {
        return null;
      }
      Frame f = new Frame();
      f.nameFrom = k;
      f.nameTo = e - 1;
      f.mentionFrom = k;
      f.mentionTo = e - 1;
      f.cueFrom = e - 1;
      f.cueTo = e;
      f.head = e - 1;
      f.lemma = lemma;
      f.contentFrom = 0;
      f.contentTo = k - 1;
      f.backward = true;
      return f;
    }

    /**
     * A headline or paragraph opening "Clinton: Trump's plan is dangerous." Also, in a headline (the text's first
     * sentence or one in title case): a label before the speaker ("EXCLUSIVE – Ana Ruiz: ..."), a recipient or topic
     * between speaker and colon ("Ruiz to Dockworkers: ...", "Ruiz on the Ferry Sale: ..."; the source is the first
     * noun phrase), the speaker's own verb before the colon ("Ruiz Slams Board: ..."; the cue runs from the verb to
     * the colon) and a content without a verb ("Ruiz: No pressure on port inquiry").
     */
    private Frame headline(List<Token> tk, boolean[] inQuote) {
      int n = tk.size();
      boolean colonNear = false;
      for (int k = 0; k < Math.min(n, 24) && !colonNear; k++) {
        colonNear = tk.get(k).text().equals(":");
      }
      if (!colonNear) {
        return null; // the speaker and the colon come within the first words
      }
      int start = 0;
      // a transcript quoted whole: "WALLACE: Let's start ..." names its speaker in capitals after the quote mark
      boolean transcript = n > 4 && tk.get(0).text().length() == 1
          && Quotes.isMark(tk.get(0).text().charAt(0)) && isAllCaps(tk.get(1).text());
      boolean title = !transcript && (titleCase(tk) || startsText(tk));
      if (transcript) {
        start = 1;
      } else if (title && n > 3 && NOT_SPEAKERS.contains(tk.get(0).lower()) && isDash(tk.get(1).text())) {
        start = 2; // "EXCLUSIVE – Ana Ruiz: ..."
      }
      int end = npForward(tk, start, true);
      int colon = end;
      if (title && end > start && end + 1 < n && (tk.get(end).lower().equals("to") || tk.get(end).lower()
          .equals("on"))) {
        for (int k = end + 1; k < Math.min(n, end + 10); k++) {
          if (tk.get(k).lower().equals(":")) {
            colon = k; // "Ruiz to Dockworkers: ...": Ruiz speaks to them
            break;
          }
        }
      }
      if (end <= start || colon >= n - 3 || end - start > 6 || !tk.get(colon).lower().equals(":")) {
        return null;
      }
      int verb = title && colon == end ? verbInHeadlineName(tk, start, end) : -1;
      if (verb > 0) {
        end = verb; // "Ruiz Slams Board: ...": Ruiz speaks, the cue runs from "Slams" to the colon
      }
      boolean named = false;
      for (int k = start; k < end; k++) {
        Token t = tk.get(k);
        if (t.is("NUM") || inQuote[k] && !(transcript && isAllCaps(t.text()))) {
          return null;
        }
        named |= t.is("PROPN") || t.isCapitalized() && (k > start || !FUNCTION_WORDS.contains(t.lower()));
      }
      Token head = SourceClassifier.head(tk.subList(start, end));
      if (!named && !SourceClassifier.DOCUMENT_WORDS.contains(head.lower())
          || NOT_SPEAKERS.contains(head.lower()) || NOT_HEADLINE_SPEAKERS.contains(head.lower())
          || NOT_SPEAKERS.contains(tk.get(start).lower()) && end - start == 1) {
        return null;
      }
      if (words(tk, colon + 1, n) < 3
          || !hasClause(tk, inQuote, colon + 1, n) && !(title && named && verb < 0)) {
        return null;
      }
      Frame f = new Frame();
      f.nameFrom = start;
      f.nameTo = end;
      f.mentionFrom = start;
      f.mentionTo = end;
      f.cueFrom = verb > 0 ? verb : colon;
      f.cueTo = colon + 1;
      f.lemma = verb > 0 ? tk.get(verb).lemma() : ":";
      f.contentFrom = colon + 1;
      f.contentTo = n;
      return f;
    }

    /** The cue lemma of which {@code w} is an inflected form ("says", "slammed", "told"), or null. */
    private String inflectedCue(String w) {
      String[] forms = {w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : null,
          w.endsWith("es") ? w.substring(0, w.length() - 2) : null,
          w.endsWith("s") ? w.substring(0, w.length() - 1) : null,
          w.endsWith("ed") ? w.substring(0, w.length() - 2) : null,
          w.endsWith("ed") ? w.substring(0, w.length() - 1) : null,
          w.equals("said") ? "say" : null, w.equals("told") ? "tell" : null};
      for (String form : forms) {
        if (form != null && cues.contains(form)) {
          return form;
        }
      }
      return null;
    }

    /** Whether nothing but white space and punctuation comes before the sentence in the text (a headline). */
    private boolean startsText(List<Token> tk) {
      String all = text.text();
      for (int i = 0; i < tk.get(0).start(); i++) {
        if (Character.isLetterOrDigit(all.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    /**
     * In a headline's name before a colon, the verb that ends the speaker's name ("Ana Ruiz Slams Board", "Karl
     * Brandt heckles protesters"): the first word after at least one capitalized word that is a cue's inflected form
     * (or that the tagger calls a verb and is not capitalized); -1 when there is none.
     */
    private int verbInHeadlineName(List<Token> tk, int start, int end) {
      for (int k = start + 1; k < end; k++) {
        Token t = tk.get(k);
        if (!tk.get(k - 1).isCapitalized()) {
          return -1;
        }
        if (inflectedCue(t.lower()) != null || t.is("VERB") && !t.isCapitalized()) {
          return k;
        }
      }
      return -1;
    }

    private static boolean isAllCaps(String w) {
      boolean letter = false;
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (Character.isLowerCase(c)) {
          return false;
        }
        letter |= Character.isLetter(c);
      }
      return letter && w.length() >= 2;
    }

    /**
     * "In a harbour poll released Monday, Ortiz leads by 9 points": a poll or survey after an opening "in" is the
     * source of the clause after its comma (cue "in"), as PolNeAR marks it. Null when the noun phrase after "in" is
     * no poll, "in" does not open the sentence, or no clause is left.
     */
    private Frame inPoll(List<Token> tk, boolean[] inQuote, int i) {
      int n = tk.size();
      boolean near = false;
      for (int k = i + 1; k < Math.min(n, i + 12) && !near; k++) {
        near = POLL_WORDS.contains(tk.get(k).lower()); // most "in"s are far from any poll: no phrase to read
      }
      if (!near || i > introEnd(tk)) {
        return null;
      }
      int npTo = npForward(tk, i + 1, true);
      if (npTo <= i + 1) {
        return null;
      }
      if (npTo < n && POLL_WORDS.contains(tk.get(npTo).lower())) {
        npTo++; // "a Harbour Gazette poll/VERB"
      }
      int headAt = -1;
      for (int k = i + 1; k < npTo; k++) {
        if (tk.get(k).is("ADP") || tk.get(k).isPunct() && !tk.get(k).text().equals("-")) {
          break; // "the average of recent polls" is an average; "the lead in the polls" a lead; "early-March"
        }
        headAt = k;
      }
      boolean poll = headAt >= 0 && POLL_WORDS.contains(tk.get(headAt).lower());
      if (!poll && headAt >= 0 && tk.get(headAt).lower().equals("average")) {
        for (int k = headAt + 1; k < npTo; k++) {
          poll |= POLL_WORDS.contains(tk.get(k).lower()); // "the average of recent polls"
        }
      }
      if (!poll) {
        return null;
      }
      int srcTo = npTo;
      // "a poll released Monday", "a survey conducted for the Herald": the participle phrase stays in the source
      if (srcTo < n && tk.get(srcTo).isVerb() && tk.get(srcTo).lower().endsWith("ed")) {
        for (int k = srcTo + 1; k < Math.min(n, srcTo + 10); k++) {
          if (tk.get(k).lower().equals(",")) {
            srcTo = k;
            break;
          }
          if (tk.get(k).isVerb() || tk.get(k).is("AUX") || inQuote[k]) {
            break;
          }
        }
      }
      Frame f = new Frame();
      setSource(f, i + 1, npTo, i + 1, srcTo);
      f.cueFrom = i;
      f.cueTo = i + 1;
      f.head = i;
      f.lemma = "in";
      if (i <= introEnd(tk) && srcTo < n && tk.get(srcTo).lower().equals(",")) {
        // "In a harbour poll, Ortiz leads": the clause after the comma
        if (words(tk, srcTo + 1, n) < 3 || !hasClause(tk, inQuote, srcTo + 1, n)
            && !nameThenVerbInS(tk, srcTo + 1, n)) {
          return null;
        }
        f.contentFrom = srcTo + 1;
        f.contentTo = n;
        return f;
      }
      // "Ortiz leads in the latest polls" is not read: PolNeAR marks it only now and then
      return null;
    }

    /** "Ortiz leads/NOUN Brandt": a name and then a word in -s the POS tagger took for a plural noun, a verb. */
    private static boolean nameThenVerbInS(List<Token> tk, int from, int to) {
      for (int k = Math.max(from, 1); k < to; k++) {
        if (tk.get(k).is("NOUN") && tk.get(k).lower().endsWith("s") && tk.get(k - 1).is("PROPN")) {
          return true;
        }
      }
      return false;
    }

    private Frame according(List<Token> tk, int i) {
      int npFrom = i + 2;
      int npTo = npForward(tk, npFrom, true);
      if (npTo <= npFrom && npFrom + 1 < tk.size() && tk.get(npFrom).isVerb() && !tk.get(npFrom).isCapitalized()
          && tk.get(npFrom + 1).isNounLike()) {
        npTo = npForward(tk, npFrom + 1, true); // "according to exit/VERB polls": a compound noun
      }
      if (npTo <= npFrom) {
        return null;
      }
      Frame f = new Frame();
      f.nameFrom = npFrom;
      f.nameTo = npTo;
      f.mentionFrom = npFrom;
      f.mentionTo = npTo;
      f.cueFrom = i;
      f.cueTo = i + 2;
      f.lemma = "according to";
      if (npTo + 1 < tk.size() && tk.get(npTo).isVerb() && (tk.get(npTo).lower().endsWith("ed")
          || tk.get(npTo).lower().endsWith("en") || tk.get(npTo).lower().endsWith("wn"))) {
        // "According to figures released by the statistics office on Wednesday, A": the phrase runs to the comma
        for (int k = npTo + 1; k < Math.min(tk.size(), npTo + 14); k++) {
          if (tk.get(k).lower().equals(",") || k + 1 == tk.size() && tk.get(k).isPunct()) {
            npTo = k;
            f.mentionTo = k;
            break;
          }
          if (tk.get(k).isVerb() || tk.get(k).is("AUX") || trimmable(tk.get(k))) {
            break;
          }
        }
      }
      int introEnd = introEnd(tk);
      if (i <= introEnd) {
        // "According to X, Y."
        int contentFrom = npTo;
        while (contentFrom < tk.size() && tk.get(contentFrom).isPunct()) {
          contentFrom++;
        }
        if (words(tk, contentFrom, tk.size()) < 2) {
          return null;
        }
        f.contentFrom = contentFrom;
        f.contentTo = tk.size();
        return f;
      }
      // "Y, according to X." and "Y, according to X, Z."
      if (words(tk, 0, i) < 2) {
        return null;
      }
      f.backward = true;
      f.contentFrom = 0;
      f.contentTo = i;
      int after = npTo;
      while (after < tk.size() && tk.get(after).isPunct()) {
        after++;
      }
      if (after > npTo && words(tk, after, tk.size()) >= 2) {
        f.content2From = after;
        f.content2To = tk.size();
      }
      return f;
    }

    /** Tries to read an attribution around the cue verb at {@code c}. */
    private Frame frameAt(List<Token> tk, boolean[] inQuote, int c) {
      int n = tk.size();
      String lemma = tk.get(c).lemma();
      int cueTo = c + 1;
      if (c + 1 < n && !inQuote[c + 1] && cues.contains(lemma + " " + tk.get(c + 1).lower())) {
        lemma = lemma + " " + tk.get(c + 1).lower(); // "call for", "point out", "refer to"
        cueTo = c + 2;
      } else if (!cues.contains(lemma)) {
        return null;
      }
      String verb = lemma.indexOf(' ') > 0 ? lemma.substring(0, lemma.indexOf(' ')) : lemma;
      // what follows the cue: recipient, adjuncts, "that" or ":"
      int after = cueTo;
      int chanFrom = -1;
      int chanTo = -1;
      if (RECIPIENT_CUES.contains(verb) && after < n && !inQuote[after] && !tk.get(after).lower().equals("that")
          && cueTo == c + 1) {
        int r = recipientEnd(tk, after);
        if (r > after) {
          if (isMedia(tk, after, r)) {
            chanFrom = after;
            chanTo = r;
          }
          after = r;
        }
      }
      int[] chan = channelAdjunct(tk, after);
      if (chan != null) {
        if (chanFrom < 0) {
          chanFrom = chan[1];
          chanTo = chan[2];
        }
        after = chan[0];
      }
      // "reported, citing two officials, that ...": the cited ones are the source, the subject the channel
      int[] citing = citing(tk, after);
      if (citing != null) {
        after = citing[2];
      }
      int thatAt = -1;
      // "said Tuesday in an interview with Radio Porto that ...": after a time or an adjunct, "that" after a noun
      // still opens the content
      boolean adjunctFirst = after < n && (TIME_WORDS.contains(tk.get(after).lower())
          || tk.get(after).is("ADP") && ADJUNCT_OPENERS.contains(tk.get(after).lower()));
      for (int i = after; i < Math.min(n, after + 8); i++) {
        String w = tk.get(i).lower();
        if (w.equals("that") && !inQuote[i] && (i == after || !tk.get(i - 1).isNounLike() || adjunctFirst
            || TIME_WORDS.contains(tk.get(i - 1).lower()))) {
          thatAt = i;
          break;
        }
        if (tk.get(i).isVerb() || tk.get(i).is("AUX") || inQuote[i] || w.equals(":") || w.equals(",")) {
          break;
        }
      }
      int forwardFrom;
      boolean colon = false;
      if (thatAt >= 0) {
        forwardFrom = thatAt + 1;
      } else {
        forwardFrom = after;
        while (forwardFrom < n && (tk.get(forwardFrom).lower().equals(":") || tk.get(forwardFrom).lower().equals(",")
            || tk.get(forwardFrom).is("ADV") && !inQuote[forwardFrom])) {
          colon |= tk.get(forwardFrom).lower().equals(":");
          forwardFrom++;
        }
      }
      // ", adding that ...": a participle after the cue opens a frame of its own
      int fEnd = participleAfter(tk, inQuote, after);
      if (fEnd < forwardFrom) {
        forwardFrom = fEnd;
      }
      boolean clause = thatAt >= 0 || colon || hasClause(tk, inQuote, forwardFrom, fEnd);
      boolean quoteStarts = startsQuote(inQuote, forwardFrom);
      boolean forward = clause && (!NEEDS_CLAUSE.contains(verb) || thatAt >= 0 || colon || quoteStarts
          || clauseStarts(tk, forwardFrom) && !(NO_INFINITIVE.contains(verb) && tk.get(forwardFrom).lower().equals(
          "to")))
          || !NEEDS_CLAUSE.contains(verb) && words(tk, forwardFrom, fEnd) >= 1 && nounStarts(tk, inQuote, forwardFrom)
          && !onlyAdjuncts(tk, forwardFrom, fEnd);
      Frame f = new Frame();
      f.head = c;
      f.lemma = lemma;
      f.cueFrom = c;
      f.cueTo = cueTo;
      f.chanFrom = chanFrom;
      f.chanTo = chanTo;
      // "Asked about the emails, she said ...": a question nobody is named for
      if (tk.get(c).lower().equals("asked") && (c == 0 || c == 1 && tk.get(0).lower().equals("when"))) {
        int comma = c + 1;
        while (comma < n && !tk.get(comma).lower().equals(",")) {
          comma++;
        }
        if (comma >= n || words(tk, c + 1, comma) < 2) {
          return null;
        }
        f.contentFrom = c + 1;
        f.contentTo = comma;
        f.cueFrom = 0;
        return f;
      }
      Frame claim = claimDenied(tk, inQuote, c, cueTo, lemma);
      if (claim != null) {
        return claim;
      }
      // "Y," said X.
      int[] inverted = inverted(tk, c, cueTo);
      if (inverted != null && tk.get(c - 1).lower().equals(",")) {
        int[] before = subject(tk, inQuote, c);
        if (before != null && before[4] == introEnd(tk) && before[1] - before[0] > 0) {
          inverted = null; // "The report, published in March, estimated 1,200 jobs": the report estimates
        }
      }
      if (inverted != null && !FORWARD_ONLY.contains(lemma) && !NEVER_INVERTED.contains(verb)) {
        int contentTo = contentEndBefore(tk, c);
        if (words(tk, 0, contentTo) < 2) {
          return null;
        }
        f.nameFrom = inverted[0];
        f.nameTo = inverted[1];
        f.mentionFrom = inverted[0];
        f.mentionTo = inverted[2];
        if (inverted[2] > inverted[1] + 1 || inverted[2] > inverted[1] && !tk.get(inverted[1]).isPunct()) {
          f.descFrom = tk.get(inverted[1]).isPunct() ? inverted[1] + 1 : inverted[1];
          f.descTo = inverted[2];
        }
        f.backward = true;
        f.contentFrom = 0;
        f.contentTo = contentTo;
        secondPiece(tk, inQuote, f, inverted[2]);
        return f;
      }
      if (citing != null) {
        // the subject is the channel, the cited ones the source
        f.citingAt = citing[0] - 1;
        int[] subject = subject(tk, inQuote, c);
        if (subject != null) {
          f.chanFrom = subject[0];
          f.chanTo = subject[1];
        }
        f.nameFrom = citing[0];
        f.nameTo = citing[1];
        f.mentionFrom = citing[0];
        f.mentionTo = citing[1];
        if (words(tk, forwardFrom, n) < 2) {
          return null;
        }
        f.contentFrom = forwardFrom;
        f.contentTo = n;
        return f;
      }
      Frame passive = passive(tk, inQuote, c, cueTo, forwardFrom, fEnd, f);
      if (passive != null || isPassive(tk, c) || RAISING.contains(verb) || c == 1 && tk.get(0).lower().equals("as")) {
        return passive;
      }
      String w = tk.get(c).lower();
      if (w.endsWith("ing") && c == 0) {
        // "Noting that X, Allen said Y": the participle's subject is the main clause's
        for (int k = c + 2; k + 1 < n; k++) {
          if (inQuote[k] || !tk.get(k).lower().equals(",")) {
            continue;
          }
          int to = npForward(tk, k + 1, true);
          int v = to;
          while (v < n && (tk.get(v).is("ADV") || tk.get(v).is("AUX"))) {
            v++;
          }
          if (to > k + 1 && v < n && (tk.get(v).isVerb() || v > to) && words(tk, c + 1, k) >= 2) {
            f.nameFrom = k + 1;
            f.nameTo = to;
            f.mentionFrom = k + 1;
            f.mentionTo = to;
            f.contentFrom = thatAt == c + 1 ? c + 2 : c + 1;
            f.contentTo = k;
            return f;
          }
          break;
        }
        return null;
      }
      if (w.endsWith("ing") && c > 0 && participleComma(tk, c) >= 0) {
        // "..., saying Y": the source is the subject of the clause it hangs on
        int[] main = mainSubject(tk, inQuote, participleComma(tk, c));
        if (!forward || words(tk, forwardFrom, n) < 2) {
          return null;
        }
        f.participle = true;
        f.link = participleComma(tk, c);
        if (main != null) {
          f.nameFrom = main[0];
          f.nameTo = main[1];
          f.mentionFrom = main[0];
          f.mentionTo = main[1];
        }
        f.contentFrom = forwardFrom;
        f.contentTo = n;
        return f;
      }
      int[] subject = subject(tk, inQuote, c);
      if (subject != null && subject[4] > 0 && PREPOSITIONS_ONLY.contains(tk.get(subject[4] - 1).lower())
          && words(tk, 0, subject[4] - 1) == 0
          && (w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn") || w.equals("sent"))) {
        for (int k = cueTo; k < Math.min(n, cueTo + 6) && !tk.get(k).isVerb(); k++) {
          if (tk.get(k).lower().equals(",")) {
            return null; // "In a video posted online, the commander claimed A": the video is posted, not a speaker
          }
        }
      }
      boolean afterVerb = subject != null && subject[4] > 0 && tk.get(subject[4] - 1).isVerb();
      if (subject == null || subject[4] > 0 && tk.get(subject[4] - 1).is("ADP") || afterVerb) {
        // a noun phrase after a preposition or verb is no subject: "Three dockworkers who spoke on condition of
        // anonymity said", "An aide who requested anonymity said" are said by the dockworkers and the aide
        int[] relative = relativeSubject(tk, inQuote, c);
        if (afterVerb && relative != null && verbs(tk, relative[2], subject[4]) > 1) {
          relative = null; // "Aides who met him said the union had rejected": "the union" is the subject
        }
        if (relative != null || subject == null) {
          subject = relative;
        }
      }
      if (subject == null) {
        // "X defended the route and said Y": the subject of the first verb
        int link = c - 1;
        while (link > 0 && (tk.get(link).is("ADV") || tk.get(link).is("AUX"))) {
          link--;
        }
        int[] main = link > 0 && tk.get(link).is("CCONJ") && !inQuote[link] ? mainSubject(tk, inQuote, link) : null;
        if (main == null || !forward || words(tk, forwardFrom, fEnd) < 1) {
          return null;
        }
        f.participle = true;
        f.link = link;
        f.nameFrom = main[0];
        f.nameTo = main[1];
        f.mentionFrom = main[0];
        f.mentionTo = main[1];
        f.cueFrom = link + 1;
        f.contentFrom = forwardFrom;
        f.contentTo = n;
        return f;
      }
      setSubject(f, subject);
      // auxiliaries and adverbs between the subject and the verb are part of the cue: "has also said"
      int k = c;
      while (k - 1 >= f.mentionTo && k - 1 >= 0 && (tk.get(k - 1).is("AUX") || tk.get(k - 1).is("ADV")
          || tk.get(k - 1).is("PART") && !tk.get(k - 1).lower().startsWith("'")) && !inQuote[k - 1]) {
        k--;
      }
      f.cueFrom = k;
      // "A, she said, but B.": the cue set off by commas inside the content
      if (f.mentionFrom > 0 && after < fEnd && tk.get(after).lower().equals(",") && !quoteStarts
          && !FORWARD_ONLY.contains(lemma) && tk.get(f.mentionFrom - 1).isPunct()
          && !tk.get(f.mentionFrom - 1).lower().equals(";")) {
        int before = contentEndBefore(tk, f.mentionFrom);
        if (before < f.mentionFrom && words(tk, 0, before) >= 2 && hasClause(tk, inQuote, 0, before)
            && words(tk, after + 1, fEnd) >= 2) {
          f.backward = true;
          f.contentFrom = 0;
          f.contentTo = before;
          if (!CLAUSE_CONTRASTS.contains(tk.get(after + 1).lower())
              && !NARRATION_OPENERS.contains(tk.get(after + 1).lower())) {
            f.content2From = after + 1; // but "A, police said, while officials put the toll at 15": not theirs
            f.content2To = fEnd;
          }
          return f;
        }
      }
      // "A," he said, "B.": a quote on both sides of the cue
      if (f.mentionFrom > 0 && quoteStarts && !FORWARD_ONLY.contains(lemma)) {
        int before = contentEndBefore(tk, f.mentionFrom);
        if (before < f.mentionFrom && before > 0 && inQuote[before - 1] && words(tk, 0, before) >= 2) {
          f.backward = true;
          f.contentFrom = 0;
          f.contentTo = before;
          secondPiece(tk, inQuote, f, after);
          return f;
        }
      }
      if (forward && words(tk, forwardFrom, fEnd) >= 1) {
        f.contentFrom = forwardFrom;
        f.contentTo = n;
        return f;
      }
      if (colon && words(tk, forwardFrom, n) == 0) {
        f.colonOnly = true;
        f.contentFrom = n;
        f.contentTo = n;
        return f;
      }
      // "Y, X said." : the content is before the source
      // (not after a semicolon: "A; they only heard on Monday about B" tells what they learned, after the cue)
      if (!clause && f.mentionFrom > 0 && onlyAdjuncts(tk, after, fEnd) && !FORWARD_ONLY.contains(lemma)
          && !tk.get(f.mentionFrom - 1).lower().equals(";")) {
        int contentTo = contentEndBefore(tk, f.mentionFrom);
        if (contentTo < f.mentionFrom && words(tk, 0, contentTo) >= 3 && hasClause(tk, inQuote, 0, contentTo)
            && !onlySubordinateClause(tk, inQuote, contentTo)) {
          f.backward = true;
          f.contentFrom = 0;
          f.contentTo = contentTo;
          secondPiece(tk, inQuote, f, after);
          return f;
        }
      }
      // "Trump said." on its own after a quote that the sentence splitter cut off
      if (!clause && f.mentionFrom >= 0 && words(tk, 0, f.mentionFrom) == 0 && onlyAdjuncts(tk, after, n)
          && !FORWARD_ONLY.contains(lemma)) {
        f.trailing = true;
        f.contentFrom = n;
        f.contentTo = n;
        return f;
      }
      return null;
    }

    /**
     * "When Rubio thanked the crowd and said A, a man yelled": a frame inside an opening adverbial clause has its
     * content end with the clause, at its comma, when a main clause of two words or more follows.
     */
    private void endWithAdverbialClause(List<Token> tk, boolean[] inQuote, Frame f) {
      if (f.backward || f.contentTo <= f.contentFrom) {
        return;
      }
      int i = 0;
      while (i < f.cueFrom && trimmable(tk.get(i))) {
        i++;
      }
      if (i >= f.cueFrom || inQuote[i] || !SUBORDINATORS.contains(tk.get(i).lower())
          || tk.get(i).lower().equals("as")) {
        return;
      }
      for (int k = i + 1; k < f.contentTo; k++) {
        if (inQuote[k] || !tk.get(k).lower().equals(",")) {
          continue;
        }
        if (k < f.cueFrom) {
          return; // the clause ended before the cue
        }
        if (k > f.contentFrom && words(tk, f.contentFrom, k) >= 1 && words(tk, k + 1, f.contentTo) >= 2) {
          f.contentTo = k;
        }
        return;
      }
    }

    /**
     * Whether the tokens before {@code to} are one adverbial clause and nothing else ("When the mayor arrived, a
     * man yelled"): no content of its own, only the time or the condition of what follows.
     */
    private boolean onlySubordinateClause(List<Token> tk, boolean[] inQuote, int to) {
      int i = 0;
      while (i < to && trimmable(tk.get(i))) {
        i++;
      }
      if (i >= to || inQuote[i] || !SUBORDINATORS.contains(tk.get(i).lower())) {
        return false;
      }
      for (int k = i + 1; k < to; k++) {
        if (!inQuote[k] && (tk.get(k).lower().equals(",") || tk.get(k).lower().equals(";"))) {
          return false;
        }
      }
      return true;
    }

    /** Whether the verb at {@code c} is a passive participle: "is expected", "was asked", "has been criticized". */
    private boolean isPassive(List<Token> tk, int c) {
      int k = c - 1;
      while (k >= 0 && (tk.get(k).is("ADV") || tk.get(k).lower().equals("not") || tk.get(k).lower().equals("n't"))) {
        k--;
      }
      if (k < 0 || !tk.get(k).is("AUX") || !tk.get(k).lemma().equals("be")) {
        return false;
      }
      return participleForm(tk.get(c).lower());
    }

    /** Whether {@code w} has the form of a past participle: "expected", "shown", "told", "thought". */
    private static boolean participleForm(String w) {
      return w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn") || w.equals("told") || w.equals("said")
          || w.equals("thought") || w.equals("held") || w.equals("taught") || w.equals("sought") || w.equals("led");
    }

    /**
     * "Sanders is expected to win", "Clinton was booed", "Cruz seemed lost", "As reported by X, Y": the subject and
     * what follows the cue are the content; the source is the agent after "by", or nobody named. Null when the cue is
     * neither passive nor a raising verb, or no content is left.
     */
    private Frame passive(List<Token> tk, boolean[] inQuote, int c, int cueTo, int forwardFrom, int fEnd, Frame f) {
      String verb = tk.get(c).lemma();
      boolean passive = isPassive(tk, c) || c == 1 && tk.get(0).lower().equals("as") && cueTo < tk.size()
          && tk.get(cueTo).lower().equals("by");
      if (!passive && !RAISING.contains(verb)) {
        return null;
      }
      if (!passive && (cueTo >= tk.size() || !(ACTIVE_CUE_FOLLOWERS.contains(tk.get(cueTo).lower()) || tk.get(cueTo)
          .is("ADJ") || tk.get(cueTo).is("ADV") && cueTo + 1 < tk.size() && tk.get(cueTo + 1).is("ADJ")))) {
        return null; // "appeared on a show" is no judgement; "appeared rattled", "seems to fail" are
      }
      int n = tk.size();
      int k = c;
      while (k - 1 >= 0 && (tk.get(k - 1).is("AUX") || tk.get(k - 1).is("ADV") || tk.get(k - 1).is("PART"))
          && !inQuote[k - 1]) {
        k--;
      }
      f.cueFrom = k;
      if (passive && verb.equals("quote")) {
        Frame q = quotedAsSaying(tk, inQuote, k, cueTo, f);
        if (q != null) {
          return q;
        }
      }
      if (!passive && cueTo + 1 < n && tk.get(cueTo).lower().equals("to") && tk.get(cueTo + 1).isVerb()
          && cues.contains(tk.get(cueTo + 1).lemma())) {
        return null; // "Varga seemed to think X": the thought is Varga's, read at "think" (see subject)
      }
      int after = cueTo;
      if (passive && after + 1 < n && tk.get(after).lower().equals("by")) {
        int to = npForward(tk, after + 1, true);
        if (to > after + 1) {
          f.nameFrom = after + 1;
          f.nameTo = to;
          f.mentionFrom = after + 1;
          f.mentionTo = to;
          after = to;
          forwardFrom = Math.max(forwardFrom, to);
          if (forwardFrom < n && tk.get(forwardFrom).isPunct() && !inQuote[forwardFrom]) {
            fEnd = forwardFrom; // "backed by X, who said ...": the clause after the comma is X's own
          }
        }
      }
      if (k > 0 && k <= 2 && tk.get(0).lower().equals("as") && f.nameFrom >= 0) {
        // "As reported by the Harbour Gazette, the ferry ...": the content is the clause after the comma
        if (words(tk, forwardFrom, n) < 3) {
          return null;
        }
        f.contentFrom = forwardFrom;
        f.contentTo = n;
        return f;
      }
      int[] subject = subject(tk, inQuote, k);
      if (!passive && subject != null && subject[5] - subject[4] == 1
          && RELATIVES.contains(tk.get(subject[4]).lower())) {
        return null; // "under a sky that seemed to suit the mood, the mayor warned": a relative clause, no judgement
      }
      boolean expletive = subject != null && subject[1] - subject[0] == 1
          && EXPLETIVES.contains(tk.get(subject[0]).lower());
      int end = Math.min(fEnd, n);
      boolean rest = forwardFrom < end && words(tk, forwardFrom, end) >= 1 && !onlyAdjuncts(tk, forwardFrom, end);
      if (subject != null && !expletive) {
        f.contentFrom = subject[4];
        f.contentTo = subject[5];
        if (rest) {
          f.content2From = forwardFrom;
          f.content2To = end;
        }
        return f;
      }
      if (rest && (subject != null || RAISING.contains(verb))) {
        f.contentFrom = forwardFrom;
        f.contentTo = end;
        return f;
      }
      return null;
    }

    /**
     * "The governor was quoted (by the Herald) as saying (that) A": the governor said A, the Herald is the channel, the
     * cue runs from "was quoted" to "saying". Null when "as saying" does not follow.
     */
    private Frame quotedAsSaying(List<Token> tk, boolean[] inQuote, int k, int cueTo, Frame f) {
      int n = tk.size();
      int i = cueTo;
      int chanFrom = -1;
      int chanTo = -1;
      if (i + 1 < n && tk.get(i).lower().equals("by")) {
        int to = npForward(tk, i + 1, true);
        if (to > i + 1) {
          chanFrom = i + 1;
          chanTo = to;
          i = to;
        }
      }
      if (i + 1 >= n || !tk.get(i).lower().equals("as") || !tk.get(i + 1).lower().equals("saying")) {
        return null;
      }
      int from = i + 2;
      if (from < n && tk.get(from).lower().equals("that")) {
        from++;
      }
      int[] subject = subject(tk, inQuote, k);
      if (subject == null || words(tk, from, n) < 1) {
        return null;
      }
      f.cueTo = i + 2;
      f.lemma = "say";
      setSubject(f, subject);
      f.chanFrom = chanFrom;
      f.chanTo = chanTo;
      f.contentFrom = from;
      f.contentTo = n;
      return f;
    }

    /**
     * Whether the tokens in [from, to) are only what may follow "X said" at the end of "Y, X said": nothing, a time, an
     * adverb, or a phrase opened by a preposition of time, place or medium ("on Tuesday", "in an interview").
     */
    private boolean onlyAdjuncts(List<Token> tk, int from, int to) {
      int i = from;
      while (i < to && (tk.get(i).isPunct() || tk.get(i).is("ADV") || TIME_WORDS.contains(tk.get(i).lower()))) {
        i++;
      }
      if (i >= to) {
        return true;
      }
      if (tk.get(i).lower().equals("to") && i + 1 < to && (tk.get(i + 1).isVerb() || tk.get(i + 1).is("AUX")
          || tk.get(i + 1).is("NOUN") && tk.get(i + 1).lemma().equals(tk.get(i + 1).lower()))) {
        return false; // "is expected to win", "declined to comment"
      }
      return words(tk, i, to) <= 8 && (ADJUNCT_OPENERS.contains(tk.get(i).lower())
          || tk.get(i).lower().equals("of") && from > 0 && tk.get(from - 1).lemma().equals("say")); // "said of it"
    }

    /** "A," he said, "B.": the quote that goes on after the cue is a second piece of content. */
    private void secondPiece(List<Token> tk, boolean[] inQuote, Frame f, int from) {
      int i = from;
      while (i < tk.size() && (tk.get(i).isPunct() && !inQuote[i] || trimmable(tk.get(i)))) {
        i++;
      }
      if (i > from && i < tk.size() && inQuote[i] && words(tk, i, tk.size()) >= 2) {
        f.content2From = i;
        f.content2To = tk.size();
      }
    }

    /** Where ", saying ..." or ", adding ..." begins at or after {@code from}, or the sentence length. */
    private int participleAfter(List<Token> tk, boolean[] inQuote, int from) {
      for (int i = Math.max(from, 0); i + 1 < tk.size(); i++) {
        if (!tk.get(i).lower().equals(",")) {
          continue;
        }
        int v = i + 1;
        while (v < tk.size() && isQuoteMark(tk.get(v))) {
          v++; // 'as "a political stunt," adding': the comma inside the closing quote
        }
        if (inQuote[i] && v == i + 1) {
          continue;
        }
        while (v < tk.size() && tk.get(v).is("ADV")) {
          v++;
        }
        if (v < tk.size() && tk.get(v).isVerb() && tk.get(v).lower().endsWith("ing") && !inQuote[v]
            && cues.contains(tk.get(v).lemma())) {
          return i;
        }
      }
      return tk.size();
    }

    /** The comma before a participle cue ("..., saying" or "..., also noting"), or -1. */
    private int participleComma(List<Token> tk, int c) {
      int b = c - 1;
      while (b > 0 && tk.get(b).is("ADV")) {
        b--;
      }
      while (b > 0 && isQuoteMark(tk.get(b))) {
        b--; // '"a political stunt," adding'
      }
      String w = tk.get(b).lower();
      return w.equals(",") || isDash(w) ? b : -1;
    }

    /** Whether the token is only quote marks. */
    private static boolean isQuoteMark(Token t) {
      String w = t.text();
      for (int i = 0; i < w.length(); i++) {
        if (!Quotes.isMark(w.charAt(i)) && w.charAt(i) != '\'' && w.charAt(i) != '’' && w.charAt(i) != '‘') {
          return false;
        }
      }
      return !w.isEmpty();
    }

    /** The subject of the clause that ends at {@code before}: {from, to}, or null. */
    private int[] mainSubject(List<Token> tk, boolean[] inQuote, int before) {
      int intro = introEnd(tk);
      int[] main = mainSubject(tk, inQuote, before, intro);
      if (main != null) {
        return main;
      }
      // "When Rubio thanked the crowd and said A, ...": the subject of the adverbial clause the link is in
      int i = 0;
      while (i < before && trimmable(tk.get(i))) {
        i++;
      }
      if (i + 1 < before && !inQuote[i] && SUBORDINATORS.contains(tk.get(i).lower())) {
        main = mainSubject(tk, inQuote, before, i + 1);
        if (main != null) {
          return main;
        }
      }
      return subjectAfterOpeningPhrases(tk, inQuote, before, intro);
    }

    /**
     * "On Friday, after staying neutral all year, Ortiz appeared on the show and backed Marsh": the subject after
     * one or more opening phrases, each a preposition, subordinate clause or participle that ends at a comma;
     * {from, to}, or null.
     */
    private int[] subjectAfterOpeningPhrases(List<Token> tk, boolean[] inQuote, int before, int start) {
      int s = start;
      for (int phrases = 0; phrases < 3 && s < before; phrases++) {
        Token first = tk.get(s);
        boolean opening = first.is("ADP") || first.is("SCONJ") || SUBORDINATORS.contains(first.lower())
            || first.isVerb() && (first.lower().endsWith("ing") || first.lower().endsWith("ed"));
        if (!opening || inQuote[s]) {
          return null;
        }
        int comma = -1;
        for (int k = s + 1; k < before && k < s + 25; k++) {
          if (inQuote[k] || tk.get(k).lower().equals(";")) {
            return null;
          }
          if (tk.get(k).lower().equals(",")) {
            comma = k;
            break;
          }
        }
        if (comma < 0) {
          return null;
        }
        int[] main = mainSubject(tk, inQuote, before, comma + 1);
        if (main != null) {
          return main;
        }
        s = comma + 1;
      }
      return null;
    }

    private int[] mainSubject(List<Token> tk, boolean[] inQuote, int before, int start) {
      int to = npForward(tk, start, true);
      if (to <= start || to >= before || inQuote[start]) {
        return null;
      }
      int k = to;
      if (k < before && tk.get(k).lower().equals(",")) {
        // an apposition: "Mr. Smith, the mayor, declined to comment, saying ..."
        int close = -1;
        for (int i = k + 1; i < before; i++) {
          if (tk.get(i).lower().equals(",")) {
            close = i;
            break;
          }
        }
        if (close < 0) {
          return null;
        }
        k = close + 1;
      }
      boolean aux = false;
      while (k < before && (tk.get(k).is("ADV") || tk.get(k).is("AUX") || tk.get(k).is("PART"))) {
        aux |= tk.get(k).is("AUX");
        k++;
      }
      return k < before && (tk.get(k).isVerb() || aux) ? new int[] {start, to} : null;
    }

    /** "citing two officials," after a cue: {from, to, after} of the cited noun phrase, or null. */
    private int[] citing(List<Token> tk, int i) {
      int k = i;
      if (k < tk.size() && tk.get(k).lower().equals(",")) {
        k++;
      }
      if (k + 1 >= tk.size() || !tk.get(k).lower().equals("citing")) {
        return null;
      }
      int to = npForward(tk, k + 1, true);
      if (to <= k + 1 || !citable(tk.subList(k + 1, to))) {
        return null; // "said, citing low growth and unemployment": reasons, not a source
      }
      int after = to;
      while (after < tk.size() && tk.get(after).lower().equals(",")) {
        after++;
      }
      return new int[] {k + 1, to, after};
    }

    /** Whether a noun phrase after "citing" can be a source: a name, people, sources or a document. */
    private boolean citable(List<Token> np) {
      Token head = SourceClassifier.head(np);
      return head.is("PROPN") || head.isCapitalized() || head.is("PRON")
          || SourceClassifier.PERSON_NOUNS.contains(head.lemma())
          || SourceClassifier.DOCUMENT_WORDS.contains(head.lower())
          || SourceClassifier.DOCUMENT_WORDS.contains(head.lemma())
          || np.stream().anyMatch(t -> SourceClassifier.ANONYMOUS_WORDS.contains(t.lower())
              || SourceClassifier.ORGANIZATION_WORDS.contains(t.lower()));
    }

    private boolean startsQuote(boolean[] inQuote, int i) {
      return i < inQuote.length && (inQuote[i] || i + 1 < inQuote.length && inQuote[i + 1]);
    }

    /** Whether a clause (subject and verb) opens at {@code i}: "... said the talks failed". */
    private boolean clauseStarts(List<Token> tk, int i) {
      if (i >= tk.size()) {
        return false;
      }
      String w = tk.get(i).lower();
      if (CLAUSE_OPENERS.contains(w)
          || PRONOUN_CONTRACTION.matcher(w).matches()) {
        return true; // "he’s" left whole by the tokenizer opens a clause
      }
      int to = npForward(tk, i, true);
      if (to <= i) {
        return false;
      }
      int k = to;
      while (k < tk.size() && (tk.get(k).is("ADV") || tk.get(k).is("AUX") || tk.get(k).is("PART"))) {
        if (tk.get(k).is("AUX")) {
          return true;
        }
        k++;
      }
      return k < tk.size() && tk.get(k).isVerb();
    }

    /** Whether a noun phrase, a quote or an infinitive opens at {@code i}: the object of "criticized", "wants". */
    private boolean nounStarts(List<Token> tk, boolean[] inQuote, int i) {
      if (i >= tk.size()) {
        return false;
      }
      Token t = tk.get(i);
      return inQuote[i] || npToken(t) || t.lower().equals("to") || t.is("ADP") && i + 1 < tk.size()
          && npToken(tk.get(i + 1)) || t.text().startsWith("$");
    }

    /** End (exclusive) of the content before token {@code i}: back over a comma, dash or closing quote. */
    private int contentEndBefore(List<Token> tk, int i) {
      int j = i;
      while (j > 0 && (tk.get(j - 1).isPunct() || trimmable(tk.get(j - 1)))) {
        j--;
      }
      return j < i ? j : i;
    }

    /**
     * "Y," said X / "Y," says the official / "Y," said X, a spokesman: the source after the cue. Returns {from, to,
     * mentionTo} or null.
     */
    private int[] inverted(List<Token> tk, int c, int cueTo) {
      if (c == 0 || tk.get(c).lower().endsWith("ing")) {
        return null;
      }
      Token prev = tk.get(c - 1);
      if (!(prev.isPunct() || trimmable(prev))) {
        return null;
      }
      int from = cueTo;
      if (from >= tk.size() || !npToken(tk.get(from)) || tk.get(from).is("ADJ") && from + 1 == tk.size()) {
        return null;
      }
      int to = npForward(tk, from, true);
      if (to <= from) {
        return null;
      }
      int relativeEnd = relativeClauseEnd(tk, to);
      if (relativeEnd > to) {
        // "said an official who spoke on condition of anonymity": the relative clause describes the source
        return new int[] {from, to, relativeEnd};
      }
      int adverbs = to;
      while (adverbs < tk.size() && tk.get(adverbs).is("ADV") && tk.get(adverbs).lower().endsWith("ly")) {
        adverbs++; // '"A," said Lind dryly.'
      }
      if (adverbs > to && (adverbs == tk.size() || tk.get(adverbs).isPunct())) {
        return new int[] {from, to, to};
      }
      if (to < tk.size() && !tk.get(to).isPunct()) {
        return null;
      }
      int mentionTo = to;
      if (to < tk.size() && tk.get(to).lower().equals(",")) {
        // an apposition after the name: "said Ana Brkic, the mayor of Porto Lindo."
        int d = npForward(tk, to + 1, true);
        if (d > to + 1 && (d == tk.size() || tk.get(d).isPunct()) && !startsQuoteAt(tk, d)
            && !tk.get(to + 1).is("PRON")) {
          mentionTo = d;
        }
      }
      return new int[] {from, to, mentionTo};
    }

    /**
     * The end of a relative clause that opens at {@code i} ("who was not authorized to speak publicly") and runs to the
     * next punctuation mark or the sentence's end, holding a verb within twenty tokens; or -1.
     */
    private int relativeClauseEnd(List<Token> tk, int i) {
      if (i >= tk.size() || !(tk.get(i).lower().equals("who") || tk.get(i).lower().equals("whose"))) {
        return -1;
      }
      boolean verb = false;
      int k = i + 1;
      for (; k < tk.size() && !tk.get(k).isPunct(); k++) {
        if (k - i > 20) {
          return -1;
        }
        verb |= tk.get(k).isVerb() || tk.get(k).is("AUX");
      }
      return verb ? k : -1;
    }

    private boolean startsQuoteAt(List<Token> tk, int i) {
      return i + 1 < tk.size() && tk.get(i).lower().equals(",") && trimmable(tk.get(i + 1))
          && !tk.get(i + 1).isPunct();
    }

    /**
     * The subject of the cue at {@code c}: {nameFrom, nameTo, descFrom, descTo, mentionFrom, mentionTo}. Reads left
     * over adverbs and auxiliaries; over an apposition or relative clause set off by commas it takes the noun phrase
     * that opens the clause; for "who" the name is its antecedent and the mention "who".
     */
    private int[] subject(List<Token> tk, boolean[] inQuote, int c) {
      int j = c - 1;
      while (j >= 0 && (tk.get(j).is("ADV") || tk.get(j).is("AUX") || tk.get(j).lower().equals("not")
          || tk.get(j).lower().equals("n't") || tk.get(j).lower().equals("to") && j + 1 == c)) {
        if (tk.get(j).lower().equals("to") && j > 0 && RAISING.contains(tk.get(j - 1).lemma())) {
          j--; // "Varga seemed to think": the subject of "seemed" thinks
        }
        j--;
      }
      if (j < 0) {
        return null;
      }
      Token t = tk.get(j);
      if (inQuote[j] && !t.isPunct()) {
        return null;
      }
      if (t.isVerb() && t.isCapitalized() && j > 0 && trimmable(tk.get(j - 1)) && j + 1 == c) {
        return new int[] {j, j + 1, -1, -1, j, j + 1}; // "... ," Ebeling said: a name tagged as a verb
      }
      if (npToken(t) && (t.isNounLike() || t.is("X") || t.is("SYM") && t.isCapitalized())) {
        int k = npBackward(tk, inQuote, j);
        if (startsTime(tk, k) && k > 0 && (tk.get(k - 1).is("AUX") || tk.get(k - 1).is("ADV"))) {
          return subject(tk, inQuote, k); // "Police had last month charged": the time is no subject
        }
        List<Token> np = tk.subList(k, j + 1);
        if (np.size() == 1 && RELATIVE.contains(t.lower()) || np.size() > 1 && t.lower().equals("whom")) {
          // "..., the spokesman, who said ...", "the workers, many of whom said ...": the antecedent before the
          // comma; "who" is the mention
          int a = k - 1;
          while (a >= 0 && tk.get(a).isPunct()) {
            a--;
          }
          if (a >= 0 && npToken(tk.get(a)) && !inQuote[a]) {
            int ak = npBackward(tk, inQuote, a);
            return new int[] {ak, a + 1, -1, -1, k, j + 1};
          }
          return null;
        }
        return new int[] {k, j + 1, -1, -1, k, j + 1};
      }
      if (t.lower().equals(",") || isDash(t.text()) || t.lower().equals(")")) {
        int start = introEnd(tk);
        // "''A,'' Mr. Daniloff, now 81, said": the name opens after the quote
        for (int q = j - 1; q >= start; q--) {
          if (inQuote[q] && !tk.get(q).isPunct()) {
            start = q + 1;
            while (start < j && (tk.get(start).isPunct() || trimmable(tk.get(start)))) {
              start++;
            }
            break;
          }
        }
        if (start >= j) {
          return null;
        }
        int to = npForward(tk, start, true);
        if (to > start && to < j && (tk.get(to).lower().equals(",") || isDash(tk.get(to).text())
            || tk.get(to).lower().equals("(")) && !inQuote[start]) {
          if (properName(tk, to + 1, j) && !SourceClassifier.head(tk.subList(start, to)).is("PROPN")) {
            // "The mayor of Porto Lindo, Ana Brkic, said": the name is the apposition, the rest describes her
            return new int[] {to + 1, j, start, to, start, j};
          }
          return new int[] {start, to, to + 1, j, start, j};
        }
        return null;
      }
      // "X has responded by saying Y", "X went on to say Y"
      String w = tk.get(c).lower();
      if (w.endsWith("ing") || (c > 0 && tk.get(c - 1).lower().equals("to"))) {
        int start = introEnd(tk);
        int to = npForward(tk, start, true);
        if (to > start && to < c && (tk.get(to).is("AUX") || tk.get(to).isVerb()) && !inQuote[start]) {
          return new int[] {start, to, -1, -1, start, to};
        }
      }
      return null;
    }

    /**
     * "Another man who worshiped here said ...": the noun phrase that opens the sentence, before "who" or "that", is
     * the name; the phrase runs up to the cue. Same layout as {@link #subject}, or null.
     */
    private int[] relativeSubject(List<Token> tk, boolean[] inQuote, int c) {
      int[] opening = relativeSubject(tk, inQuote, c, introEnd(tk));
      if (opening != null) {
        return opening;
      }
      // "A, an aide who requested anonymity said": the phrase after the last comma before the cue
      for (int k = c - 2; k > 0; k--) {
        if (inQuote[k]) {
          return null;
        }
        if (tk.get(k).lower().equals(",")) {
          return relativeSubject(tk, inQuote, c, k + 1);
        }
      }
      return null;
    }

    private int[] relativeSubject(List<Token> tk, boolean[] inQuote, int c, int start) {
      int to = npForward(tk, start, true);
      if (to <= start || to >= c || inQuote[start] || !WHO_THAT.contains(tk.get(to).lower())) {
        return null;
      }
      int end = c;
      while (end - 1 > to && (tk.get(end - 1).is("ADV") || tk.get(end - 1).is("AUX") || tk.get(end - 1).isPunct())) {
        end--;
      }
      boolean verb = false;
      for (int k = to; k < end; k++) {
        if (inQuote[k] || tk.get(k).lower().equals(";")) {
          return null;
        }
        verb |= tk.get(k).isVerb() || tk.get(k).is("AUX");
      }
      return verb ? new int[] {start, to, to, end, start, end} : null;
    }

    /** How many verbs and auxiliaries [from, to) holds. */
    private static int verbs(List<Token> tk, int from, int to) {
      int v = 0;
      for (int k = Math.max(0, from); k < to; k++) {
        if (tk.get(k).isVerb() || tk.get(k).is("AUX")) {
          v++;
        }
      }
      return v;
    }

    /** Whether [from, to) is a short proper name: one to five capitalized words. */
    private boolean properName(List<Token> tk, int from, int to) {
      if (to <= from || to - from > 5) {
        return false;
      }
      for (int k = from; k < to; k++) {
        Token t = tk.get(k);
        if (!(t.is("PROPN") || t.isCapitalized() && !t.isPunct()) || FUNCTION_WORDS.contains(t.lower())) {
          return false;
        }
      }
      return true;
    }

    /** Index of the first token after introductory words ("However,", "But", "On Wednesday,"). */
    private int introEnd(List<Token> tk) {
      int i = 0;
      while (i < tk.size() && (trimmable(tk.get(i)))) {
        i++;
      }
      if (i < tk.size() && tk.get(i).is("CCONJ")) {
        i++;
      }
      // a capitalized word the tagger calls a preposition ("Circuit/SCONJ Court Judge") opens no phrase
      boolean opener = i < tk.size() && (tk.get(i).is("ADP") || tk.get(i).is("ADV") || tk.get(i).is("SCONJ"))
          && (!tk.get(i).isCapitalized() || FUNCTION_WORDS.contains(tk.get(i).lower())
          || tk.get(i).lower().endsWith("ly"));
      if (i < tk.size() && STOP_INTRO.contains(tk.get(i).lower()) || opener) {
        // an introductory phrase ends at the first comma within a few words
        for (int k = i; k < Math.min(tk.size(), i + 8); k++) {
          if (tk.get(k).lower().equals(",")) {
            return k + 1;
          }
          if (tk.get(k).isVerb()) {
            break;
          }
        }
      }
      return i;
    }

    private boolean npToken(Token t) {
      String tag = t.tag();
      return tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("PRON") || tag.equals("NUM")
          || tag.equals("ADJ") || tag.equals("DET") || (tag.equals("PART") && (t.lower().equals("'s")
          || t.lower().equals("’s"))) || t.text().equals("-") || (t.isCapitalized() && !t.isPunct()
          && !tag.equals("VERB") && !tag.equals("AUX") && !tag.equals("ADP") && !tag.equals("CCONJ")
          && !tag.equals("SCONJ") && !FUNCTION_WORDS.contains(t.lower())); // "When Clinton" is no name
    }

    /** Walks left from {@code j} over a noun phrase (with of/for/at/from complements); returns its first index. */
    private int npBackward(List<Token> tk, boolean[] inQuote, int j) {
      int k = j;
      while (k - 1 >= 0 && !inQuote[k - 1]) {
        Token p = tk.get(k - 1);
        Token here = tk.get(k);
        if (here.is("PRON") && !POSSESSIVE_DETERMINERS.contains(here.lower())) {
          // a pronoun is a whole noun phrase, but for "no one", "many of whom", "those close to him"
          if (k == j && QUANTIFIED_ONE.contains(p.lower()) && here.lower().equals("one")) {
            k--;
            continue;
          }
          if (k == j && p.lower().equals("of") && k - 2 >= 0 && !inQuote[k - 2]
              && QUANTIFIERS.contains(tk.get(k - 2).lower())) {
            k -= 2;
            continue;
          }
          if (k == j && JOINERS.contains(p.lower()) && k - 3 >= 0 && tk.get(k - 2).is("ADJ") && !inQuote[k - 3]
              && (tk.get(k - 3).isNounLike() || tk.get(k - 3).is("DET"))) {
            k -= 3;
            continue;
          }
          break;
        }
        if (p.is("PRON") && !here.is("PART") && !POSSESSIVE_DETERMINERS.contains(p.lower())) {
          break;
        }
        if (p.lower().equals("both") && (here.is("NOUN") || here.is("NUM") || here.is("ADJ"))) {
          k--; // "both sides said": the tagger calls "both" a conjunction
          continue;
        }
        if (COORDINATORS.contains(p.lower()) && k - 2 >= 0 && !inQuote[k - 2]
            && (tk.get(k - 2).is("ADJ") && (here.is("ADJ") || here.is("NOUN"))
            || tk.get(k - 2).is("PROPN") && here.is("PROPN"))) {
          k -= 2; // "federal and state officials", "Mr. Grassley and Mr. Leahy"
          continue;
        }
        if (npToken(p)) {
          k--;
        } else if (p.is("ADV") && k - 2 >= 0 && tk.get(k - 2).is("DET") && tk.get(k).is("ADJ")) {
          k--; // "the most recent poll"
        } else if (JOINERS.contains(p.lower()) && k - 2 >= 0 && npToken(tk.get(k - 2)) && !inQuote[k - 2]
            && (tk.get(k - 2).is("NOUN") || tk.get(k - 2).is("PROPN")) && !startsTime(tk, k)) {
          k -= 2; // "a spokesman for the ministry", but not "Lena Fischer on Monday"
        } else if (p.lower().equals("of") && k - 2 >= 0 && !inQuote[k - 2]
            && QUANTIFIERS.contains(tk.get(k - 2).lower())) {
          k -= 2; // "some of the workers", "two of the engineers"
        } else if (JOINERS.contains(p.lower()) && k - 3 >= 0 && (tk.get(k - 2).is("ADJ")
            || POSTPOSED_ADJECTIVES.contains(tk.get(k - 2).lower())) && !inQuote[k - 3]
            && (tk.get(k - 3).is("NOUN") || tk.get(k - 3).is("PROPN") || tk.get(k - 3).is("PRON"))) {
          k -= 3; // "people familiar with the talks", "officials close to the president"
        } else if (p.is("VERB") && (p.lower().equals("run") || p.lower().endsWith("ed")) && k - 2 >= 0
            && npToken(tk.get(k - 2)) && tk.get(k).isNounLike() && tk.get(k - 2).is("NOUN")) {
          k--; // "state run", "Iran-backed"
        } else {
          break;
        }
      }
      return k;
    }

    /** Walks right from {@code i} over a noun phrase; returns the index after it. */
    private int npForward(List<Token> tk, int i, boolean allowComplements) {
      int k = i;
      int n = tk.size();
      while (k < n) {
        Token t = tk.get(k);
        if (k > i && TIME_WORDS.contains(t.lower()) && (!t.isCapitalized() || WEEKDAYS.contains(t.lower())
            || k + 1 < n && tk.get(k + 1).is("NUM")) && !(tk.get(k - 1).is("DET") && !t.isCapitalized())) {
          // "told NBC News late Wednesday": the time is not part of the name; "Yin Myint May" is a name; after a
          // determiner it is an adjective ("an early poll", "the late senator")
          break;
        }
        if (k > i && t.is("DET") && (tk.get(k - 1).is("NOUN") || tk.get(k - 1).is("PROPN"))
            && !(k + 1 < n && tk.get(k + 1).isPunct())) {
          break; // "told host Jan Novak a council defeat is ...": a new phrase
        }
        if (npToken(t) && !(t.is("PRON") && k > i && !THIRD_PERSON_POSSESSIVES.contains(t.lower()))) {
          if (t.is("PRON") && k == i && !THIRD_PERSON_POSSESSIVES.contains(t.lower())) {
            return k + 1;
          }
          k++;
        } else if (allowComplements && JOINERS.contains(t.lower()) && !t.lower().equals("to") && k > i
            && k + 1 < n && npToken(tk.get(k + 1)) && (tk.get(k - 1).is("NOUN") || tk.get(k - 1).is("PROPN"))
            && !startsTime(tk, k + 1)) {
          if (t.lower().equals("for") && tk.get(k + 1).lower().endsWith("ing") && !tk.get(k + 1).is("NOUN")
              && !tk.get(k + 1).is("PROPN")) {
            break; // "criticized by his rivals for failing to": the reason, not the rivals
          }
          k++; // "a spokesman for the ministry", but not "RTP on Sunday"
        } else if (allowComplements && t.lower().equals("of") && k == i + 1 && k + 1 < n
            && QUANTIFIERS.contains(tk.get(i).lower()) && npToken(tk.get(k + 1))) {
          k++; // "some of her deputies", "two of the officials"
        } else if (allowComplements && JOINERS.contains(t.lower()) && k > i + 1 && k + 1 < n
            && npToken(tk.get(k + 1)) && tk.get(k - 1).is("ADJ") && tk.get(k - 2).isNounLike()
            && (!t.lower().equals("to") || POSTPOSED_ADJECTIVES.contains(tk.get(k - 1).lower()))) {
          k++; // "people familiar with the talks", "aides close to the mayor"
        } else if (t.is("VERB") && (t.lower().equals("run") || t.lower().endsWith("-backed")) && k > i
            && k + 1 < n && tk.get(k + 1).isNounLike()) {
          k++;
        } else {
          break;
        }
      }
      // do not end on a joiner or determiner
      while (k > i && (JOINERS.contains(tk.get(k - 1).lower()) || tk.get(k - 1).is("DET"))) {
        k--;
      }
      return k;
    }

    /** Whether a time phrase starts at {@code i}: "Sunday", "last week", "this morning", "March 3". */
    private static boolean startsTime(List<Token> tk, int i) {
      Token t = tk.get(i);
      String w = t.lower();
      if (WEEKDAYS.contains(w)) {
        return true;
      }
      if (!TIME_WORDS.contains(w)) {
        return false;
      }
      return !t.isCapitalized() || i + 1 < tk.size() && tk.get(i + 1).is("NUM"); // "in May" may be a name
    }

    /** The end of the recipient after "told": a noun phrase, or everything up to "that" within a few words. */
    private int recipientEnd(List<Token> tk, int i) {
      for (int k = i; k < Math.min(tk.size(), i + 10); k++) {
        if (tk.get(k).lower().equals("that")) {
          for (int j = i + 1; j < k; j++) {
            if (startsTime(tk, j) || JOINERS.contains(tk.get(j).lower()) && j + 1 < k && startsTime(tk, j + 1)) {
              return j; // "told the state broadcaster RTP on Sunday that": the time is no part of the recipient
            }
          }
          return k;
        }
        if (tk.get(k).isVerb() && !tk.get(k).lower().equals("run") && !tk.get(k).lower().endsWith("-run")
            || tk.get(k).is("AUX") || tk.get(k).lower().equals(",") || tk.get(k).lower().equals(":")) {
          break;
        }
      }
      return npForward(tk, i, true);
    }

    /** "in a statement", "in an interview with X", "on Twitter", "to reporters": {after, chanFrom, chanTo} or null. */
    private int[] channelAdjunct(List<Token> tk, int i) {
      int n = tk.size();
      if (i >= n) {
        return null;
      }
      String w = tk.get(i).lower();
      if (w.equals("at") && i + 1 < n && (tk.get(i + 1).lower().equals("least") || tk.get(i + 1).lower().equals(
          "most"))) {
        return null; // "saying at least 16 people had died": a count, not a place
      }
      if (w.equals("in") || w.equals("on") || w.equals("to") || w.equals("at") || w.equals("via")
          || w.equals("during")) {
        if (w.equals("to") && i + 1 < n && tk.get(i + 1).is("NOUN") && tk.get(i + 1).lemma().equals(
            tk.get(i + 1).lower())) {
          return null; // "declined to comment" is content, "told to reporters" a channel
        }
        int end = npForward(tk, i + 1, true);
        if (end > i + 1) {
          int cf = i + 1;
          int ct = end;
          // "in an interview with X": the channel is X
          for (int k = i + 1; k < end; k++) {
            if (tk.get(k).lower().equals("with") && k + 1 < end) {
              cf = k + 1;
            }
          }
          boolean media = isMedia(tk, cf, ct);
          return new int[] {end, media ? cf : -1, media ? ct : -1};
        }
      }
      return null;
    }

    private boolean isMedia(List<Token> tk, int from, int to) {
      boolean proper = false;
      boolean media = false;
      for (int k = from; k < to; k++) {
        Token t = tk.get(k);
        proper |= t.is("PROPN") || t.isCapitalized();
        media |= MEDIA_WORDS.contains(t.lower());
      }
      return media && (proper || to - from >= 2);
    }

    private boolean hasClause(List<Token> tk, boolean[] inQuote, int from, int to) {
      for (int k = Math.max(0, from); k < to; k++) {
        if (tk.get(k).isVerb() || tk.get(k).is("AUX") || inQuote[k] && !tk.get(k).isPunct()) {
          return true;
        }
      }
      return false;
    }

    private int words(List<Token> tk, int from, int to) {
      int n = 0;
      for (int k = Math.max(0, from); k < Math.min(to, tk.size()); k++) {
        if (!tk.get(k).isPunct() && !trimmable(tk.get(k))) {
          n++;
        }
      }
      return n;
    }

    private String join(List<Token> tk, int from, int to) {
      if (from < 0 || to <= from) {
        return null;
      }
      Span span = new Span(tk.get(from).start(), tk.get(to - 1).end());
      return text.covered(span);
    }

    // ---------------------------------------------------------------- values

    private Cue cue(List<Token> tk, Frame f) {
      Span span = new Span(tk.get(f.cueFrom).start(), tk.get(f.cueTo - 1).end());
      Optional<CueLexicon.Entry> e = cues.lookup(f.lemma);
      if (e.isEmpty() && f.lemma.indexOf(' ') > 0) {
        e = cues.lookup(f.lemma.substring(0, f.lemma.indexOf(' ')));
      }
      CueStance stance = e.map(CueLexicon.Entry::stance).orElse(f.learned ? CueStance.OTHER : CueStance.ASSERT);
      CueStance.Effect effect = e.map(CueLexicon.Entry::effect)
          .orElse(f.learned ? CueStance.Effect.WEAKEN : CueStance.Effect.NONE);
      int at = f.head >= 0 ? f.head : f.cueFrom;
      if (at > 0 && negated(tk, at)) {
        // "did not say": no claim; "did not deny", "did not dispute": no denial either, at most a hint of assent
        effect = CueStance.Effect.WEAKEN;
        if (stance == CueStance.DENY) {
          stance = CueStance.HEDGE;
        }
      }
      return new Cue(text.covered(span), span, f.lemma, stance, effect);
    }

    private boolean negated(List<Token> tk, int c) {
      for (int k = Math.max(0, c - 3); k < c; k++) {
        String w = tk.get(k).lower();
        if (w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("without") || NOBODY.contains(w)
            || w.equals("short") && tk.get(k + 1).lower().equals("of")
            || w.equals("from") && k > 0 && REFRAINING.contains(tk.get(k - 1).lemma())) {
          return true; // "did not say", "without saying", "stopped short of saying", "refrained from saying",
          // "Neither side has confirmed"
        }
      }
      return false;
    }

    private String channel(List<Token> tk, Frame f) {
      if (f.chanFrom < 0) {
        return null;
      }
      return text.covered(new Span(tk.get(f.chanFrom).start(), tk.get(f.chanTo - 1).end()));
    }

    /** The source of a frame, resolved; its mention is the frame's mention. Null when the frame has none. */
    private Source source(List<Token> tk, Frame f) {
      if (f.nameFrom < 0) {
        return null;
      }
      List<Token> full = tk.subList(f.nameFrom, f.nameTo);
      List<Token> np = withoutLeadingRole(withoutLeadingTime(full));
      Span span = new Span(np.get(0).start(), np.get(np.size() - 1).end());
      String name = text.covered(span);
      String description = join(tk, f.descFrom, f.descTo);
      Source src = resolve(np, name, span, description);
      if (src == null) {
        SourceKind kind = SourceClassifier.kind(np);
        if (kind == SourceKind.DESCRIBED_PERSON && SourceClassifier.keptAnonymous(description)) {
          kind = SourceKind.ANONYMOUS; // "a port official who requested anonymity"
        }
        boolean pronoun = SourceClassifier.isPronoun(np);
        src = new Source(name, kind, name, span, description,
            pronoun ? null : SourceClassifier.count(np),
            pronoun ? null : SourceClassifier.affiliation(np, description),
            pronoun ? null : SourceClassifier.role(full, description));
        if (!pronoun) {
          seen.add(src);
        }
      }
      if (f.mentionFrom >= 0) {
        int from = f.mentionFrom;
        int to = f.mentionTo;
        while (to > from + 1 && tk.get(to - 1).isPunct()) {
          to--;
        }
        Span m = new Span(tk.get(from).start(), tk.get(to - 1).end());
        if (m.equals(src.mentionSpan())) {
          return src;
        }
        if (src.mentionSpan() != null && m.contains(src.mentionSpan())) {
          src = src.withPhrase(m); // "The officials, who spoke on condition of anonymity,"
        } else {
          src = src.referredToAs(text.covered(m), m); // "who"
        }
      }
      return src;
    }

    /**
     * "The morning Mr. Ortiz arrived, ...", "That night Ruiz said": a time that opens the phrase before a name is no
     * part of the name.
     */
    private static List<Token> withoutLeadingTime(List<Token> np) {
      if (np.size() > 2 && (TIME_DETERMINERS.contains(np.get(0).lower()) || np.get(0).lower().equals("the"))) {
        int k = 1;
        while (k < np.size() - 1 && TIME_WORDS.contains(np.get(k).lower())) {
          k++;
        }
        if (k > 1 && np.get(k).isCapitalized() && !np.get(k).is("DET") && !np.get(k).is("PRON")) {
          return np.subList(k, np.size());
        }
      }
      return np;
    }

    /** "engineer Lena Fischer" names Lena Fischer: lower-case words before a name are her role, not her name. */
    private List<Token> withoutLeadingRole(List<Token> np) {
      int k = 0;
      if (SourceClassifier.opensWithCapitalizedRole(np)) {
        k = 1; // "Union leader Marta Kowalska" opening a sentence: a role, though capitalized
      }
      while (k < np.size() && !np.get(k).isCapitalized() && (np.get(k).is("NOUN") || np.get(k).is("ADJ")
          || !np.get(k).isPunct() && !FUNCTION_WORDS.contains(np.get(k).lower()))) {
        k++; // ("union/ADP president Ana Brkic": the tagger's slips count as role words too)
      }
      if (k == 0 || k >= np.size() || !np.get(k).is("PROPN")
          || !SourceClassifier.head(np).is("PROPN")) {
        return np;
      }
      return np.subList(k, np.size());
    }

    /** A pronoun, surname or definite description that stands for an earlier, fuller mention; or null. */
    private Source resolve(List<Token> np, String mention, Span span, String description) {
      String first = np.get(0).lower();
      int stop = Math.max(0, seen.size() - LOOK_BACK);
      if (SourceClassifier.isPronoun(np)) {
        boolean plural = first.equals("they") || first.equals("we");
        boolean it = first.equals("it");
        int gender = first.equals("she") || first.equals("her") ? FEMALE : first.equals("he") || first.equals("him")
            ? MALE : 0;
        for (int i = seen.size() - 1; i >= stop; i--) {
          Source s = seen.get(i);
          boolean sPlural = s.count() != null ? s.count() > 1 : pluralName(s);
          boolean person = s.kind() == SourceKind.NAMED_PERSON || s.kind() == SourceKind.DESCRIBED_PERSON
              || s.kind() == SourceKind.ANONYMOUS;
          if (it && (s.kind() == SourceKind.ORGANIZATION || s.kind() == SourceKind.DOCUMENT)
              || plural && (sPlural || s.kind() == SourceKind.ORGANIZATION)
              || !plural && !it && person && !sPlural) {
            if (gender != 0 && gender(s) == -gender) {
              continue; // "she" is not "union chairman Karl Brandt"
            }
            return s.referredToAs(mention, span);
          }
        }
        return null;
      }
      // (or capitalized: "Asked whether ..., Lin said" gets "Lin" tagged as a noun)
      boolean allProper = np.stream().allMatch(t -> t.is("PROPN") || t.isPunct() || t.isCapitalized()
          && !t.is("DET") && !t.is("PRON"));
      if (allProper && np.size() <= 2) {
        // a surname: "Khalaf" -> "Gen. Abdulkarim Khalaf"
        String last = np.get(np.size() - 1).lower();
        for (int i = seen.size() - 1; i >= stop; i--) {
          Source s = seen.get(i);
          if (s.kind() == SourceKind.NAMED_PERSON && !s.name().equalsIgnoreCase(mention)
              && s.name().toLowerCase(Locale.ROOT).endsWith(" " + last)) {
            return s.referredToAs(mention, span);
          }
        }
        return null;
      }
      if (first.equals("the") || first.equals("these") || first.equals("those") || first.equals("this")) {
        // "the officials" -> "two American military officials"; "the spokesman" -> "Gen. X, a spokesman for Y"
        Token head = SourceClassifier.head(np);
        if (!head.is("NOUN")) {
          return null;
        }
        String lemma = head.lemma();
        for (int i = seen.size() - 1; i >= stop; i--) {
          Source s = seen.get(i);
          String role = s.role() == null ? "" : s.role().toLowerCase(Locale.ROOT);
          // a description names what the source is ("a spokesman for Y") only for people; "The report, released by
          // the harbour board," is not the board
          boolean person = s.kind() == SourceKind.NAMED_PERSON || s.kind() == SourceKind.DESCRIBED_PERSON
              || s.kind() == SourceKind.ANONYMOUS;
          String desc = s.description() == null || !person ? "" : s.description().toLowerCase(Locale.ROOT);
          // only what the person is, not what the description goes on to name: "a spokesman for the ministry" is a
          // spokesman, and "the ministry" is not him
          int tail = firstLink(desc);
          if (tail >= 0) {
            desc = desc.substring(0, tail);
          }
          desc = afterPossessor(desc); // "the commission's chairwoman" is a chairwoman, not the commission
          role = afterPossessor(role);
          if (containsWord(role, lemma) || containsWord(role, head.lower())
              || containsWord(desc, lemma) || containsWord(desc, head.lower())) {
            if (np.size() > 2 && s.kind() != SourceKind.NAMED_PERSON) {
              continue; // "the Iraqi officials" is its own description unless it names a person
            }
            return s.referredToAs(mention, span);
          }
        }
      }
      return null;
    }

    /**
     * What the words of a source say of its gender: {@link #FEMALE} ("Ms. Ruiz", "the chairwoman", "his mother"),
     * {@link #MALE} ("Mr. Ruiz", "the spokesman") or 0 (nothing, or both).
     */
    private static int gender(Source s) {
      int g = 0;
      for (String part : (s.name() + " " + (s.role() == null ? "" : s.role()) + " "
          + (s.description() == null ? "" : s.description())).toLowerCase(Locale.ROOT).split("[^a-z.]+")) {
        int w = FEMALE_WORDS.contains(part) || part.endsWith("woman") || part.endsWith("women") ? FEMALE
            : MALE_WORDS.contains(part) || part.endsWith("man") && !part.equals("human") ? MALE : 0;
        if (w != 0 && g != 0 && w != g) {
          return 0;
        }
        g = w != 0 ? w : g;
      }
      return g;
    }

    /** What follows the last possessive in {@code d}: "chairwoman" of "the commission's chairwoman". */
    private static String afterPossessor(String d) {
      int possessor = Math.max(d.lastIndexOf("'s "), d.lastIndexOf("’s "));
      return possessor >= 0 ? d.substring(possessor + 3) : d;
    }

    /** Where " for ", " of ", " at ", " from ", " with ", " in " or ", " first occurs in {@code d}, or -1. */
    private static int firstLink(String d) {
      int best = -1;
      for (String link : DESCRIPTION_LINKS) {
        int i = d.indexOf(link);
        if (i >= 0 && (best < 0 || i < best)) {
          best = i;
        }
      }
      return best;
    }

    private boolean containsWord(String hay, String w) {
      if (w.isEmpty() || hay.isEmpty()) {
        return false;
      }
      for (String part : hay.split("[^\\p{L}\\p{N}]+")) {
        if (part.equals(w) || part.startsWith(w) && part.length() <= w.length() + 2) {
          return true;
        }
      }
      return false;
    }

    private boolean pluralName(Source s) {
      String n = s.name().toLowerCase(Locale.ROOT);
      String last = n.substring(n.lastIndexOf(' ') + 1);
      return s.kind() == SourceKind.DESCRIBED_PERSON && last.endsWith("s") && !last.endsWith("ss");
    }

    private QuoteType quoteType(boolean[] inQuote, Frame f) {
      int q = 0;
      int all = 0;
      for (int k = 0; k < inQuote.length; k++) {
        if (f.inContent(k)) {
          all++;
          if (inQuote[k]) {
            q++;
          }
        }
      }
      if (q == 0) {
        return QuoteType.INDIRECT;
      }
      int pieces = f.content2From >= 0 ? 2 : 1;
      return q >= all - 2 * pieces ? QuoteType.DIRECT : QuoteType.MIXED;
    }

    private String hedge(List<Token> content, Cue cue) {
      if (cue != null && cue.effect() == CueStance.Effect.WEAKEN) {
        return cue.text();
      }
      for (int i = 0; i < content.size(); i++) {
        Token t = content.get(i);
        String w = t.lower();
        if ((w.equals("clear") || w.equals("known") || w.equals("certain")) && i > 0
            && (content.get(i - 1).lower().equals("not") || content.get(i - 1).lower().equals("n't"))
            && i + 1 < content.size() && QUESTION_WORDS.contains(content.get(i + 1).lower())) {
          return join(content, i - 1, i + 2);
        }
        if (w.equals("unclear") || w.equals("unknown") && i + 1 < content.size()
            && QUESTION_WORDS.contains(content.get(i + 1).lower())) {
          return w;
        }
        if (HEDGE_WORDS.contains(w) && (t.is("AUX") || t.is("ADV") || t.is("ADJ"))) {
          if ((w.equals("could") || w.equals("may")) && i + 1 < content.size()
              && content.get(i + 1).lower().equals("not")) {
            continue; // "could not" reports an inability, not a possibility
          }
          return t.text();
        }
        if (w.equals("no") && i + 1 < content.size() && content.get(i + 1).lower().equals("information")) {
          return "no information";
        }
      }
      return null;
    }
  }

}
