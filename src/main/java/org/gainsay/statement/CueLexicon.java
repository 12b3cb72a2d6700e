package org.gainsay.statement;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The verbs (and nouns) that introduce reported speech, thoughts and judgements, with their stance; loaded from
 * {@code models/cues.tsv} (see {@code models/README.md}).
 *
 * <pre>{@code
 * CueLexicon cues = CueLexicon.load();
 * cues.lookup("deny").get().stance();   // DENY
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CueLexicon {
  static final String RESOURCE = "org/gainsay/models/cues.tsv";

  /**
   * One entry: a cue lemma, its stance, its effect on the content, and whether it is a cue as a verb ("criticized"),
   * as a noun ("her criticism of", "Trump's plan to") or as an adjective after "be" ("was adamant that").
   */
  public record Entry(String lemma, CueStance stance, CueStance.Effect effect, boolean verb, boolean noun,
      boolean adjective) {
    /** A verb cue. */
    public Entry(String lemma, CueStance stance, CueStance.Effect effect) {
      this(lemma, stance, effect, true, false, false);
    }

    /** A verb or noun cue. */
    public Entry(String lemma, CueStance stance, CueStance.Effect effect, boolean verb, boolean noun) {
      this(lemma, stance, effect, verb, noun, false);
    }
  }

  private final Map<String, Entry> entries;

  private CueLexicon(Map<String, Entry> entries) {
    this.entries = ImmutableMap.copyOf(entries);
  }

  /** Loads the bundled lexicon. */
  public static CueLexicon load() throws IOException {
    InputStream in = CueLexicon.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IOException("cue lexicon " + RESOURCE + " is not on the class path: build with Maven, which copies "
          + "models/ into the jar");
    }
    return parse(in);
  }

  /**
   * Parses a lexicon in the {@code cues.tsv} format: {@code lemma TAB stance TAB effect [TAB verb|noun|verb,noun|adj]}
   * (the part of speech defaults to verb), {@code #} comments.
   */
  public static CueLexicon parse(InputStream in) throws IOException {
    ImmutableMap.Builder<String, Entry> out = ImmutableMap.builder();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        checkArgument(f.length >= 3, "cue lexicon line %s has %s fields, needs lemma, stance, effect: %s", n,
            f.length, line);
        String lemma = f[0].trim().toLowerCase(Locale.ROOT);
        String pos = f.length >= 4 ? f[3].trim() : "verb";
        checkArgument(pos.matches("verb|noun|verb,noun|noun,verb|adj"),
            "cue lexicon line %s has part of speech %s, expected verb, noun, verb,noun or adj: %s", n, pos, line);
        out.put(lemma, new Entry(lemma, CueStance.valueOf(f[1].trim()), CueStance.Effect.valueOf(f[2].trim()),
            pos.contains("verb"), pos.contains("noun"), pos.equals("adj")));
      }
    }
    return new CueLexicon(out.buildKeepingLast());
  }

  public Optional<Entry> lookup(String lemma) {
    return Optional.ofNullable(entries.get(lemma));
  }

  /** Whether {@code lemma} is a verb cue ("say", "call for"). */
  public boolean contains(String lemma) {
    Entry e = entries.get(lemma);
    return e != null && e.verb();
  }

  /** Whether {@code lemma} is a noun cue ("criticism", "plan"). */
  public boolean containsNoun(String lemma) {
    Entry e = entries.get(lemma);
    return e != null && e.noun();
  }

  /** Whether {@code word} is an adjective cue after a form of "be" ("was adamant that", "are confident that"). */
  public boolean containsAdjective(String word) {
    Entry e = entries.get(word);
    return e != null && e.adjective();
  }

  public int size() {
    return entries.size();
  }
}
