package org.gainsay.statement;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gainsay.text.Span;
import org.gainsay.text.Token;

/**
 * One thing an article says, attributed to its source.
 *
 * <pre>{@code
 * Statement s = report.statements().get(0);
 * s.source().name();   // "two American military officials"
 * s.cue().text();      // "told"
 * s.channel();         // "NBC News"
 * s.quote();           // INDIRECT
 * s.text();            // "The United States has restarted joint counter-ISIS operations ..."
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id unique in a report: article id, {@code #}, index ("nbc#3")
 * @param articleId the article it comes from
 * @param outlet the outlet that published the article (never the channel)
 * @param published the article's publication date, or null
 * @param span where the content is in the article text
 * @param text the content: what the source said, without the attribution
 * @param source who said it; the outlet when nothing is attributed
 * @param cue the attribution cue, or null for narration
 * @param channel where the source said it when the text says so ("the state run Iraq News agency"), or null
 * @param quote direct, indirect, mixed or narration
 * @param hedge the words that make it no firm claim ("it was not clear whether", "claimed"), or null
 * @param sentence index of the sentence it starts in
 * @param tokens the tokens of the content
 */
public record Statement(String id, String articleId, String outlet, LocalDate published, Span span, String text,
    Source source, Cue cue, String channel, QuoteType quote, String hedge, int sentence, List<Token> tokens) {

  public Statement {
    checkArgument(id != null && !id.isBlank(), "statement id is blank");
    checkArgument(span != null && text != null && source != null && quote != null,
        "statement %s lacks span, text, source or quote type", id);
    tokens = List.copyOf(tokens);
  }

  public Optional<Cue> cueIfAny() {
    return Optional.ofNullable(cue);
  }

  /** Whether the statement is a firm claim: not hedged and not weakened by its cue. */
  public boolean isClaim() {
    return hedge == null;
  }

  /** Whether the source denies the content ("X denied that ..."), so the claim is the content's opposite. */
  public boolean isDenial() {
    return cue != null && cue.effect() == CueStance.Effect.FLIP;
  }

  /** Whether the outlet says it in its own voice. */
  public boolean isNarration() {
    return quote == QuoteType.NARRATION;
  }
}
