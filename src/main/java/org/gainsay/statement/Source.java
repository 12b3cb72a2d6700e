package org.gainsay.statement;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.regex.Pattern;
import org.gainsay.text.Span;

/**
 * Who a statement is attributed to, as a structured value.
 *
 * <pre>{@code
 * Source s = statement.source();
 * s.name();         // "two American military officials" (the full mention, after resolving "the officials")
 * s.kind();         // DESCRIBED_PERSON
 * s.count();        // 2
 * s.affiliation();  // "American"
 * s.role();         // "military officials"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the source's fullest name in the article, as written ("Gen. Abdulkarim Khalaf")
 * @param kind what kind of source it is
 * @param mention how this statement refers to it ("he", "Khalaf", "the officials"); equal to name when written out
 * @param mentionSpan where the mention is, or null for the outlet
 * @param description an apposition or relative clause that describes it ("a spokesman for Iraq's armed forces"), or
 *     null
 * @param count how many people the source is, when the text says ("two officials" -> 2), or null
 * @param affiliation the country or organisation the text ties it to ("American", "Iraq's armed forces"), or null
 * @param role what it is, without number and affiliation ("military officials", "spokesman"), or null
 * @param phraseSpan the whole phrase that brings the source into this statement: the mention with its apposition,
 *     relative clause or leading role ("The officials, who spoke on the condition of anonymity", "engineer Lena
 *     Fischer"); equal to mentionSpan when there is none, null for the outlet
 */
public record Source(String name, SourceKind kind, String mention, Span mentionSpan, String description,
    Integer count, String affiliation, String role, Span phraseSpan) {

  public Source {
    checkArgument(name != null && !name.isBlank(), "source name is blank");
    checkArgument(kind != null, "source kind is null for %s", name);
    checkArgument(mention != null, "mention is null for %s", name);
    if (phraseSpan == null) {
      phraseSpan = mentionSpan;
    }
    checkArgument(mentionSpan == null || phraseSpan.contains(mentionSpan),
        "phrase %s of source %s does not contain its mention %s", phraseSpan, name, mentionSpan);
  }

  /** A source whose phrase is its mention. */
  public Source(String name, SourceKind kind, String mention, Span mentionSpan, String description, Integer count,
      String affiliation, String role) {
    this(name, kind, mention, mentionSpan, description, count, affiliation, role, mentionSpan);
  }

  // compiled once: key() runs for every pair of statements the disagreement stage compares
  private static final Pattern ARTICLE = Pattern.compile("^(the|a|an)\\s+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** The outlet as the source of what an article says in its own voice. */
  public static Source outlet(String outlet) {
    return new Source(outlet.isBlank() ? "unknown outlet" : outlet, SourceKind.OUTLET,
        outlet.isBlank() ? "unknown outlet" : outlet, null, null, null, null, null);
  }

  /**
   * The identity used to tell sources apart: two statements with the same key come from the same source. The outlet's
   * own voice is keyed by outlet, so two outlets never share a key.
   */
  public String key() {
    String n = NON_WORD.matcher(ARTICLE.matcher(name.toLowerCase(Locale.ROOT)).replaceFirst("")).replaceAll(" ")
        .trim();
    return kind == SourceKind.OUTLET ? "outlet:" + n : n;
  }

  /** This source as referred to by another mention (a pronoun, a surname, "the officials"). */
  public Source referredToAs(String mention, Span span) {
    return new Source(name, kind, mention, span, description, count, affiliation, role, span);
  }

  /** This source with the phrase that brings it into a statement, which must contain the mention. */
  public Source withPhrase(Span phrase) {
    return new Source(name, kind, mention, mentionSpan, description, count, affiliation, role, phrase);
  }
}
