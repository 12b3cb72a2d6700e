package org.gainsay.topic;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gainsay.statement.Statement;

/**
 * The topic stage: groups statements about the same proposition. Two statements are linked when they share an event
 * frame (resume / suspend, allow / forbid, ...) or a rare verb and, across articles, at least one more concept; or
 * when their concepts overlap strongly (an IDF-weighted cosine). Linked statements form one topic. Candidate pairs come
 * from an inverted index over concepts, skipping concepts too common to tell anything, so the work grows with the
 * number of statements that share a concept, not with all pairs.
 *
 * <pre>{@code
 * TopicGrouper grouper = new TopicGrouper(new Terms(EventLexicon.load(), WordNet.load()));
 * Topics topics = grouper.group(statements);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TopicGrouper {
  /** The result of grouping: the topics (two or more statements each) and the similarity of linked pairs. */
  public record Topics(List<Topic> topics, Map<String, String> topicOf, Map<String, List<String>> terms) {
    public Topics {
      topics = List.copyOf(topics);
      topicOf = Map.copyOf(topicOf);
      terms = Map.copyOf(terms);
    }
  }

  private final Terms terms;
  private final double frameThreshold;
  private final double overlapThreshold;
  private final int maxPostings;

  public TopicGrouper(Terms terms) {
    this(terms, 0.10, 0.40, 400);
  }

  /**
   * @param frameThreshold least similarity for statements that share an event frame
   * @param overlapThreshold least similarity for statements that share no frame
   * @param maxPostings concepts in more statements than this are not used to find candidate pairs
   */
  public TopicGrouper(Terms terms, double frameThreshold, double overlapThreshold, int maxPostings) {
    checkArgument(frameThreshold > 0 && frameThreshold <= 1, "frameThreshold=%s must be in (0, 1]", frameThreshold);
    checkArgument(overlapThreshold > 0 && overlapThreshold <= 1, "overlapThreshold=%s must be in (0, 1]",
        overlapThreshold);
    checkArgument(maxPostings >= 2, "maxPostings=%s must be at least 2", maxPostings);
    this.terms = terms;
    this.frameThreshold = frameThreshold;
    this.overlapThreshold = overlapThreshold;
    this.maxPostings = maxPostings;
  }

  public Terms terms() {
    return terms;
  }

  public Topics group(List<Statement> statements) {
    int n = statements.size();
    List<List<String>> termsOf = new ArrayList<>(n);
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < n; i++) {
      List<String> ts = terms.of(statements.get(i));
      termsOf.add(ts);
      for (String t : ts) {
        postings.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
      }
    }
    Map<String, Double> weight = new HashMap<>();
    for (Map.Entry<String, List<Integer>> e : postings.entrySet()) {
      double idf = Math.log(1.0 + (double) n / e.getValue().size());
      weight.put(e.getKey(), e.getKey().startsWith("@") ? 2 * idf : idf);
    }
    double[] norm = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (String t : termsOf.get(i)) {
        double w = weight.get(t);
        sum += w * w;
      }
      norm[i] = Math.sqrt(sum);
    }
    int[] parent = new int[n];
    Arrays.setAll(parent, i -> i);
    for (int i = 0; i < n; i++) {
      Map<Integer, double[]> shared = new HashMap<>(); // j -> {dot, frames, others}
      for (String t : termsOf.get(i)) {
        List<Integer> p = postings.get(t);
        if (p.size() > maxPostings) {
          continue;
        }
        double w = weight.get(t);
        for (int j : p) {
          if (j <= i) {
            continue;
          }
          double[] acc = shared.computeIfAbsent(j, k -> new double[3]);
          acc[0] += w * w;
          if (t.startsWith("@")) {
            acc[1]++;
          } else {
            acc[2]++;
          }
        }
      }
      for (Map.Entry<Integer, double[]> e : shared.entrySet()) {
        int j = e.getKey();
        double[] acc = e.getValue();
        double sim = acc[0] / (norm[i] * norm[j]);
        boolean sameArticle = statements.get(i).articleId().equals(statements.get(j).articleId());
        boolean frameLink = acc[1] > 0 && (sameArticle || acc[2] > 0) && sim >= frameThreshold;
        if (frameLink || sim >= overlapThreshold && acc[2] >= 2) {
          union(parent, i, j);
        }
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<Topic> topics = new ArrayList<>();
    Map<String, String> topicOf = new HashMap<>();
    Map<String, List<String>> termsById = new HashMap<>();
    for (int i = 0; i < n; i++) {
      termsById.put(statements.get(i).id(), termsOf.get(i));
    }
    for (List<Integer> members : groups.values()) {
      if (members.size() < 2) {
        continue;
      }
      String id = "t" + (topics.size() + 1);
      List<String> shared = sharedTerms(members, termsOf, weight);
      List<String> ids = new ArrayList<>();
      for (int m : members) {
        ids.add(statements.get(m).id());
        topicOf.put(statements.get(m).id(), id);
      }
      topics.add(new Topic(id, label(shared), ids, shared));
    }
    return new Topics(topics, topicOf, termsById);
  }

  private static List<String> sharedTerms(List<Integer> members, List<List<String>> termsOf,
      Map<String, Double> weight) {
    Map<String, Double> score = new HashMap<>();
    Map<String, Integer> count = new HashMap<>();
    for (int m : members) {
      for (String t : termsOf.get(m)) {
        score.merge(t, weight.get(t), Double::sum);
        count.merge(t, 1, Integer::sum);
      }
    }
    List<String> out = new ArrayList<>();
    score.entrySet().stream()
        .filter(e -> count.get(e.getKey()) >= 2 || members.size() == 1)
        .sorted(Comparator.<Map.Entry<String, Double>>comparingDouble(e -> e.getKey().startsWith("@") ? 0 : 1)
            .thenComparing(Map.Entry.<String, Double>comparingByValue().reversed())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(6)
        .forEach(e -> out.add(e.getKey()));
    return out;
  }

  private static String label(List<String> shared) {
    if (shared.isEmpty()) {
      return "(no shared terms)";
    }
    List<String> plain = new ArrayList<>();
    String frame = null;
    for (String t : shared) {
      if (t.startsWith("@") && frame == null) {
        frame = t.substring(1);
      } else {
        plain.add(t.startsWith("@") ? t.substring(1) : t);
      }
    }
    String rest = String.join(", ", plain);
    return frame == null ? rest : rest.isEmpty() ? frame : frame + ": " + rest;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
