package org.gainsay.text;

import java.util.List;

/**
 * A sentence of an article with its tokens. Sentences never cross a paragraph break.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index position of the sentence in the article, from 0
 * @param paragraph index of the paragraph it belongs to, from 0
 * @param start offset of its first character
 * @param end offset after its last character
 * @param tokens its tokens, in text order
 */
public record Sentence(int index, int paragraph, int start, int end, List<Token> tokens) {

  public Sentence {
    tokens = List.copyOf(tokens);
  }

  public Span span() {
    return new Span(start, end);
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }
}
