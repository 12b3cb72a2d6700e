package org.gainsay.text;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A half-open range {@code [start, end)} of character offsets into an article's text.
 *
 * <pre>{@code
 * Span s = Span.of(4, 9);
 * s.covered("The cat sat");   // "cat s"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    checkArgument(start >= 0 && end >= start, "bad span: start=%s, end=%s (need 0 <= start <= end)", start, end);
  }

  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The text this span covers in {@code text}. */
  public String covered(CharSequence text) {
    checkArgument(end <= text.length(), "span %s ends after the text (length %s)", this, text.length());
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
