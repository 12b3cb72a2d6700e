package org.gainsay;

import static com.google.common.base.Preconditions.checkArgument;

/** Checks and cleans article text before analysis. */
final class Inputs {
  private Inputs() {}

  /**
   * Returns the text to analyse, of the same length as {@code text} so offsets hold: lone surrogates become U+FFFD,
   * control characters (other than line breaks and tabs) and HTML tags become spaces.
   *
   * @throws IllegalArgumentException when the text is blank, too long or binary
   */
  static String checkText(String id, String text, int maxChars) {
    checkArgument(!text.isBlank(), "article %s has empty text: give it the article body", id);
    checkArgument(text.length() <= maxChars,
        "article %s has %s characters, more than maxArticleChars=%s: split it or raise the limit on the builder",
        id, text.length(), maxChars);
    int control = 0;
    StringBuilder clean = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean isControl = c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c >= 0x7F && c <= 0x9F;
      if (isControl || c == 0xFFFD) {
        control++;
      }
      if (isControl) {
        // a control character glued to a word ("said\u0007") would hide the word from every later stage
        if (clean == null) {
          clean = new StringBuilder(text);
        }
        clean.setCharAt(i, ' ');
      }
      boolean lone = Character.isHighSurrogate(c)
          ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
          : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
      if (lone) {
        if (clean == null) {
          clean = new StringBuilder(text);
        }
        clean.setCharAt(i, '\uFFFD');
      }
    }
    checkArgument(control * 20 <= text.length(),
        "article %s looks binary: %s of %s characters are control characters; decode it to text first", id, control,
        text.length());
    String out = clean == null ? text : clean.toString();
    return blankMarkup(out);
  }

  private static final java.util.regex.Pattern TAG =
      java.util.regex.Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]{0,500})?/?>");

  /** HTML tags become spaces of the same length, so offsets into the article still hold. */
  static String blankMarkup(String text) {
    if (text.indexOf('<') < 0) {
      return text;
    }
    java.util.regex.Matcher m = TAG.matcher(text);
    StringBuilder sb = null;
    while (m.find()) {
      if (sb == null) {
        sb = new StringBuilder(text);
      }
      for (int i = m.start(); i < m.end(); i++) {
        sb.setCharAt(i, ' ');
      }
    }
    return sb == null ? text : sb.toString();
  }
}
