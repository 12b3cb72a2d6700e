/**
 * The topic stage: {@link org.gainsay.topic.TopicGrouper} groups {@link org.gainsay.statement.Statement}s about the
 * same proposition into {@link org.gainsay.topic.Topic}s, using the concepts {@link org.gainsay.topic.Terms} finds in
 * them and the opposite-event frames of the {@link org.gainsay.topic.EventLexicon}, so that "restarted",
 * "resumption", "active again" and "suspended" land in one topic.
 */
package org.gainsay.topic;
