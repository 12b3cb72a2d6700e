package org.gainsay.disagreement;

import com.google.common.collect.ImmutableMap;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gainsay.text.Span;
import org.gainsay.text.Token;

/**
 * Reads dates in a statement: "Jan. 3", "January 3, 2020", "3 January", "2020-01-03", and relative ones ("on
 * Wednesday", "yesterday", "today") anchored to the article's publication date: a weekday is the latest such day on or
 * before publication. "as of", "by", "through" and "until" before a date mark it as dating a count or a state.
 *
 * <p>Immutable and thread-safe.
 */
final class DateReader {
  private static final Map<String, Integer> MONTHS = ImmutableMap.<String, Integer>builder()
      .put("january", 1).put("jan.", 1).put("jan", 1).put("february", 2).put("feb.", 2).put("feb", 2)
      .put("march", 3).put("mar.", 3).put("april", 4).put("apr.", 4).put("may", 5).put("june", 6)
      .put("july", 7).put("august", 8).put("aug.", 8).put("september", 9).put("sept.", 9).put("sep.", 9)
      .put("october", 10).put("oct.", 10).put("november", 11).put("nov.", 11).put("december", 12).put("dec.", 12)
      .build();
  private static final Map<String, DayOfWeek> WEEKDAYS = ImmutableMap.<String, DayOfWeek>builder()
      .put("monday", DayOfWeek.MONDAY).put("tuesday", DayOfWeek.TUESDAY).put("wednesday", DayOfWeek.WEDNESDAY)
      .put("thursday", DayOfWeek.THURSDAY).put("friday", DayOfWeek.FRIDAY).put("saturday", DayOfWeek.SATURDAY)
      .put("sunday", DayOfWeek.SUNDAY).build();

  // compiled once: these run for every token of every statement
  private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("(st|nd|rd|th)$");
  private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{1,2}");
  static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(1[89]|20)\\d\\d");

  private DateReader() {}

  static List<Claim.DateRef> read(List<Token> tk, LocalDate published) {
    List<Claim.DateRef> out = new ArrayList<>();
    for (int i = 0; i < tk.size(); i++) {
      String w = tk.get(i).lower();
      int from = i;
      int to = -1;
      LocalDate date = null;
      Integer month = MONTHS.get(w);
      if (month != null && tk.get(i).isCapitalized() && i + 1 < tk.size() && day(tk.get(i + 1)) > 0) {
        // "Jan. 3", "January 3, 2020"
        int d = day(tk.get(i + 1));
        to = i + 2;
        Integer year = null;
        if (to + 1 < tk.size() && tk.get(to).lower().equals(",") && year(tk.get(to + 1)) > 0) {
          year = year(tk.get(to + 1));
          to += 2;
        }
        date = resolve(year, month, d, published);
      } else if (day(tk.get(i)) > 0 && i + 1 < tk.size() && MONTHS.containsKey(tk.get(i + 1).lower())
          && tk.get(i + 1).isCapitalized()) {
        // "3 January"
        to = i + 2;
        date = resolve(null, MONTHS.get(tk.get(i + 1).lower()), day(tk.get(i)), published);
      } else if (w.length() == 10 && ISO_DATE.matcher(w).matches()) {
        to = i + 1;
        try {
          date = LocalDate.parse(w);
        } catch (DateTimeException e) {
          to = -1;
        }
      } else if (WEEKDAYS.containsKey(w)) {
        to = i + 1;
        date = published == null ? null
            : published.with(TemporalAdjusters.previousOrSame(WEEKDAYS.get(w)));
      } else if (w.equals("yesterday") || w.equals("today")) {
        to = i + 1;
        date = published == null ? null : w.equals("today") ? published : published.minusDays(1);
      }
      if (to < 0) {
        continue;
      }
      boolean asOf = false;
      String b1 = i >= 1 ? tk.get(i - 1).lower() : "";
      String b2 = i >= 2 ? tk.get(i - 2).lower() : "";
      if (b1.equals("of") && b2.equals("as") || b1.equals("by") || b1.equals("through") || b1.equals("until")) {
        asOf = true;
        from = b1.equals("of") ? i - 2 : i - 1;
      } else if (b1.equals("on") || b1.equals("since") || b1.equals("late") || b1.equals("early")) {
        from = i - 1;
      }
      Span span = new Span(tk.get(from).start(), tk.get(to - 1).end());
      String text = Token.join(tk.subList(from, to));
      out.add(new Claim.DateRef(date, text, span, asOf));
      i = to - 1;
    }
    return out;
  }

  private static LocalDate resolve(Integer year, int month, int day, LocalDate published) {
    int y = year != null ? year : published != null ? published.getYear() : -1;
    if (y < 0) {
      return null;
    }
    try {
      LocalDate d = LocalDate.of(y, month, day);
      if (year == null && published != null && d.isAfter(published.plusDays(31))) {
        d = d.minusYears(1); // "Dec. 31" in an article of January is last year's
      }
      return d;
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int day(Token t) {
    if (t.text().isEmpty() || t.text().charAt(0) < '0' || t.text().charAt(0) > '9') {
      return -1; // no day; checked first as most tokens are words, and a regex replace is dear
    }
    String s = ORDINAL.matcher(t.text()).replaceAll("");
    if (!DAY.matcher(s).matches()) {
      return -1;
    }
    int d = Integer.parseInt(s);
    return d >= 1 && d <= 31 ? d : -1;
  }

  private static int year(Token t) {
    return YEAR.matcher(t.text()).matches() ? Integer.parseInt(t.text()) : -1;
  }
}
