package org.gainsay.statement;

import java.util.ArrayList;
import java.util.List;
import org.gainsay.text.Span;

/**
 * Finds quoted passages: straight, curly and guillemet marks, and two apostrophes standing for a straight mark
 * (''like this''). A quote that a paragraph opens but does not close continues when the next paragraph opens with a
 * quote mark (the news convention for quotes over several paragraphs); otherwise the stray mark is ignored rather than
 * swallowing the rest of the article.
 */
final class Quotes {
  private Quotes() {}

  static boolean isOpening(char c) {
    return c == '“' || c == '«' || c == '„';
  }

  static boolean isClosing(char c) {
    return c == '”' || c == '»';
  }

  static boolean isMark(char c) {
    return c == '"' || isOpening(c) || isClosing(c);
  }

  /** The inner spans (between the marks) of the quotes in {@code text}, in text order; never empty spans. */
  static List<Span> find(String text) {
    List<Span> out = new ArrayList<>();
    int lineStart = 0;
    int n = text.length();
    while (lineStart < n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      int open = -1; // offset after the opening mark
      for (int i = lineStart; i < lineEnd; i++) {
        char c = text.charAt(i);
        if (isOpening(c) && !(open >= 0 && closesHere(text, i, lineStart, lineEnd))
            || isClosing(c) && open < 0 && opensHere(text, i, lineStart, lineEnd)) {
          open = i + 1; // a closing mark that opens a word opens a quote ("”Mr. Trump said ...", a common typo)
        } else if (isClosing(c) || isOpening(c)) {
          if (open >= 0) {
            add(out, text, open, i);
            open = -1;
          }
        } else if (c == '"' || isDoubleApostrophe(text, i, lineEnd)) {
          int width = c == '"' ? 1 : 2;
          if (open < 0) {
            open = i + width;
          } else {
            add(out, text, open, i);
            open = -1;
          }
          i += width - 1;
        }
      }
      if (open >= 0 && nextParagraphOpensQuote(text, lineEnd)) {
        add(out, text, open, trimEnd(text, lineStart, lineEnd));
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  /** Whether the mark at {@code i} stands before a word: at the line's start or after a space, a letter after it. */
  private static boolean opensHere(String text, int i, int lineStart, int lineEnd) {
    return (i == lineStart || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(')
        && i + 1 < lineEnd && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  /** Whether the mark at {@code i} stands after a word or its punctuation and before a space or the line's end. */
  private static boolean closesHere(String text, int i, int lineStart, int lineEnd) {
    return i > lineStart && !Character.isWhitespace(text.charAt(i - 1))
        && (i + 1 >= lineEnd || Character.isWhitespace(text.charAt(i + 1)));
  }

  private static int trimEnd(String text, int from, int end) {
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static boolean nextParagraphOpensQuote(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '"' || isOpening(c) || isClosing(c) && opensHere(text, i, i, text.length())
            || isDoubleApostrophe(text, i, text.length());
      }
    }
    return false;
  }

  /**
   * Two apostrophes used as a straight double quote mark (''Like this,'' some papers print), but not a third one
   * or a run of them.
   */
  static boolean isDoubleApostrophe(String text, int i, int end) {
    return i + 1 < end && text.charAt(i) == '\'' && text.charAt(i + 1) == '\''
        && (i + 2 >= end || text.charAt(i + 2) != '\'') && (i == 0 || text.charAt(i - 1) != '\'');
  }

  private static void add(List<Span> out, String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        out.add(new Span(start, end));
        return;
      }
    }
  }
}
