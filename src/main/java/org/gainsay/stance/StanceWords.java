package org.gainsay.stance;

import com.google.common.collect.ImmutableSet;
import java.util.Set;

/**
 * The small word lists stance features count, in lower case and as written (no stemming): function words left out of
 * overlaps, words that refute, words that hedge, words that report, and words that confirm.
 *
 * <p>Immutable and thread-safe.
 */
final class StanceWords {
  private StanceWords() {}

  static final Set<String> STOP = ImmutableSet.of("a", "an", "the", "and", "or", "but", "if", "of", "to", "in",
      "on", "at", "by", "for", "with", "from", "into", "onto", "over", "under", "about", "as", "than", "then", "so",
      "is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "'m", "'ve", "'d", "'ll", "s", "do",
      "does", "did", "doing", "done", "have", "has", "had", "having", "it", "its", "it's", "this", "that", "these",
      "those", "there", "here", "he", "she", "they", "them", "him", "her", "his", "hers", "their", "theirs", "we",
      "us", "our", "you", "your", "i", "me", "my", "mine", "who", "whom", "whose", "which", "what", "when", "where",
      "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "only", "own",
      "same", "too", "very", "can", "will", "just", "should", "would", "now", "also", "up", "down", "out", "off",
      "again", "further", "once", "after", "before", "while", "during", "through", "above", "below", "between",
      "because", "until", "against", "among", "via", "per", "one", "new", "said", "says", "say", "told", "tell",
      "according", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "get", "got", "gets", "like", "just", "even", "much",
      "many", "make", "made", "makes", "year", "years", "day", "days", "week", "time", "people", "could", "may",
      "might", "must", "shall", "not", "no", "n't", "nor", "never", "yes", "well", "still", "yet", "whether",
      "report", "reports", "reported", "news", "video", "photo", "photos", "watch", "new", "first", "last", "man",
      "woman", "way", "back", "take", "go", "goes", "went", "come", "came", "see", "seen", "know", "known", "use",
      "used", "want", "wants", "first", "two", "three", "being", "let", "lets", "t", "re", "ve", "ll", "d", "m");

  /** Words that call a claim false, or the report of it a fabrication. */
  static final Set<String> REFUTE = ImmutableSet.of("fake", "fakes", "faked", "fraud", "fraudulent", "hoax",
      "hoaxes", "false", "falsely", "deny", "denies", "denied", "denying", "denial", "despite", "nope", "doubt",
      "doubts", "doubted", "bogus", "debunk", "debunks", "debunked", "debunking", "prank", "pranks", "pranked",
      "retract", "retracted", "retraction", "untrue", "myth", "satire", "satirical", "parody", "misleading",
      "incorrect", "fabricated", "fabrication", "lie", "lies", "lied", "baseless", "erroneous", "refute",
      "refutes", "refuted", "reject", "rejects", "rejected", "dismiss", "dismisses", "dismissed", "scam", "spoof",
      "photoshopped", "doctored", "unfounded", "nonsense", "rubbish", "wrong", "mistaken", "misreported", "rumours",
      "rumors", "nothing", "contrary", "dispute", "disputes", "disputed", "contradict", "contradicts", "contradicted",
      "unsubstantiated", "insists", "insisted", "clarify", "clarified", "clarification", "correction", "corrected");

  /** Words that keep a distance from a claim. */
  static final Set<String> HEDGE = ImmutableSet.of("reportedly", "allegedly", "alleged", "alleges", "allegation",
      "allegations", "claim", "claims", "claimed", "claiming", "rumor", "rumour", "rumored", "rumoured", "unconfirmed",
      "unverified", "possibly", "possible", "apparently", "apparent", "purportedly", "purported", "supposedly",
      "suggest", "suggests", "suggested", "suggesting", "appear", "appears", "appeared", "seem", "seems", "seemed",
      "seemingly", "unclear", "speculation", "speculate", "speculated", "believed", "likely", "unlikely", "perhaps",
      "may", "might", "could", "would", "if", "whether", "uncertain", "unknown", "unsure", "suspected", "suspect",
      "probably", "presumably", "potentially", "potential", "rumour", "emerged", "circulating", "circulated");

  /** Words that report what someone else says. */
  static final Set<String> REPORT = ImmutableSet.of("according", "report", "reports", "reported", "reporting",
      "say", "says", "said", "told", "tells", "tell", "stated", "states", "wrote", "writes", "posted", "tweeted",
      "source", "sources", "spokesman", "spokeswoman", "spokesperson", "statement", "quoted", "cited");

  /** Words that confirm a claim. */
  static final Set<String> CONFIRM = ImmutableSet.of("confirm", "confirms", "confirmed", "confirming",
      "confirmation", "officially", "official", "announced", "announces", "revealed", "reveals", "indeed",
      "verified", "proof", "proves", "proved", "true", "real", "actually", "genuine", "authentic", "footage",
      "shows", "showed", "admitted", "admits", "acknowledged", "acknowledges");

  /** Words that negate the words after them. */
  static final Set<String> NEGATION = ImmutableSet.of("not", "n't", "no", "never", "none", "nobody", "nothing",
      "neither", "nor", "without", "cannot", "isn't", "wasn't", "didn't", "doesn't", "don't", "won't", "hasn't",
      "haven't", "aren't", "weren't");

  /** Phrases (lower-case tokens joined by spaces) that say a report is false or never happened. */
  static final Set<String> DEBUNK_PHRASES = ImmutableSet.of("not true", "no evidence", "turned out", "in fact",
      "fact check", "is false", "was false", "are false", "never happened", "did not happen", "no truth",
      "made up", "not real", "no such", "no basis", "not the case", "no proof", "is a hoax", "was a hoax",
      "contrary to", "has been debunked", "was debunked", "is fake", "was fake", "are fake", "never said",
      "no plans", "has no plans", "not going to", "is not", "was not", "did not", "does not", "has not",
      "is n't", "was n't", "did n't", "does n't", "has n't");

  /** Phrases that say something is not known or not confirmed. */
  static final Set<String> UNSURE_PHRASES = ImmutableSet.of("not clear", "is unclear", "remains unclear",
      "remains to be seen", "could not be verified", "can not be verified", "not been verified",
      "not been confirmed", "could not confirm", "cannot confirm", "can not confirm", "unable to confirm",
      "not yet confirmed", "not independently", "could not be reached", "did not respond", "declined to comment",
      "no comment", "not immediately", "if true", "if confirmed", "yet to be", "has yet to", "have yet to",
      "it is not known", "not known", "it appears", "appears to", "seems to", "is said to", "are said to",
      "is believed to", "are believed to", "is thought to", "are thought to", "is reported to", "according to");

  /** Whether a lower-case word is a content word: not a function word, and with a letter or digit. */
  static boolean isContent(String w) {
    if (w.length() < 2 || STOP.contains(w)) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
