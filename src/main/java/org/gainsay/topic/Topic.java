package org.gainsay.topic;

import java.util.List;

/**
 * Statements about the same proposition, across articles and outlets.
 *
 * <pre>{@code
 * for (Topic t : report.topics()) {
 *   System.out.println(t.label() + ": " + t.statementIds());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id unique in a report ("t1")
 * @param predicate the event frame ("@resume") or verb the statements share, or null when they share only words
 * @param label a readable label: the predicate and the statement that best says it ("resume: U.S. restarts
 *     counter-ISIS operations paused after Soleimani killing")
 * @param statementIds the statements in it, in report order
 * @param terms the concepts the statements share, most telling first
 */
public record Topic(String id, String predicate, String label, List<String> statementIds, List<String> terms) {
  public Topic {
    statementIds = List.copyOf(statementIds);
    terms = List.copyOf(terms);
  }
}
