package org.gainsay.text;

/**
 * One token of an article: its text, where it is, its Universal Dependencies part of speech and its lemma.
 *
 * <pre>{@code
 * Token t = sentence.tokens().get(0);
 * if (t.isVerb() && t.lemma().equals("say")) { ... }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the token as written
 * @param start offset of its first character in the article text
 * @param end offset after its last character
 * @param tag the UD part-of-speech tag (NOUN, VERB, PROPN, ...)
 * @param lemma the lower-case base form ("resumed" -> "resume")
 */
public record Token(String text, int start, int end, String tag, String lemma) {

  public Span span() {
    return new Span(start, end);
  }

  /** The token in lower case. */
  public String lower() {
    return text.toLowerCase(java.util.Locale.ROOT);
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
}
