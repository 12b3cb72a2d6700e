package org.gainsay.disagreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.TreeMap;
import org.gainsay.nlp.WordNet;
import org.gainsay.statement.CueStance;
import org.gainsay.statement.Source;
import org.gainsay.statement.SourceKind;
import org.gainsay.statement.Statement;
import org.gainsay.topic.Topic;
import org.gainsay.topic.TopicGrouper;

/**
 * The disagreement stage: within each topic, compares statements of different sources with each {@link Signal} and
 * keeps, for each pair of sources on a topic, the strongest conflict.
 *
 * <p>What it does not flag, and why:
 *
 * <ul>
 *   <li>a source against itself; when it said the opposite in an article of a later date, that is a
 *       {@link Change.Kind#SHIFT};
 *   <li>numbers that differ because they were given for different dates ("34 as of Friday", "64 as of Tuesday", or
 *       articles of different days): a {@link Change.Kind#UPDATE};
 *   <li>statements that are no firm claim: hedged content ("it was not clear whether", "may"), "declined to comment",
 *       plans ("wants to"); a distancing cue ("claimed") or a belief ("believes") only lowers the score;
 *   <li>the outlet's narration against a source it quotes in the same article (the outlet reports the source, it does
 *       not answer it);
 *   <li>articles that reprint one story ({@link SharedOrigin}), and a statement against the outlet it cites.
 * </ul>
 *
 * <pre>{@code
 * DisagreementDetector detector = new DisagreementDetector(new ClaimReader(EventLexicon.load()), WordNet.load());
 * DisagreementDetector.Result r = detector.detect(statements, topics);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DisagreementDetector {
  /** What the stage found: disagreements (strongest first), changes over time, and articles of one origin. */
  public record Result(List<Disagreement> disagreements, List<Change> changes, List<SharedOrigin> origins) {
    public Result {
      disagreements = List.copyOf(disagreements);
      changes = List.copyOf(changes);
      origins = List.copyOf(origins);
    }
  }

  private final ClaimReader reader;
  private final List<Signal> signals;
  private final int maxTopicSize;

  public DisagreementDetector(ClaimReader reader, WordNet wordNet) {
    this(reader, List.of(new NegationSignal(wordNet), new OppositeEventSignal(wordNet), new NumberSignal(),
        new DateSignal()), 300);
  }

  /**
   * @param maxTopicSize topics with more claims than this compare only their first {@code maxTopicSize}, keeping
   *     the work per topic bounded
   */
  public DisagreementDetector(ClaimReader reader, List<Signal> signals, int maxTopicSize) {
    this.reader = reader;
    this.signals = List.copyOf(signals);
    this.maxTopicSize = maxTopicSize;
  }

  public ClaimReader reader() {
    return reader;
  }

  public Result detect(List<Statement> statements, TopicGrouper.Topics topics) {
    Map<String, Statement> byId = new HashMap<>();
    for (Statement s : statements) {
      byId.put(s.id(), s);
    }
    // texts normalized once per call (a regex replace), and what a pair's tests need of each statement once per
    // statement: pairs are many more
    Map<String, String> normalizedTexts = new HashMap<>();
    Function<String, String> normalized = t -> normalizedTexts.computeIfAbsent(t, DisagreementDetector::normalize);
    List<SharedOrigin> origins = origins(statements, normalized);
    Map<String, Integer> originOf = new HashMap<>();
    for (int i = 0; i < origins.size(); i++) {
      for (String a : origins.get(i).articleIds()) {
        originOf.put(a, i);
      }
    }
    Set<String> echoes = echoes(statements, origins, normalized);
    Map<String, Member> seen = new HashMap<>();
    Map<String, Integer> keyIds = new HashMap<>();
    Map<String, Candidate> byPair = new LinkedHashMap<>();
    Map<String, Change> changes = new LinkedHashMap<>();
    for (Topic topic : topics.topics()) {
      List<Member> members = new ArrayList<>();
      for (String id : topic.statementIds()) {
        Statement s = byId.get(id);
        if (comparable(s) && !echoes.contains(id)) {
          members.add(seen.computeIfAbsent(id, k -> new Member(s, topics, originOf, normalized, keyIds)));
        }
      }
      if (members.size() > maxTopicSize) {
        members = members.subList(0, maxTopicSize);
      }
      Claim[] focused = new Claim[members.size()]; // each member's claim on this topic's predicate, once per topic
      Map<Long, Candidate> best = new HashMap<>();
      for (int i = 0; i < members.size(); i++) {
        Member a = members.get(i);
        for (int j = i + 1; j < members.size(); j++) {
          Member b = members.get(j);
          boolean sameSource = a.keyId == b.keyId;
          boolean sameArticle = a.articleId.equals(b.articleId);
          if (!sameSource && !a.comparable(b, sameArticle)
              || !TopicGrouper.Topics.sameProposition(a.arguments, b.arguments, sameArticle)) {
            continue;
          }
          Claim ca = focused[i] != null ? focused[i] : (focused[i] = focus(a.claim(reader), topic.predicate()));
          Claim cb = focused[j] != null ? focused[j] : (focused[j] = focus(b.claim(reader), topic.predicate()));
          Optional<Signal.Finding> f = strongest(ca, cb);
          if (f.isEmpty()) {
            continue;
          }
          Optional<Change> change = asChange(topic.id(), ca, cb, f.get(), sameSource);
          if (change.isPresent()) {
            changes.putIfAbsent(a.statement.id() + "|" + b.statement.id(), change.get());
            continue;
          }
          if (sameSource) {
            continue; // a source repeating or contradicting itself on one day is not a disagreement
          }
          Candidate d = new Candidate(topic.id(), ca, cb, f.get());
          long pair = a.keyId < b.keyId ? (long) a.keyId << 32 | b.keyId : (long) b.keyId << 32 | a.keyId;
          best.merge(pair, d, (x, y) -> y.score > x.score ? y : x);
        }
      }
      for (Candidate d : best.values()) {
        // one statement pair is flagged once, in the topic where its conflict is strongest
        byPair.merge(d.a.statement().id() + "|" + d.b.statement().id(), d, (x, y) -> y.score > x.score ? y : x);
      }
    }
    List<Disagreement> out = new ArrayList<>();
    for (Candidate c : byPair.values()) {
      out.add(disagreement(c)); // explained only once kept: most conflicts found lose to a stronger one
    }
    out.sort(Comparator.comparing(Disagreement::score).reversed().thenComparing(d -> d.a().id())
        .thenComparing(d -> d.b().id()));
    return new Result(out, new ArrayList<>(changes.values()), origins);
  }

  /** A statement of some topic, with what comparing it needs, worked out once per call. Not thread-safe. */
  private static final class Member {
    final Statement statement;
    final String articleId;
    /** Equal for statements of one source: their source keys' number in this call. */
    final int keyId;
    final Integer origin;
    final String text;
    final String outlet;
    final String channel;
    final String sourceName;
    final TopicGrouper.Arguments arguments;
    private Claim claim;

    Member(Statement s, TopicGrouper.Topics topics, Map<String, Integer> originOf, Function<String, String> normalized,
        Map<String, Integer> keyIds) {
      this.statement = s;
      this.articleId = s.articleId();
      Integer id = keyIds.get(s.source().key());
      if (id == null) {
        id = keyIds.size();
        keyIds.put(s.source().key(), id);
      }
      this.keyId = id;
      this.origin = originOf.get(s.articleId());
      this.text = normalized.apply(s.text());
      this.outlet = normalized.apply(s.outlet());
      this.channel = s.channel() == null ? null : normalized.apply(s.channel());
      this.sourceName = s.source().kind() == SourceKind.OUTLET ? null : normalized.apply(s.source().name());
      this.arguments = topics.propositionArguments(s);
    }

    Claim claim(ClaimReader reader) {
      if (claim == null) {
        claim = reader.read(statement);
      }
      return claim;
    }

    /**
     * Whether this statement and {@code b}, of different sources, may be compared at all: not the outlet's narration
     * against a source it quotes in the same article, not one story reprinted, not the same text, not a statement
     * against the outlet it cites.
     */
    boolean comparable(Member b, boolean sameArticle) {
      if (sameArticle) {
        return !statement.isNarration() && !b.statement.isNarration();
      }
      if (origin != null && origin.equals(b.origin)) {
        return false; // one story reprinted: one voice
      }
      return !text.equals(b.text) && !cites(b) && !b.cites(this);
    }

    /** Whether this statement reports what the outlet of {@code b} said ("The Times reported ..."). */
    private boolean cites(Member b) {
      return !b.outlet.isEmpty() && (channel != null && channel.contains(b.outlet)
          || sourceName != null && sourceName.contains(b.outlet));
    }
  }

  /** A conflict found, explained only if it is kept. */
  private record Candidate(String topicId, Claim a, Claim b, Signal.Finding finding, double score) {
    Candidate(String topicId, Claim a, Claim b, Signal.Finding finding) {
      this(topicId, a, b, finding, Math.round(finding.strength() * weight(a.statement()) * weight(b.statement())
          * 1000) / 1000.0);
    }
  }

  /** A difference that time explains: an update of a count, or a source's shift between days. */
  private static Optional<Change> asChange(String topicId, Claim a, Claim b, Signal.Finding f, boolean sameSource) {
    LocalDate da = when(a);
    LocalDate db = when(b);
    if (da == null || db == null || da.equals(db)) {
      return Optional.empty();
    }
    boolean earlierA = da.isBefore(db);
    Claim first = earlierA ? a : b;
    Claim second = earlierA ? b : a;
    Evidence e = earlierA ? f.evidence() : f.evidence().swapped();
    if (f.kind() == DisagreementKind.NUMERIC_MISMATCH) {
      String what = String.join(" ", e.wordsA()) + " (" + (earlierA ? da : db) + ") became "
          + String.join(" ", e.wordsB()) + " (" + (earlierA ? db : da) + ")";
      String counters = sameSource ? first.statement().source().name()
          : who(first.statement()) + " and " + who(second.statement());
      return Optional.of(new Change(topicId, first.statement(), second.statement(), Change.Kind.UPDATE, e,
          counters + " counted on different days: " + what + ": an update, not a contradiction."));
    }
    if (sameSource && (f.kind() == DisagreementKind.NEGATION || f.kind() == DisagreementKind.OPPOSITE_EVENT)) {
      return Optional.of(new Change(topicId, first.statement(), second.statement(), Change.Kind.SHIFT, e,
          first.statement().source().name() + " said " + gist(first.statement()) + " (" + (earlierA ? da : db)
              + "), then " + gist(second.statement()) + " (" + (earlierA ? db : da) + "): " + f.reason() + "."));
    }
    return Optional.empty();
  }

  /** The day a claim speaks for: the date it gives a count or state for, else its article's publication date. */
  private static LocalDate when(Claim c) {
    Optional<Claim.DateRef> asOf = c.dates().stream().filter(Claim.DateRef::asOf).findFirst();
    if (asOf.isPresent() && asOf.get().date() != null) {
      return asOf.get().date();
    }
    return c.statement().published();
  }

  private static Disagreement disagreement(Candidate c) {
    return new Disagreement(c.topicId(), c.a().statement(), c.b().statement(), c.finding().kind(), c.score(),
        c.finding().evidence(), explain(c.a().statement(), c.b().statement(), c.finding()));
  }

  /** How firmly a statement claims what it says: the outlet's own voice, a distancing cue or a belief weigh less. */
  private static double weight(Statement s) {
    double w = 1.0;
    if (s.isNarration()) {
      w *= 0.9;
    }
    if (s.cue() != null && (s.cue().stance() == CueStance.HEDGE || s.cue().stance() == CueStance.BELIEF)) {
      w *= 0.8;
    }
    return w;
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
    return new Claim(c.statement(), kept, c.quantities(), c.dates());
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

  /**
   * Whether a statement is a claim to compare: not hedged in its content, and not a refusal or a plan. A distancing
   * cue ("claimed") or a belief still makes a claim of the source's, compared with a lower weight.
   */
  static boolean comparable(Statement s) {
    if (s.hedge() == null) {
      return true;
    }
    boolean onlyTheCue = s.cue() != null && s.hedge().equals(s.cue().text());
    return onlyTheCue && (s.cue().stance() == CueStance.HEDGE || s.cue().stance() == CueStance.BELIEF);
  }

  /**
   * Articles that share one origin: at least half of the smaller one's statements (of six words or more) appear word
   * for word in the other.
   */
  static List<SharedOrigin> origins(List<Statement> statements, Function<String, String> normalized) {
    Map<String, Set<String>> articlesByText = new HashMap<>();
    Map<String, Integer> sizes = new TreeMap<>();
    for (Statement s : statements) {
      String t = normalized.apply(s.text());
      if (words(t) < 6) {
        continue;
      }
      articlesByText.computeIfAbsent(t, k -> new HashSet<>()).add(s.articleId());
      sizes.merge(s.articleId(), 1, Integer::sum);
    }
    Map<String, Integer> shared = new HashMap<>();
    for (Set<String> arts : articlesByText.values()) {
      if (arts.size() < 2 || arts.size() > 50) {
        continue;
      }
      List<String> sorted = new ArrayList<>(arts);
      sorted.sort(null);
      for (int i = 0; i < sorted.size(); i++) {
        for (int j = i + 1; j < sorted.size(); j++) {
          shared.merge(sorted.get(i) + "\u0000" + sorted.get(j), 1, Integer::sum);
        }
      }
    }
    Map<String, String> parent = new TreeMap<>();
    Map<String, Integer> sharedCount = new HashMap<>();
    for (Map.Entry<String, Integer> e : shared.entrySet()) {
      String[] ab = e.getKey().split("\u0000");
      int smaller = Math.min(sizes.get(ab[0]), sizes.get(ab[1]));
      if (e.getValue() * 2 >= smaller) {
        String ra = root(parent, ab[0]);
        String rb = root(parent, ab[1]);
        if (!ra.equals(rb)) {
          parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }
        sharedCount.merge(ab[0], e.getValue(), Math::max);
        sharedCount.merge(ab[1], e.getValue(), Math::max);
      }
    }
    Map<String, List<String>> groups = new TreeMap<>();
    for (String a : new ArrayList<>(parent.keySet())) {
      groups.computeIfAbsent(root(parent, a), k -> new ArrayList<>()).add(a);
    }
    Map<String, Integer> order = new HashMap<>();
    for (Statement s : statements) {
      order.putIfAbsent(s.articleId(), order.size());
    }
    List<SharedOrigin> out = new ArrayList<>();
    for (List<String> g : groups.values()) {
      if (g.size() >= 2) {
        g.sort(Comparator.comparing(order::get)); // the first article given is the one that speaks
        int n = g.stream().mapToInt(a -> sharedCount.getOrDefault(a, 0)).min().orElse(0);
        out.add(new SharedOrigin(g, n, String.join(", ", g) + " carry the same text (" + n
            + " statements word for word): one story reprinted, one voice"));
      }
    }
    return out;
  }

  /**
   * Statements of a reprint that repeat, word for word, a statement of the first article of their origin: they are
   * that article's voice again and are compared once, through it.
   */
  static Set<String> echoes(List<Statement> statements, List<SharedOrigin> origins,
      Function<String, String> normalized) {
    Set<String> out = new HashSet<>();
    for (SharedOrigin o : origins) {
      String first = o.articleIds().get(0);
      Set<String> texts = new HashSet<>();
      for (Statement s : statements) {
        if (s.articleId().equals(first)) {
          texts.add(normalized.apply(s.text()));
        }
      }
      for (Statement s : statements) {
        if (!s.articleId().equals(first) && o.articleIds().contains(s.articleId())
            && texts.contains(normalized.apply(s.text()))) {
          out.add(s.id());
        }
      }
    }
    return out;
  }

  private static String root(Map<String, String> parent, String a) {
    parent.putIfAbsent(a, a);
    String r = a;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    return r;
  }

  // compiled once: normalize runs for every statement and gist for every conflict explained
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static String normalize(String s) {
    return NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  /** The words of a normalized text: one more than its spaces, which are single and never at either end. */
  private static int words(String normalized) {
    int spaces = 0;
    for (int i = 0; i < normalized.length(); i++) {
      if (normalized.charAt(i) == ' ') {
        spaces++;
      }
    }
    return spaces + 1;
  }

  static String explain(Statement a, Statement b, Signal.Finding f) {
    return who(a) + says(a) + gist(a) + "; " + who(b) + says(b) + gist(b) + ": " + f.reason() + ".";
  }

  /** " say " for sources that are several ("two officials say"), else " says ". */
  private static String says(Statement s) {
    Source src = s.source();
    boolean plural = src.count() != null ? src.count() > 1
        : src.kind() == SourceKind.DESCRIBED_PERSON && src.role() != null
            && src.role().matches(".*\\b[a-z]+[^s]s$");
    if (s.isDenial()) {
      return plural ? " deny " : " denies ";
    }
    return plural ? " say " : " says ";
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
    return "\"" + g + "\"";
  }
}
