package org.gainsay.disagreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gainsay.statement.Source;
import org.gainsay.statement.SourceKind;
import org.gainsay.statement.Statement;
import org.gainsay.topic.Topic;
import org.gainsay.topic.TopicGrouper;

/**
 * The disagreement stage: within each topic, compares statements of different sources with each {@link Signal} and
 * keeps, for each pair of sources on a topic, the strongest conflict. Not compared: a source with itself, hedged
 * statements (no claim), the outlet's narration with a source it quotes in the same article (the outlet reports the
 * source, it does not answer it), and the same text reprinted by two outlets (one voice).
 *
 * <pre>{@code
 * DisagreementDetector detector = new DisagreementDetector(new ClaimReader(EventLexicon.load()), WordNet.load());
 * List<Disagreement> found = detector.detect(statements, topics);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DisagreementDetector {
  private final ClaimReader reader;
  private final List<Signal> signals;
  private final int maxTopicSize;

  public DisagreementDetector(ClaimReader reader, org.gainsay.nlp.WordNet wordNet) {
    this(reader, List.of(new NegationSignal(), new OppositeEventSignal(wordNet), new NumberSignal()), 300);
  }

  public DisagreementDetector(ClaimReader reader, List<Signal> signals, int maxTopicSize) {
    this.reader = reader;
    this.signals = List.copyOf(signals);
    this.maxTopicSize = maxTopicSize;
  }

  public ClaimReader reader() {
    return reader;
  }

  public List<Disagreement> detect(List<Statement> statements, TopicGrouper.Topics topics) {
    Map<String, Statement> byId = new HashMap<>();
    for (Statement s : statements) {
      byId.put(s.id(), s);
    }
    Map<String, Claim> claims = new HashMap<>();
    Map<String, Disagreement> byPair = new LinkedHashMap<>();
    for (Topic topic : topics.topics()) {
      List<Statement> members = new ArrayList<>();
      for (String id : topic.statementIds()) {
        Statement s = byId.get(id);
        if (s.isClaim()) {
          members.add(s);
        }
      }
      if (members.size() > maxTopicSize) {
        members = members.subList(0, maxTopicSize);
      }
      // what every pair needs of a member, computed once per member rather than once per pair
      int m = members.size();
      String[] keys = new String[m];
      String[] texts = new String[m];
      Claim[] focused = new Claim[m];
      for (int i = 0; i < m; i++) {
        keys[i] = members.get(i).source().key();
        texts[i] = normalize(members.get(i).text());
      }
      Map<String, Disagreement> best = new LinkedHashMap<>();
      for (int i = 0; i < m; i++) {
        for (int j = i + 1; j < m; j++) {
          Statement a = members.get(i);
          Statement b = members.get(j);
          if (!comparable(a, b, keys[i], keys[j], texts[i], texts[j])) {
            continue;
          }
          Claim ca = focused[i] != null ? focused[i]
              : (focused[i] = focus(claims.computeIfAbsent(a.id(), k -> reader.read(a)), topic.predicate()));
          Claim cb = focused[j] != null ? focused[j]
              : (focused[j] = focus(claims.computeIfAbsent(b.id(), k -> reader.read(b)), topic.predicate()));
          Optional<Signal.Finding> f = strongest(ca, cb);
          if (f.isPresent()) {
            String key = keys[i].compareTo(keys[j]) < 0 ? keys[i] + "|" + keys[j] : keys[j] + "|" + keys[i];
            Disagreement old = best.get(key);
            if (old == null || score(ca, cb, f.get()) > old.score()) {
              best.put(key, disagreement(topic.id(), ca, cb, f.get())); // the explanation only for a new best
            }
          }
        }
      }
      for (Disagreement d : best.values()) {
        // one statement pair is flagged once, in the topic where its conflict is strongest
        byPair.merge(d.a().id() + "|" + d.b().id(), d, (x, y) -> y.score() > x.score() ? y : x);
      }
    }
    List<Disagreement> out = new ArrayList<>(byPair.values());
    out.sort(Comparator.comparing(Disagreement::score).reversed().thenComparing(d -> d.a().id())
        .thenComparing(d -> d.b().id()));
    return List.copyOf(out);
  }

  /** A claim with only the predicates of a topic's predicate, so a topic's conflicts are about its subject. */
  private static Claim focus(Claim c, String predicate) {
    if (predicate == null) {
      return c;
    }
    List<Claim.Predicate> kept = new ArrayList<>();
    for (Claim.Predicate p : c.predicates()) {
      if (p.key().equals(predicate)) {
        kept.add(p);
      }
    }
    return new Claim(c.statement(), kept, c.quantities());
  }

  /** The strongest finding of all signals on two claims, if any. */
  public Optional<Signal.Finding> strongest(Claim a, Claim b) {
    Signal.Finding best = null;
    for (Signal s : signals) {
      Optional<Signal.Finding> f = s.compare(a, b);
      if (f.isPresent() && (best == null || f.get().strength() > best.strength())) {
        best = f.get();
      }
    }
    return Optional.ofNullable(best);
  }

  /** Compares two claims with every signal; the strongest finding wins. */
  public Optional<Disagreement> compare(String topicId, Claim a, Claim b) {
    return strongest(a, b).map(f -> disagreement(topicId, a, b, f));
  }

  private static Disagreement disagreement(String topicId, Claim a, Claim b, Signal.Finding f) {
    return new Disagreement(topicId, a.statement(), b.statement(), f.kind(), score(a, b, f), f.evidence(),
        explain(a.statement(), b.statement(), f));
  }

  private static double score(Claim a, Claim b, Signal.Finding f) {
    double score = f.strength();
    if (a.statement().isNarration() || b.statement().isNarration()) {
      score *= 0.9; // an outlet's own voice is weaker evidence of what a source holds
    }
    return Math.round(score * 1000) / 1000.0;
  }

  /** Whether two statements may be compared at all. */
  static boolean comparable(Statement a, Statement b) {
    return comparable(a, b, a.source().key(), b.source().key(), normalize(a.text()), normalize(b.text()));
  }

  /** {@link #comparable(Statement, Statement)} given each statement's source key and normalized text. */
  private static boolean comparable(Statement a, Statement b, String keyA, String keyB, String textA, String textB) {
    if (keyA.equals(keyB)) {
      return false;
    }
    boolean sameArticle = a.articleId().equals(b.articleId());
    if (sameArticle && (a.isNarration() || b.isNarration())) {
      return false;
    }
    if (!sameArticle && textA.equals(textB)) {
      return false; // one wire story reprinted: one voice
    }
    return true;
  }

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static String normalize(String s) {
    return NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  static String explain(Statement a, Statement b, Signal.Finding f) {
    return who(a) + " says " + gist(a) + "; " + who(b) + " says " + gist(b) + ": " + f.reason() + ".";
  }

  static String who(Statement s) {
    Source src = s.source();
    StringBuilder sb = new StringBuilder(src.name());
    if (src.kind() == SourceKind.OUTLET) {
      return sb.append(" (in its own voice)").toString();
    }
    List<String> extra = new ArrayList<>();
    if (src.description() != null && src.description().length() <= 60) {
      extra.add(src.description());
    }
    if (s.channel() != null) {
      extra.add("via " + s.channel());
    }
    if (!s.outlet().isBlank() && !s.outlet().equals(s.channel())) {
      extra.add("in " + s.outlet());
    }
    if (!extra.isEmpty()) {
      sb.append(" (").append(String.join(", ", extra)).append(')');
    }
    return sb.toString();
  }

  private static String gist(Statement s) {
    String t = SPACES.matcher(s.text()).replaceAll(" ");
    String[] words = t.split(" ");
    String g = words.length <= 18 ? t : String.join(" ", java.util.Arrays.copyOf(words, 18)) + " ...";
    return "\"" + g + "\"" + (s.isDenial() ? " is untrue (" + s.cue().text() + ")" : "");
  }
}
