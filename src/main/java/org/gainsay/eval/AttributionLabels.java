package org.gainsay.eval;

import java.util.List;
import org.gainsay.statement.AttributionTagger;
import org.gainsay.text.Span;
import org.gainsay.text.Token;

/**
 * Gold labels for the attribution tagger: each token of a sentence gets the part (source, cue, content) of the gold
 * attribution whose span holds the token's first character, begin when the token before is not in the same span.
 *
 * <pre>{@code
 * int[] gold = AttributionLabels.of(input, document.attributions());
 * }</pre>
 *
 * <p>Thread-safe: it holds no state.
 */
public final class AttributionLabels {
  private AttributionLabels() {}

  /** The gold label of each token of {@code input}. */
  public static int[] of(AttributionTagger.Input input, List<AttributionSpans> gold) {
    List<Token> tk = input.tokens();
    int[] out = new int[tk.size()];
    Object previous = null;
    for (int i = 0; i < tk.size(); i++) {
      int at = tk.get(i).start();
      Object here = null;
      int part = 0;
      for (AttributionSpans a : gold) {
        int p = 1;
        for (List<Span> spans : List.of(a.source(), a.cue(), a.content())) {
          for (Span s : spans) {
            if (s.start() <= at && at < s.end()) {
              here = s;
              part = p;
            }
          }
          p++;
        }
        if (here != null) {
          break;
        }
      }
      out[i] = part == 0 ? AttributionTagger.O : here == previous ? 2 * part : 2 * part - 1;
      previous = here;
    }
    return out;
  }
}
