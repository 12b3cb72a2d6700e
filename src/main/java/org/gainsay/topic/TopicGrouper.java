package org.gainsay.topic;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gainsay.statement.Statement;

/**
 * The topic stage: groups statements about the same proposition.
 *
 * <p>A topic is built around a predicate: an event frame of the {@link EventLexicon} (so "restarted", "resumption",
 * "active again" and "suspended" are one predicate, "@resume") or a content verb. Two statements with the same
 * predicate are linked when they also share an argument (a noun, name or adjective) or, for an event frame, come from
 * the same article. Each predicate's linked statements form a topic; a statement may sit in more than one topic (it may
 * say two things). Statements that share no predicate but many arguments (an IDF-weighted cosine over their concepts)
 * form topics of their own.
 *
 * <p>Candidate pairs come from inverted indexes keyed by predicate and argument together, and by article for frames,
 * skipping keys shared by more than {@code maxPostings} statements; the work grows with the statements that share a
 * key, never with all pairs.
 *
 * <pre>{@code
 * TopicGrouper grouper = new TopicGrouper(new Terms(EventLexicon.load(), WordNet.load()));
 * TopicGrouper.Topics topics = grouper.group(statements);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TopicGrouper {
  /** The result of grouping: topics of two or more statements, and each statement's concepts. */
  public record Topics(List<Topic> topics, Map<String, Terms.Concepts> concepts, Map<String, Integer> frequency,
      int maxFrequency) {
    public Topics {
      topics = List.copyOf(topics);
      concepts = Map.copyOf(concepts);
      frequency = Map.copyOf(frequency);
    }

    /**
     * Whether two statements of one topic are about the same proposition, not only the same predicate: from one
     * article, one shared argument will do; from two, they must share at least two arguments that are not too common,
     * and those must make up at least half of the smaller statement's arguments.
     */
    public boolean sameProposition(Statement a, Statement b) {
      return argumentsShared(concepts.get(a.id()), concepts.get(b.id()), frequency, maxFrequency,
          a.articleId().equals(b.articleId()));
    }

    /**
     * What {@link #sameProposition} compares of a statement, worked out once to compare it with many others (see
     * {@link #sameProposition(Arguments, Arguments, boolean)}); null for a statement these topics were not grouped
     * from.
     */
    public Arguments propositionArguments(Statement s) {
      Terms.Concepts c = concepts.get(s.id());
      return c == null ? null : usefulArguments(c, frequency, maxFrequency);
    }

    /**
     * {@link #sameProposition(Statement, Statement)} on what {@link #propositionArguments} gave for the two
     * statements; {@code sameArticle} says whether they come from one article.
     */
    public static boolean sameProposition(Arguments a, Arguments b, boolean sameArticle) {
      return a != null && b != null && shared(a, b, sameArticle);
    }
  }

  /**
   * A statement's arguments that are not too common to tell statements apart, as {@link Topics#sameProposition}
   * compares them: ordered by hash code, so that two are compared in one merge, without hashing or allocating (the
   * disagreement stage compares each statement with every other of its topics).
   *
   * <p>Immutable and thread-safe.
   */
  public static final class Arguments {
    private final String[] words; // by hash code, words of one hash code in any order
    private final int[] hashes;
    private final long bits; // one bit per word, picked by its hash code: no bit in common, no word in common

    Arguments(Set<String> words) {
      this.words = words.toArray(new String[0]);
      Arrays.sort(this.words, Comparator.comparingInt(String::hashCode));
      this.hashes = new int[this.words.length];
      long bits = 0;
      for (int i = 0; i < hashes.length; i++) {
        hashes[i] = this.words[i].hashCode();
        bits |= 1L << (hashes[i] * 0x9E3779B9 >>> 26);
      }
      this.bits = bits;
    }

    int size() {
      return words.length;
    }

    /** How many words the two have in common. */
    int shared(Arguments o) {
      if ((bits & o.bits) == 0) {
        return 0; // most pairs in a topic share no argument
      }
      int shared = 0;
      int i = 0;
      int j = 0;
      while (i < hashes.length && j < o.hashes.length) {
        int h = hashes[i];
        if (h < o.hashes[j]) {
          i++;
        } else if (h > o.hashes[j]) {
          j++;
        } else { // the words of hash code h on both sides, each with each: distinct words may share a hash code
          int iEnd = i;
          while (iEnd < hashes.length && hashes[iEnd] == h) {
            iEnd++;
          }
          int jEnd = j;
          while (jEnd < o.hashes.length && o.hashes[jEnd] == h) {
            jEnd++;
          }
          for (int x = i; x < iEnd; x++) {
            for (int y = j; y < jEnd; y++) {
              if (words[x].equals(o.words[y])) {
                shared++;
              }
            }
          }
          i = iEnd;
          j = jEnd;
        }
      }
      return shared;
    }

    @Override
    public String toString() {
      return Arrays.toString(words);
    }
  }

  /**
   * Whether two statements share enough arguments to be about one proposition: within one article, one argument
   * ("the U.S."), or none when one of them names none; across articles, two, making up half of the smaller
   * statement's arguments, or all the arguments of a statement that has only one or two.
   */
  static boolean argumentsShared(Terms.Concepts a, Terms.Concepts b, Map<String, Integer> frequency,
      int maxFrequency, boolean sameArticle) {
    if (a == null || b == null) {
      return false;
    }
    return shared(usefulArguments(a, frequency, maxFrequency), usefulArguments(b, frequency, maxFrequency),
        sameArticle);
  }

  /** A statement's arguments without those too common to tell statements apart. */
  static Arguments usefulArguments(Terms.Concepts c, Map<String, Integer> frequency, int maxFrequency) {
    Set<String> out = new HashSet<>();
    for (String t : c.arguments()) {
      if (frequency.getOrDefault(t, 0) <= maxFrequency) {
        out.add(t);
      }
    }
    return new Arguments(out);
  }

  private static boolean shared(Arguments sa, Arguments sb, boolean sameArticle) {
    int shared = sa.shared(sb);
    int smaller = Math.min(sa.size(), sb.size());
    if (sameArticle) {
      return shared >= 1 || smaller == 0;
    }
    // a short statement ("the ferries had resumed") may share all it has; a longer one must share two
    return shared >= 2 && shared * 2 >= smaller || smaller <= 2 && shared >= 1 && shared == smaller;
  }

  private final Terms terms;
  private final double overlapThreshold;
  private final int maxPostings;

  public TopicGrouper(Terms terms) {
    this(terms, 0.40, 200);
  }

  /**
   * @param overlapThreshold least cosine for statements that share no predicate
   * @param maxPostings keys shared by more statements than this are too common to find candidate pairs with
   */
  public TopicGrouper(Terms terms, double overlapThreshold, int maxPostings) {
    checkArgument(overlapThreshold > 0 && overlapThreshold <= 1, "overlapThreshold=%s must be in (0, 1]",
        overlapThreshold);
    checkArgument(maxPostings >= 2, "maxPostings=%s must be at least 2", maxPostings);
    this.terms = terms;
    this.overlapThreshold = overlapThreshold;
    this.maxPostings = maxPostings;
  }

  public Terms terms() {
    return terms;
  }

  public Topics group(List<Statement> statements) {
    int n = statements.size();
    List<Terms.Concepts> concepts = new ArrayList<>(n);
    Map<String, Terms.Concepts> byId = new HashMap<>();
    Map<String, Integer> df = new HashMap<>();
    for (Statement s : statements) {
      Terms.Concepts c = terms.concepts(s);
      concepts.add(c);
      byId.put(s.id(), c);
      for (String t : c.all()) {
        df.merge(t, 1, Integer::sum);
      }
    }
    // 1. predicate topics: link statements sharing a predicate and an argument, or a frame within one article
    Map<String, Blocks> blocks = new TreeMap<>(); // by predicate
    for (int i = 0; i < n; i++) {
      Terms.Concepts c = concepts.get(i);
      for (String p : c.predicates()) {
        Blocks b = blocks.computeIfAbsent(p, k -> new Blocks());
        for (String a : c.arguments()) {
          b.byArgument.computeIfAbsent(a, k -> new ArrayList<>()).add(i);
        }
        if (p.startsWith("@")) {
          b.byArticle.computeIfAbsent(statements.get(i).articleId(), k -> new ArrayList<>()).add(i);
        }
      }
    }
    List<Arguments> args = new ArrayList<>(n);
    for (Terms.Concepts c : concepts) {
      args.add(usefulArguments(c, df, maxPostings));
    }
    List<Candidate> candidates = new ArrayList<>();
    UnionFind uf = new UnionFind(n); // one for all predicates, emptied after each
    for (Map.Entry<String, Blocks> e : blocks.entrySet()) {
      for (List<Integer> members : e.getValue().byArgument.values()) {
        link(members, false, statements, args, uf);
      }
      for (List<Integer> members : e.getValue().byArticle.values()) {
        link(members, true, statements, args, uf);
      }
      for (List<Integer> group : uf.groupsAndClear()) {
        candidates.add(new Candidate(e.getKey(), group));
      }
    }
    // 2. word-overlap topics among statements that share no predicate
    candidates.addAll(overlapTopics(statements, concepts, df));
    // 3. keep the larger of two nested word-overlap topics; order by first statement
    Map<Integer, List<Candidate>> byFirstMember = new HashMap<>();
    for (Candidate c : candidates) {
      for (int m : c.members) {
        byFirstMember.computeIfAbsent(m, k -> new ArrayList<>()).add(c);
      }
    }
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : candidates) {
      boolean nested = false;
      if (c.predicate == null) {
        Set<Integer> mine = new HashSet<>(c.members);
        for (Candidate o : byFirstMember.get(c.members.get(0))) {
          if (o != c && o.members.size() >= mine.size() && (o.predicate != null || o.members.size() > mine.size())
              && new HashSet<>(o.members).containsAll(mine)) {
            nested = true;
            break;
          }
        }
      }
      if (!nested) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.<Candidate>comparingInt(c -> c.members.get(0)).thenComparing(c -> c.members.size(),
        Comparator.reverseOrder()).thenComparing(c -> c.predicate == null ? "" : c.predicate));
    List<Topic> topics = new ArrayList<>();
    for (Candidate c : kept) {
      List<String> ids = new ArrayList<>();
      for (int m : c.members) {
        ids.add(statements.get(m).id());
      }
      List<String> shared = sharedTerms(c, concepts, df, n);
      topics.add(new Topic("t" + (topics.size() + 1), c.predicate,
          label(c.predicate, shared, representative(c, statements, concepts, shared)), ids, shared));
    }
    return new Topics(topics, byId, df, maxPostings);
  }

  /** The statements that share one predicate, in blocks: by argument, and by article for an event frame. */
  private static final class Blocks {
    final Map<String, List<Integer>> byArgument = new HashMap<>();
    final Map<String, List<Integer>> byArticle = new HashMap<>();
  }

  /** Links the statements of one block that are about one proposition; too large a block is too common to say. */
  private void link(List<Integer> members, boolean articleBlock, List<Statement> statements, List<Arguments> args,
      UnionFind uf) {
    if (members.size() < 2 || members.size() > maxPostings) {
      return;
    }
    for (int x = 0; x < members.size(); x++) {
      for (int y = x + 1; y < members.size(); y++) {
        int i = members.get(x);
        int j = members.get(y);
        boolean sameArticle = articleBlock || statements.get(i).articleId().equals(statements.get(j).articleId());
        if (uf.find(i) == uf.find(j)) {
          continue; // already linked for this predicate
        }
        if (shared(args.get(i), args.get(j), sameArticle)) {
          uf.union(i, j);
        }
      }
    }
  }

  private record Candidate(String predicate, List<Integer> members) {}

  private List<Candidate> overlapTopics(List<Statement> statements, List<Terms.Concepts> concepts,
      Map<String, Integer> df) {
    int n = statements.size();
    // concepts as numbers, each with its posting list and weight, so the pair loop below does no hashing
    Map<String, Integer> ids = new HashMap<>();
    List<List<Integer>> postingLists = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    int[][] conceptIds = new int[n][];
    double[] norm = new double[n];
    for (int i = 0; i < n; i++) {
      List<String> all = concepts.get(i).all();
      conceptIds[i] = new int[all.size()];
      double sum = 0;
      for (int k = 0; k < all.size(); k++) {
        String a = all.get(k);
        Integer id = ids.get(a);
        if (id == null) {
          id = ids.size();
          ids.put(a, id);
          postingLists.add(new ArrayList<>());
          weights.add(idf(df.get(a), n));
        }
        conceptIds[i][k] = id;
        postingLists.get(id).add(i);
        double w = weights.get(id);
        sum += w * w;
      }
      norm[i] = Math.sqrt(sum);
    }
    int[][] postings = new int[postingLists.size()][];
    for (int id = 0; id < postings.length; id++) {
      postings[id] = postingLists.get(id).stream().mapToInt(Integer::intValue).toArray();
    }
    UnionFind uf = new UnionFind(n);
    double[] weightShared = new double[n]; // for statement i, by j: summed squared weights of the concepts shared
    int[] countShared = new int[n];
    int[] touched = new int[n];
    for (int i = 0; i < n; i++) {
      int touchedCount = 0;
      for (int id : conceptIds[i]) {
        int[] p = postings[id];
        if (p.length > maxPostings) {
          continue;
        }
        double w = weights.get(id);
        for (int j : p) {
          if (j > i) {
            if (countShared[j] == 0) {
              touched[touchedCount++] = j;
            }
            weightShared[j] += w * w;
            countShared[j]++;
          }
        }
      }
      for (int k = 0; k < touchedCount; k++) {
        int j = touched[k];
        if (countShared[j] >= 3 && weightShared[j] / (norm[i] * norm[j]) >= overlapThreshold) {
          uf.union(i, j);
        }
        weightShared[j] = 0;
        countShared[j] = 0;
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (List<Integer> g : uf.groupsAndClear()) {
      out.add(new Candidate(null, g));
    }
    return out;
  }

  private static double idf(int df, int n) {
    return Math.log(1.0 + (double) n / df);
  }

  private static List<String> sharedTerms(Candidate c, List<Terms.Concepts> concepts, Map<String, Integer> df,
      int n) {
    Map<String, Integer> count = new HashMap<>();
    for (int m : c.members) {
      for (String t : concepts.get(m).all()) {
        count.merge(t, 1, Integer::sum);
      }
    }
    List<String> out = new ArrayList<>();
    count.entrySet().stream()
        .filter(e -> e.getValue() >= 2 && !e.getKey().equals(c.predicate))
        .sorted(Comparator.<Map.Entry<String, Integer>>comparingDouble(e -> -e.getValue() * idf(df.get(e.getKey()), n))
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(5)
        .forEach(e -> out.add(e.getKey()));
    if (c.predicate != null) {
      out.add(0, c.predicate);
    }
    return out;
  }

  /**
   * The statement that best says what the topic is about: the shortest of those that use its predicate and hold at
   * least three fifths as many of its shared terms as the best.
   */
  private static Statement representative(Candidate c, List<Statement> statements, List<Terms.Concepts> concepts,
      List<String> shared) {
    int[] hits = new int[c.members.size()];
    int most = 0;
    for (int k = 0; k < hits.length; k++) {
      Set<String> mine = new HashSet<>(concepts.get(c.members.get(k)).all());
      if (c.predicate != null && !mine.contains(c.predicate)) {
        continue;
      }
      for (String t : shared) {
        if (mine.contains(t)) {
          hits[k]++;
        }
      }
      most = Math.max(most, hits[k]);
    }
    Statement best = null;
    for (int k = 0; k < hits.length; k++) {
      Statement s = statements.get(c.members.get(k));
      boolean telling = hits[k] > 0 && hits[k] * 5 >= most * 3;
      if (telling && (best == null || s.text().length() < best.text().length())) {
        best = s;
      }
    }
    return best != null ? best : statements.get(c.members.get(0));
  }

  /** "resume: U.S. restarts counter-ISIS operations paused after Soleimani killing". */
  private static String label(String predicate, List<String> shared, Statement representative) {
    String[] words = representative.text().replaceAll("\\s+", " ").strip().split(" ");
    String gist = words.length <= 14 ? String.join(" ", words)
        : String.join(" ", java.util.Arrays.copyOf(words, 14)) + " ...";
    String p = predicate == null ? String.join(", ", shared.subList(0, Math.min(3, shared.size())))
        : predicate.startsWith("@") ? predicate.substring(1) : predicate;
    return p.isEmpty() ? gist : p + ": " + gist;
  }

  /**
   * Union-find over statement indices; the root of a group is its least member. Emptied by {@link #groupsAndClear} in
   * time proportional to the statements linked, so one serves many predicates.
   */
  private static final class UnionFind {
    private final int[] parent;
    private final boolean[] linked;
    private final List<Integer> linkedList = new ArrayList<>();

    UnionFind(int n) {
      parent = new int[n];
      linked = new boolean[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
    }

    int find(int i) {
      int root = i;
      while (parent[root] != root) {
        root = parent[root];
      }
      while (parent[i] != root) { // path compression
        int next = parent[i];
        parent[i] = root;
        i = next;
      }
      return root;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra != rb) {
        markLinked(ra);
        markLinked(rb);
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }

    private void markLinked(int i) {
      if (!linked[i]) {
        linked[i] = true;
        linkedList.add(i);
      }
    }

    /** The groups of two or more, each sorted, in order of their least member; then every index is alone again. */
    List<List<Integer>> groupsAndClear() {
      Map<Integer, List<Integer>> g = new TreeMap<>();
      for (int i : linkedList) {
        g.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
      }
      for (int i : linkedList) {
        parent[i] = i;
        linked[i] = false;
      }
      linkedList.clear();
      List<List<Integer>> out = new ArrayList<>(g.values());
      for (List<Integer> members : out) {
        members.sort(null);
      }
      return out;
    }
  }
}
