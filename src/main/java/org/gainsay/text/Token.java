package org.gainsay.text;

/**
 * One token of an article: its text, where it is, its Universal Dependencies part of speech and its lemma.
 *
 * <pre>{@code
 * Token t = sentence.tokens().get(0);
 * if (t.isVerb() && t.lemma().equals("say")) { ... }
 * }</pre>
 *
 * <p>Immutable and thread-safe. A value: two tokens are equal when their text, offsets, tag and lemma are.
 */
public final class Token {
  private final String text;
  private final int start;
  private final int end;
  private final String tag;
  private final String lemma;
  /** Read on every token by every stage: worked out once. */
  private final String lower;

  public Token(String text, int start, int end, String tag, String lemma) {
    this.text = java.util.Objects.requireNonNull(text, "text");
    this.start = start;
    this.end = end;
    this.tag = tag;
    this.lemma = lemma;
    this.lower = text.toLowerCase(java.util.Locale.ROOT);
  }

  public String text() {
    return text;
  }

  public int start() {
    return start;
  }

  public int end() {
    return end;
  }

  public String tag() {
    return tag;
  }

  public String lemma() {
    return lemma;
  }

  public Span span() {
    return new Span(start, end);
  }

  /** The token in lower case. */
  public String lower() {
    return lower;
  }

  public boolean is(String tag) {
    return this.tag.equals(tag);
  }

  public boolean isVerb() {
    return tag.equals("VERB");
  }

  public boolean isNounLike() {
    return tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON") || tag.equals("NUM");
  }

  public boolean isPunct() {
    return tag.equals("PUNCT");
  }

  public boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  /** The tokens' text as written, a space wherever the article had white space between two of them. */
  public static String join(java.util.List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < tokens.size(); k++) {
      if (k > 0 && tokens.get(k - 1).end() < tokens.get(k).start()) {
        sb.append(' ');
      }
      sb.append(tokens.get(k).text());
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Token t && start == t.start && end == t.end && text.equals(t.text)
        && java.util.Objects.equals(tag, t.tag) && java.util.Objects.equals(lemma, t.lemma);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(text, start, end, tag, lemma);
  }

  @Override
  public String toString() {
    return "Token[text=" + text + ", start=" + start + ", end=" + end + ", tag=" + tag + ", lemma=" + lemma + "]";
  }
}
