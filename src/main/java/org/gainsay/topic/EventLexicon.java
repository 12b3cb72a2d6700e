package org.gainsay.topic;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Event frames with two opposite sides (resume / suspend, allow / forbid, rise / fall), loaded from
 * {@code models/events.tsv}. The topic stage groups statements that use either side of a frame; the disagreement stage
 * flags sources that take opposite sides.
 *
 * <pre>{@code
 * EventLexicon events = EventLexicon.load();
 * events.lookup("restart");   // Optional[Sense[frame=resume, positive=true]]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class EventLexicon {
  static final String RESOURCE = "org/gainsay/models/events.tsv";

  /** A word's place in a frame: which frame, which side. */
  public record Sense(String frame, boolean positive) {}

  private final Map<String, Sense> words;
  private final int longestPhrase;
  /** The first words of phrases of two or more words: only at one of these can such a phrase start. */
  private final Set<String> phraseStarts;

  private EventLexicon(Map<String, Sense> words) {
    this.words = ImmutableMap.copyOf(words);
    this.longestPhrase = words.keySet().stream().mapToInt(w -> w.split(" ").length).max().orElse(1);
    this.phraseStarts = words.keySet().stream().filter(w -> w.indexOf(' ') >= 0)
        .map(w -> w.substring(0, w.indexOf(' '))).collect(ImmutableSet.toImmutableSet());
  }

  public static EventLexicon load() throws IOException {
    InputStream in = EventLexicon.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IOException("event lexicon " + RESOURCE + " is not on the class path: build with Maven, which "
          + "copies models/ into the jar");
    }
    return parse(in);
  }

  /** Parses {@code frame TAB positive words TAB negative words}, words comma-separated, {@code #} comments. */
  public static EventLexicon parse(InputStream in) throws IOException {
    Map<String, Sense> out = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        checkArgument(f.length == 3, "event lexicon line %s has %s fields, needs frame, positive, negative: %s", n,
            f.length, line);
        String frame = f[0].trim();
        for (String w : f[1].split(",")) {
          out.putIfAbsent(w.trim().toLowerCase(Locale.ROOT), new Sense(frame, true));
        }
        for (String w : f[2].split(",")) {
          out.putIfAbsent(w.trim().toLowerCase(Locale.ROOT), new Sense(frame, false));
        }
      }
    }
    return new EventLexicon(out);
  }

  /** The frame and side of a lemma or a phrase of lemmas joined by single spaces. */
  public Optional<Sense> lookup(String lemmaOrPhrase) {
    return Optional.ofNullable(words.get(lemmaOrPhrase));
  }

  /** The most words a phrase in the lexicon has. */
  public int longestPhrase() {
    return longestPhrase;
  }

  /** Finds the longest phrase starting at {@code i} in {@code lemmas}; returns its length, or 0. */
  public int match(List<String> lemmas, int i) {
    if (i >= lemmas.size()) {
      return 0;
    }
    String first = lemmas.get(i);
    int space = first.indexOf(' ');
    if (!phraseStarts.contains(space < 0 ? first : first.substring(0, space))) {
      return words.containsKey(first) ? 1 : 0; // no phrase of two or more words starts here
    }
    for (int len = Math.min(longestPhrase, lemmas.size() - i); len >= 1; len--) {
      String phrase = len == 1 ? lemmas.get(i) : String.join(" ", lemmas.subList(i, i + len));
      if (words.containsKey(phrase)) {
        return len;
      }
    }
    return 0;
  }
}
