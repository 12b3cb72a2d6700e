package org.gainsay.statement;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.gainsay.text.AnalyzedText;
import org.gainsay.text.Sentence;
import org.gainsay.text.Span;
import org.gainsay.text.Token;

/**
 * The statement stage: segments an analysed article into statements and attributes each to its source, cue and
 * channel. Shapes it reads, each within a sentence: "X said (that) Y", "X told Z (that) Y", "Y, X said", "Y, said X",
 * "according to X, Y", "Y, according to X", "X said: Y", "X, a spokesman for Z, denied Y", "X has responded by saying
 * Y"; across sentences: quotes over several sentences or paragraphs, a paragraph that ends "X said:" before a quote,
 * and a quote that follows one attributed to a speaker. "he", "she", "they", a surname or "the officials" resolve to
 * the fullest earlier mention that they can stand for. Whatever is not attributed belongs to the outlet.
 *
 * <pre>{@code
 * StatementExtractor extractor = new StatementExtractor(CueLexicon.load());
 * List<Statement> statements = extractor.extract(analyzedText);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class StatementExtractor {
  private static final Set<String> RECIPIENT_CUES = ImmutableSet.of("tell", "inform", "assure", "ask", "urge",
      "warn", "remind");
  private static final Set<String> NEEDS_CLAUSE = ImmutableSet.of("show", "find", "conclude", "reveal",
      "indicate", "signal", "estimate", "recall", "agree", "feel", "hope", "fear", "worry", "expect", "add", "note",
      "report", "write", "explain", "answer", "respond", "reply", "post", "ask", "urge", "call", "describe", "cite",
      "continue", "charge", "promise", "threaten", "predict", "verify", "admit", "accuse", "complain", "observe");
  private static final Set<String> TIME_WORDS = ImmutableSet.of("late", "early", "last", "this", "next",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
      "morning", "afternoon", "evening", "night", "week", "month", "year", "earlier", "later", "weekend",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.");
  private static final Set<String> JOINERS = ImmutableSet.of("of", "for", "at", "from", "in", "with", "on", "to");
  private static final Set<String> MEDIA_WORDS = ImmutableSet.of("news", "agency", "times", "post", "journal",
      "reuters", "ap", "afp", "cnn", "bbc", "nbc", "cbs", "abc", "fox", "msnbc", "television", "tv", "radio",
      "newspaper", "network", "tribune", "herald", "guardian", "telegraph", "gazette", "press", "channel", "station",
      "twitter", "facebook", "instagram", "x", "magazine", "daily", "wire", "broadcaster", "outlet", "website",
      "podcast", "npr", "pbs", "politico", "axios", "bloomberg", "xinhua", "tass", "irna", "isna", "fars", "al",
      "jazeera", "sputnik", "rt");
  private static final Set<String> STOP_INTRO = ImmutableSet.of("however", "but", "and", "meanwhile", "still",
      "yet", "so", "also", "separately", "earlier", "later", "instead", "moreover", "furthermore", "nonetheless",
      "now", "then", "in", "on", "at", "after", "before", "during", "while", "when", "since", "as", "last", "this",
      "on", "speaking", "asked", "writing");
  private static final Set<String> HEDGE_WORDS = ImmutableSet.of("may", "might", "could", "reportedly",
      "possibly", "perhaps", "allegedly", "apparently", "purportedly", "supposedly", "likely", "unlikely",
      "probably", "unclear", "unconfirmed", "unverified", "rumored", "rumoured");

  /** How many of the sources seen last a pronoun, surname or description may refer back to. */
  static final int MAX_LOOKBACK = 64;

  private final CueLexicon cues;

  public StatementExtractor(CueLexicon cues) {
    this.cues = cues;
  }

  public CueLexicon cues() {
    return cues;
  }

  /** The statements of {@code text}, in text order; every sentence is covered by exactly one statement. */
  public List<Statement> extract(AnalyzedText text) {
    List<Span> quotes = Quotes.find(text.text());
    Article a = new Article(text, quotes);
    List<Statement> out = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      a.read(s, out);
    }
    return List.copyOf(out);
  }

  /** A frame: who said what with which cue, found in one sentence. Token indices are sentence-relative. */
  private record Frame(int srcFrom, int srcTo, int cueFrom, int cueTo, int contentFrom, int contentTo, int chanFrom,
      int chanTo, String description, boolean colonOnly) {}

  /** The per-article state: quotes, sources seen so far, the speaker a following quote belongs to. */
  private final class Article {
    private final AnalyzedText text;
    private final List<Span> quotes;
    private final List<Source> seen = new ArrayList<>();
    private Statement lastQuoted;
    private Source pendingColonSource;
    private Cue pendingColonCue;
    private String pendingColonChannel;

    Article(AnalyzedText text, List<Span> quotes) {
      this.text = text;
      this.quotes = quotes;
    }

    void read(Sentence s, List<Statement> out) {
      List<Token> tk = s.tokens();
      if (tk.isEmpty()) {
        return;
      }
      boolean[] inQuote = new boolean[tk.size()];
      for (int i = 0; i < tk.size(); i++) {
        inQuote[i] = quoted(tk.get(i));
      }
      Frame f = frame(tk, inQuote);
      String id = text.articleId() + "#" + out.size();
      if (f != null && f.colonOnly) {
        Source src = source(tk, f);
        pendingColonSource = src;
        pendingColonCue = cue(tk, f);
        pendingColonChannel = channel(tk, f);
        out.add(build(id, s, 0, tk.size(), Source.outlet(text.outlet()), null, null, QuoteType.NARRATION));
        return;
      }
      if (f != null) {
        Source src = source(tk, f);
        Cue cue = cue(tk, f);
        QuoteType q = quoteType(inQuote, f.contentFrom, f.contentTo);
        Statement st = build(id, s, f.contentFrom, f.contentTo, src, cue, channel(tk, f), q);
        out.add(st);
        lastQuoted = q == QuoteType.NARRATION ? null : st;
        pendingColonSource = null;
        return;
      }
      int quotedChars = 0;
      int chars = 0;
      for (int i = 0; i < tk.size(); i++) {
        if (!tk.get(i).isPunct()) {
          chars += tk.get(i).text().length();
          if (inQuote[i]) {
            quotedChars += tk.get(i).text().length();
          }
        }
      }
      boolean mostlyQuoted = chars > 0 && quotedChars * 2 >= chars && countWords(tk, inQuote) >= 3;
      if (mostlyQuoted) {
        Source src;
        Cue cue = null;
        String channel = null;
        if (pendingColonSource != null) {
          src = pendingColonSource;
          cue = pendingColonCue;
          channel = pendingColonChannel;
        } else if (lastQuoted != null && s.paragraph() - sentenceParagraph(lastQuoted) <= 1) {
          src = lastQuoted.source();
          cue = lastQuoted.cue();
          channel = lastQuoted.channel();
        } else {
          src = new Source("unidentified speaker", SourceKind.ANONYMOUS, "", null, null, null, null, null);
        }
        int from = 0;
        int to = tk.size();
        Statement st = build(id, s, from, to, src, cue, channel, QuoteType.DIRECT);
        out.add(st);
        if (src.kind() != SourceKind.ANONYMOUS || !src.name().equals("unidentified speaker")) {
          lastQuoted = st;
        }
        return;
      }
      pendingColonSource = null;
      lastQuoted = null;
      out.add(build(id, s, 0, tk.size(), Source.outlet(text.outlet()), null, null, QuoteType.NARRATION));
    }

    private int sentenceParagraph(Statement st) {
      return text.sentences().get(st.sentence()).paragraph();
    }

    private int countWords(List<Token> tk, boolean[] inQuote) {
      int n = 0;
      for (int i = 0; i < tk.size(); i++) {
        if (inQuote[i] && !tk.get(i).isPunct()) {
          n++;
        }
      }
      return n;
    }

    /** Whether {@code t} lies inside a quote: a binary search, as quotes are sorted and do not overlap. */
    private boolean quoted(Token t) {
      int lo = 0;
      int hi = quotes.size() - 1;
      int last = -1; // the last quote that starts at or before the token
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (quotes.get(mid).start() <= t.start()) {
          last = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return last >= 0 && t.end() <= quotes.get(last).end();
    }

    private Statement build(String id, Sentence s, int from, int to, Source src, Cue cue, String channel,
        QuoteType q) {
      List<Token> tk = s.tokens();
      // trim punctuation and quote marks at both ends of the content
      while (from < to - 1 && trimmable(tk.get(from))) {
        from++;
      }
      while (to > from + 1 && trimmable(tk.get(to - 1))) {
        to--;
      }
      List<Token> content = tk.subList(from, to);
      Span span = new Span(content.get(0).start(), content.get(content.size() - 1).end());
      String hedge = hedge(content, cue);
      return new Statement(id, text.articleId(), text.outlet(), text.published(), span, text.covered(span), src, cue,
          channel, q, hedge, s.index(), content);
    }

    private boolean trimmable(Token t) {
      return t.isPunct() || t.text().chars().allMatch(c -> Quotes.isMark((char) c) || c == '\'' || c == '‘'
          || c == '’');
    }

    // ---------------------------------------------------------------- frames

    private Frame frame(List<Token> tk, boolean[] inQuote) {
      Frame according = according(tk, inQuote);
      for (int c = 0; c < tk.size(); c++) {
        Token t = tk.get(c);
        if (inQuote[c] || !(t.isVerb() || (t.is("AUX") && t.lemma().equals("say"))) || !cues.contains(t.lemma())) {
          continue;
        }
        if (according != null && according.cueFrom < c) {
          return according;
        }
        Frame f = frameAt(tk, inQuote, c);
        if (f != null) {
          return f;
        }
      }
      return according;
    }

    private Frame according(List<Token> tk, boolean[] inQuote) {
      for (int i = 0; i + 2 < tk.size(); i++) {
        if (!inQuote[i] && tk.get(i).lower().equals("according") && tk.get(i + 1).lower().equals("to")) {
          int npFrom = i + 2;
          int npTo = npForward(tk, npFrom, true);
          if (npTo <= npFrom) {
            return null;
          }
          int introEnd = introEnd(tk);
          if (i <= introEnd) {
            // "According to X, Y."
            int contentFrom = npTo;
            while (contentFrom < tk.size() && tk.get(contentFrom).isPunct()) {
              contentFrom++;
            }
            if (words(tk, contentFrom, tk.size()) < 2) {
              return null;
            }
            return new Frame(npFrom, npTo, i, i + 2, contentFrom, tk.size(), -1, -1, null, false);
          }
          // "Y, according to X."
          if (words(tk, 0, i) < 2) {
            return null;
          }
          return new Frame(npFrom, npTo, i, i + 2, 0, i, -1, -1, null, false);
        }
      }
      return null;
    }

    /** Tries to read an attribution around the cue verb at {@code c}. */
    private Frame frameAt(List<Token> tk, boolean[] inQuote, int c) {
      String lemma = tk.get(c).lemma();
      int n = tk.size();
      // what follows the cue: recipient, adjuncts, "that" or ":"
      int after = c + 1;
      int chanFrom = -1;
      int chanTo = -1;
      if (RECIPIENT_CUES.contains(lemma) && after < n && !inQuote[after] && !tk.get(after).lower().equals("that")) {
        int r = recipientEnd(tk, after);
        if (r > after) {
          if (isMedia(tk, after, r)) {
            chanFrom = after;
            chanTo = r;
          }
          after = r;
        }
      }
      int[] chan = channelAdjunct(tk, after);
      if (chan != null) {
        if (chanFrom < 0) {
          chanFrom = chan[1];
          chanTo = chan[2];
        }
        after = chan[0];
      }
      int thatAt = -1;
      for (int i = after; i < Math.min(n, after + 8); i++) {
        String w = tk.get(i).lower();
        if (w.equals("that") && (i == after || !tk.get(i - 1).isNounLike()) && !inQuote[i]) {
          thatAt = i;
          break;
        }
        if (tk.get(i).isVerb() || tk.get(i).is("AUX") || inQuote[i] || w.equals(":") || w.equals(",")) {
          break;
        }
      }
      int forwardFrom;
      boolean colon = false;
      if (thatAt >= 0) {
        forwardFrom = thatAt + 1;
      } else {
        forwardFrom = after;
        while (forwardFrom < n && (tk.get(forwardFrom).lower().equals(":") || tk.get(forwardFrom).lower().equals(",")
            || tk.get(forwardFrom).is("ADV") && !inQuote[forwardFrom])) {
          colon |= tk.get(forwardFrom).lower().equals(":");
          forwardFrom++;
        }
      }
      boolean forwardClause = thatAt >= 0 || colon || hasClause(tk, inQuote, forwardFrom, n);
      if (NEEDS_CLAUSE.contains(lemma) && thatAt < 0 && !colon && !startsQuote(inQuote, forwardFrom)) {
        forwardClause = false;
      }
      // the source
      int[] inverted = inverted(tk, c);
      if (inverted != null) {
        // "Y," said X.
        int contentTo = contentEndBefore(tk, c);
        if (words(tk, 0, contentTo) >= 2) {
          return new Frame(inverted[0], inverted[1], c, c + 1, 0, contentTo, chanFrom, chanTo, null, false);
        }
        return null;
      }
      int[] subject = subject(tk, inQuote, c);
      if (subject == null) {
        return null;
      }
      String description = subject.length > 2 && subject[2] >= 0
          ? join(tk, subject[2], subject[3]) : null;
      if (forwardClause && words(tk, forwardFrom, n) >= 2) {
        return new Frame(subject[0], subject[1], c, c + 1, forwardFrom, n, chanFrom, chanTo, description, false);
      }
      if (colon && words(tk, forwardFrom, n) == 0) {
        return new Frame(subject[0], subject[1], c, c + 1, n, n, chanFrom, chanTo, description, true);
      }
      // "Y, X said." : the content is before the source
      if (!forwardClause && subject[0] > 0 && words(tk, after, n) <= 4) {
        int contentTo = contentEndBefore(tk, subject[0]);
        if (contentTo < subject[0] && words(tk, 0, contentTo) >= 3) {
          return new Frame(subject[0], subject[1], c, c + 1, 0, contentTo, chanFrom, chanTo, description, false);
        }
      }
      return null;
    }

    private boolean startsQuote(boolean[] inQuote, int i) {
      return i < inQuote.length && (inQuote[i] || i + 1 < inQuote.length && inQuote[i + 1]);
    }

    /** End (exclusive) of the content before token {@code i}: back over a comma, dash or closing quote. */
    private int contentEndBefore(List<Token> tk, int i) {
      int j = i;
      while (j > 0 && (tk.get(j - 1).isPunct() || trimmable(tk.get(j - 1)))) {
        j--;
      }
      return j < i ? j : i;
    }

    /** "Y," said X / "Y," says the official: the source after the cue. Returns {from, to} or null. */
    private int[] inverted(List<Token> tk, int c) {
      if (c == 0) {
        return null;
      }
      Token prev = tk.get(c - 1);
      if (!(prev.isPunct() || trimmable(prev))) {
        return null;
      }
      int from = c + 1;
      if (from >= tk.size() || !npToken(tk.get(from)) || tk.get(from).is("ADJ") && from + 1 == tk.size()) {
        return null;
      }
      int to = npForward(tk, from, true);
      if (to <= from) {
        return null;
      }
      if (to < tk.size() && !tk.get(to).isPunct()) {
        return null;
      }
      return new int[] {from, to};
    }

    /**
     * The subject of the cue at {@code c}: {from, to, descFrom, descTo}. Reads left over adverbs and auxiliaries; over
     * an apposition or relative clause set off by commas it takes the noun phrase that opens the clause.
     */
    private int[] subject(List<Token> tk, boolean[] inQuote, int c) {
      int j = c - 1;
      while (j >= 0 && (tk.get(j).is("ADV") || tk.get(j).is("AUX") || tk.get(j).lower().equals("not")
          || tk.get(j).lower().equals("n't"))) {
        j--;
      }
      if (j < 0) {
        return null;
      }
      Token t = tk.get(j);
      if (inQuote[j] && !t.isPunct()) {
        return null;
      }
      if (npToken(t) && !t.is("ADJ")) {
        int k = npBackward(tk, inQuote, j);
        List<Token> np = tk.subList(k, j + 1);
        if (np.size() == 1 && RELATIVE.contains(t.lower())) {
          // "..., the spokesman, who said ..." : the antecedent before the comma
          int a = k - 1;
          while (a >= 0 && tk.get(a).isPunct()) {
            a--;
          }
          if (a >= 0 && npToken(tk.get(a))) {
            int ak = npBackward(tk, inQuote, a);
            return new int[] {ak, a + 1, -1, -1};
          }
          return null;
        }
        return new int[] {k, j + 1, -1, -1};
      }
      if (t.lower().equals(",") || t.lower().equals("—") || t.lower().equals("–") || t.lower().equals(")")) {
        int start = introEnd(tk);
        int to = npForward(tk, start, true);
        if (to > start && to < j && (tk.get(to).lower().equals(",") || tk.get(to).lower().equals("—")
            || tk.get(to).lower().equals("(") || tk.get(to).lower().equals("–"))) {
          return new int[] {start, to, to + 1, j};
        }
        return null;
      }
      // "X has responded by saying Y", "X went on to say Y"
      String w = tk.get(c).lower();
      if (w.endsWith("ing") || (c > 0 && tk.get(c - 1).lower().equals("to"))) {
        int start = introEnd(tk);
        int to = npForward(tk, start, true);
        if (to > start && to < c && (tk.get(to).is("AUX") || tk.get(to).isVerb())) {
          return new int[] {start, to, -1, -1};
        }
      }
      return null;
    }

    /** Index of the first token after introductory words ("However,", "But", "On Wednesday,"). */
    private int introEnd(List<Token> tk) {
      int i = 0;
      while (i < tk.size() && (trimmable(tk.get(i)))) {
        i++;
      }
      if (i < tk.size() && tk.get(i).is("CCONJ")) {
        i++;
      }
      if (i < tk.size() && STOP_INTRO.contains(tk.get(i).lower()) || i < tk.size() && tk.get(i).is("ADP")
          || i < tk.size() && tk.get(i).is("ADV") || i < tk.size() && tk.get(i).is("SCONJ")) {
        // an introductory phrase ends at the first comma within a few words
        for (int k = i; k < Math.min(tk.size(), i + 8); k++) {
          if (tk.get(k).lower().equals(",")) {
            return k + 1;
          }
          if (tk.get(k).isVerb()) {
            break;
          }
        }
      }
      return i;
    }

    private final Set<String> RELATIVE = ImmutableSet.of("who", "which", "that");

    private boolean npToken(Token t) {
      String tag = t.tag();
      return tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("PRON") || tag.equals("NUM")
          || tag.equals("ADJ") || tag.equals("DET") || (tag.equals("PART") && (t.lower().equals("'s")
          || t.lower().equals("’s"))) || t.text().equals("-") || (t.isCapitalized() && !t.isPunct()
          && !tag.equals("VERB") && !tag.equals("AUX") && !tag.equals("ADP") && !tag.equals("CCONJ")
          && !tag.equals("SCONJ"));
    }

    /** Walks left from {@code j} over a noun phrase (with of/for/at/from complements); returns its first index. */
    private int npBackward(List<Token> tk, boolean[] inQuote, int j) {
      int k = j;
      while (k - 1 >= 0 && !inQuote[k - 1]) {
        Token p = tk.get(k - 1);
        if (p.is("PRON") && !tk.get(k).is("PART") && !(p.lower().equals("his") || p.lower().equals("her")
            || p.lower().equals("its") || p.lower().equals("their"))) {
          break;
        }
        if (tk.get(k).is("PRON") && !tk.get(k).lower().matches("his|her|its|their")) {
          break;
        }
        if (npToken(p)) {
          k--;
        } else if (JOINERS.contains(p.lower()) && k - 2 >= 0 && npToken(tk.get(k - 2)) && !inQuote[k - 2]
            && (tk.get(k - 2).is("NOUN") || tk.get(k - 2).is("PROPN"))) {
          k -= 2;
        } else if (p.is("VERB") && (p.lower().equals("run") || p.lower().endsWith("ed")) && k - 2 >= 0
            && npToken(tk.get(k - 2)) && tk.get(k).isNounLike() && tk.get(k - 2).is("NOUN")) {
          k--; // "state run", "Iran-backed"
        } else {
          break;
        }
      }
      return k;
    }

    /** Walks right from {@code i} over a noun phrase; returns the index after it. */
    private int npForward(List<Token> tk, int i, boolean allowComplements) {
      int k = i;
      int n = tk.size();
      while (k < n) {
        Token t = tk.get(k);
        if (k > i && TIME_WORDS.contains(t.lower())) {
          break; // "told NBC News late Wednesday": the time is not part of the name
        }
        if (npToken(t) && !(t.is("PRON") && k > i && !t.lower().matches("his|her|its|their"))) {
          if (t.is("PRON") && k == i && !t.lower().matches("his|her|its|their")) {
            return k + 1;
          }
          k++;
        } else if (allowComplements && JOINERS.contains(t.lower()) && !t.lower().equals("to") && k > i
            && k + 1 < n && npToken(tk.get(k + 1)) && (tk.get(k - 1).is("NOUN") || tk.get(k - 1).is("PROPN"))) {
          k++;
        } else if (t.is("VERB") && (t.lower().equals("run") || t.lower().endsWith("-backed")) && k > i
            && k + 1 < n && tk.get(k + 1).isNounLike()) {
          k++;
        } else {
          break;
        }
      }
      // do not end on a joiner or determiner
      while (k > i && (JOINERS.contains(tk.get(k - 1).lower()) || tk.get(k - 1).is("DET"))) {
        k--;
      }
      return k;
    }

    /** The end of the recipient after "told": a noun phrase, or everything up to "that" within a few words. */
    private int recipientEnd(List<Token> tk, int i) {
      for (int k = i; k < Math.min(tk.size(), i + 10); k++) {
        if (tk.get(k).lower().equals("that")) {
          return k;
        }
        if (tk.get(k).isVerb() && !tk.get(k).lower().equals("run") && !tk.get(k).lower().endsWith("-run")
            || tk.get(k).is("AUX") || tk.get(k).lower().equals(",") || tk.get(k).lower().equals(":")) {
          break;
        }
      }
      return npForward(tk, i, true);
    }

    /** "in a statement", "in an interview with X", "on Twitter", "to reporters": {after, chanFrom, chanTo} or null. */
    private int[] channelAdjunct(List<Token> tk, int i) {
      int n = tk.size();
      if (i >= n) {
        return null;
      }
      String w = tk.get(i).lower();
      if (w.equals("in") || w.equals("on") || w.equals("to") || w.equals("at") || w.equals("via")
          || w.equals("during")) {
        int end = npForward(tk, i + 1, true);
        if (end > i + 1) {
          int cf = i + 1;
          int ct = end;
          // "in an interview with X": the channel is X
          for (int k = i + 1; k < end; k++) {
            if (tk.get(k).lower().equals("with") && k + 1 < end) {
              cf = k + 1;
            }
          }
          boolean media = isMedia(tk, cf, ct);
          return new int[] {end, media ? cf : -1, media ? ct : -1};
        }
      }
      return null;
    }

    private boolean isMedia(List<Token> tk, int from, int to) {
      boolean proper = false;
      boolean media = false;
      for (int k = from; k < to; k++) {
        Token t = tk.get(k);
        proper |= t.is("PROPN") || t.isCapitalized();
        media |= MEDIA_WORDS.contains(t.lower());
      }
      return media && (proper || to - from >= 2);
    }

    private boolean hasClause(List<Token> tk, boolean[] inQuote, int from, int to) {
      for (int k = from; k < to; k++) {
        if (tk.get(k).isVerb() || tk.get(k).is("AUX") || inQuote[k] && !tk.get(k).isPunct()) {
          return true;
        }
      }
      return false;
    }

    private int words(List<Token> tk, int from, int to) {
      int n = 0;
      for (int k = Math.max(0, from); k < Math.min(to, tk.size()); k++) {
        if (!tk.get(k).isPunct() && !trimmable(tk.get(k))) {
          n++;
        }
      }
      return n;
    }

    private String join(List<Token> tk, int from, int to) {
      if (from < 0 || to <= from) {
        return null;
      }
      Span span = new Span(tk.get(from).start(), tk.get(to - 1).end());
      return text.covered(span);
    }

    // ---------------------------------------------------------------- values

    private Cue cue(List<Token> tk, Frame f) {
      Span span = new Span(tk.get(f.cueFrom).start(), tk.get(f.cueTo - 1).end());
      String lemma = f.cueTo - f.cueFrom > 1 ? "according to" : tk.get(f.cueFrom).lemma();
      Optional<CueLexicon.Entry> e = cues.lookup(lemma);
      CueStance stance = e.map(CueLexicon.Entry::stance).orElse(CueStance.ASSERT);
      CueStance.Effect effect = e.map(CueLexicon.Entry::effect).orElse(CueStance.Effect.NONE);
      if (f.cueFrom > 0 && negated(tk, f.cueFrom) && stance == CueStance.ASSERT) {
        effect = CueStance.Effect.WEAKEN; // "did not say"
      }
      return new Cue(text.covered(span), span, lemma, stance, effect);
    }

    private boolean negated(List<Token> tk, int c) {
      for (int k = Math.max(0, c - 3); k < c; k++) {
        String w = tk.get(k).lower();
        if (w.equals("not") || w.equals("n't") || w.equals("never")) {
          return true;
        }
      }
      return false;
    }

    private String channel(List<Token> tk, Frame f) {
      if (f.chanFrom < 0) {
        return null;
      }
      return text.covered(new Span(tk.get(f.chanFrom).start(), tk.get(f.chanTo - 1).end()));
    }

    private Source source(List<Token> tk, Frame f) {
      List<Token> np = tk.subList(f.srcFrom, f.srcTo);
      np = withoutLeadingRole(np);
      Span span = new Span(np.get(0).start(), np.get(np.size() - 1).end());
      String mention = text.covered(span);
      Source resolved = resolve(np, mention, span, f.description);
      if (resolved != null) {
        return resolved;
      }
      SourceKind kind = SourceClassifier.kind(np);
      boolean pronoun = SourceClassifier.isPronoun(np);
      Source src = new Source(mention, kind, mention, span, f.description,
          pronoun ? null : SourceClassifier.count(np),
          pronoun ? null : SourceClassifier.affiliation(np, f.description),
          pronoun ? null : SourceClassifier.role(np));
      if (!pronoun) {
        seen.add(src);
      }
      return src;
    }

    /** "engineer Lena Fischer" names Lena Fischer: lower-case words before a name are her role, not her name. */
    private List<Token> withoutLeadingRole(List<Token> np) {
      int k = 0;
      while (k < np.size() && !np.get(k).isCapitalized() && (np.get(k).is("NOUN") || np.get(k).is("ADJ"))) {
        k++;
      }
      if (k == 0 || k >= np.size() || !np.get(k).is("PROPN")
          || !SourceClassifier.head(np).is("PROPN")) {
        return np;
      }
      return np.subList(k, np.size());
    }

    /**
     * The oldest index of {@link #seen} that a mention may refer back to: the last {@link #MAX_LOOKBACK} sources, so
     * that resolving costs constant time per mention however long the article is.
     */
    private int oldestCandidate() {
      return Math.max(0, seen.size() - MAX_LOOKBACK);
    }

    /** A pronoun, surname or definite description that stands for an earlier, fuller mention; or null. */
    private Source resolve(List<Token> np, String mention, Span span, String description) {
      String first = np.get(0).lower();
      if (SourceClassifier.isPronoun(np)) {
        boolean plural = first.equals("they") || first.equals("we");
        boolean it = first.equals("it");
        for (int i = seen.size() - 1; i >= oldestCandidate(); i--) {
          Source s = seen.get(i);
          boolean sPlural = s.count() != null ? s.count() > 1 : pluralName(s);
          boolean person = s.kind() == SourceKind.NAMED_PERSON || s.kind() == SourceKind.DESCRIBED_PERSON
              || s.kind() == SourceKind.ANONYMOUS;
          if (it && (s.kind() == SourceKind.ORGANIZATION || s.kind() == SourceKind.DOCUMENT)
              || plural && (sPlural || s.kind() == SourceKind.ORGANIZATION)
              || !plural && !it && person && !sPlural) {
            return s.referredToAs(mention, span);
          }
        }
        return null;
      }
      boolean allProper = np.stream().allMatch(t -> t.is("PROPN") || t.isPunct());
      if (allProper && np.size() <= 2) {
        // a surname: "Khalaf" -> "Gen. Abdulkarim Khalaf"
        String last = np.get(np.size() - 1).lower();
        for (int i = seen.size() - 1; i >= oldestCandidate(); i--) {
          Source s = seen.get(i);
          if (s.kind() == SourceKind.NAMED_PERSON && !s.name().equalsIgnoreCase(mention)
              && s.name().toLowerCase(Locale.ROOT).endsWith(" " + last)) {
            return s.referredToAs(mention, span);
          }
        }
        return null;
      }
      if (first.equals("the") || first.equals("these") || first.equals("those") || first.equals("this")) {
        // "the officials" -> "two American military officials"; "the spokesman" -> "Gen. X, a spokesman for Y"
        Token head = SourceClassifier.head(np);
        if (!head.is("NOUN")) {
          return null;
        }
        String lemma = head.lemma();
        for (int i = seen.size() - 1; i >= oldestCandidate(); i--) {
          Source s = seen.get(i);
          String role = s.role() == null ? "" : s.role().toLowerCase(Locale.ROOT);
          String desc = s.description() == null ? "" : s.description().toLowerCase(Locale.ROOT);
          if (containsWord(role, lemma) || containsWord(role, head.lower())
              || containsWord(desc, lemma) || containsWord(desc, head.lower())) {
            if (np.size() > 2 && s.kind() != SourceKind.NAMED_PERSON) {
              continue; // "the Iraqi officials" is its own description unless it names a person
            }
            return s.referredToAs(mention, span);
          }
        }
      }
      return null;
    }

    private boolean containsWord(String hay, String w) {
      if (w.isEmpty() || hay.isEmpty()) {
        return false;
      }
      for (String part : hay.split("[^\\p{L}\\p{N}]+")) {
        if (part.equals(w) || part.startsWith(w) && part.length() <= w.length() + 2) {
          return true;
        }
      }
      return false;
    }

    private boolean pluralName(Source s) {
      String n = s.name().toLowerCase(Locale.ROOT);
      String last = n.substring(n.lastIndexOf(' ') + 1);
      return s.kind() == SourceKind.DESCRIBED_PERSON && last.endsWith("s") && !last.endsWith("ss");
    }

    private QuoteType quoteType(boolean[] inQuote, int from, int to) {
      int q = 0;
      int all = 0;
      for (int k = from; k < to; k++) {
        all++;
        if (inQuote[k]) {
          q++;
        }
      }
      if (q == 0) {
        return QuoteType.INDIRECT;
      }
      return q >= all - 2 ? QuoteType.DIRECT : QuoteType.MIXED;
    }

    private String hedge(List<Token> content, Cue cue) {
      if (cue != null && cue.effect() == CueStance.Effect.WEAKEN) {
        return cue.text();
      }
      for (int i = 0; i < content.size(); i++) {
        Token t = content.get(i);
        String w = t.lower();
        if ((w.equals("clear") || w.equals("known") || w.equals("certain")) && i > 0
            && (content.get(i - 1).lower().equals("not") || content.get(i - 1).lower().equals("n't"))
            && i + 1 < content.size() && content.get(i + 1).lower().matches("whether|if|how|why|when|what|who")) {
          return join(content, i - 1, i + 2);
        }
        if (w.equals("unclear") || w.equals("unknown") && i + 1 < content.size()
            && content.get(i + 1).lower().matches("whether|if|how|why|when|what|who")) {
          return w;
        }
        if (HEDGE_WORDS.contains(w) && (t.is("AUX") || t.is("ADV") || t.is("ADJ"))) {
          if ((w.equals("could") || w.equals("may")) && i + 1 < content.size()
              && content.get(i + 1).lower().equals("not")) {
            continue; // "could not" reports an inability, not a possibility
          }
          return t.text();
        }
        if (w.equals("no") && i + 1 < content.size() && content.get(i + 1).lower().equals("information")) {
          return "no information";
        }
      }
      return null;
    }

  }
}
