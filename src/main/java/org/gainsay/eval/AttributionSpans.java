package org.gainsay.eval;

import java.util.List;
import java.util.Objects;
import org.gainsay.text.Span;

/**
 * One attribution as character spans: who (source), the words that mark it as reported (cue) and what was reported
 * (content). Each part may be several spans (a quote interrupted by "he said") or none (no source given).
 *
 * <pre>{@code
 * AttributionSpans a = new AttributionSpans(List.of(Span.of(0, 8)), List.of(Span.of(9, 13)),
 *     List.of(Span.of(14, 40)));   // "Officials said the talks would resume."
 * a.part(AttributionScorer.Role.CUE);   // [[9, 13)]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the source spans, empty when the attribution names no source
 * @param cue the cue spans, empty when there is none
 * @param content the content spans
 */
public record AttributionSpans(List<Span> source, List<Span> cue, List<Span> content) {

  public AttributionSpans {
    source = List.copyOf(source);
    cue = List.copyOf(cue);
    content = List.copyOf(content);
  }

  /** The spans of one part. */
  public List<Span> part(AttributionScorer.Role role) {
    Objects.requireNonNull(role, "role is null");
    return switch (role) {
      case SOURCE -> source;
      case CUE -> cue;
      case CONTENT -> content;
    };
  }
}
