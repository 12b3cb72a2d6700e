package org.gainsay.disagreement;

import java.util.List;
import java.util.Optional;

/**
 * The sources date the same event differently: "on Jan. 3" vs "on Jan. 5", with relative dates ("on Wednesday")
 * anchored to each article's publication date, so "Wednesday" in Thursday's paper and "Jan. 15" can agree. Dates of
 * counts ("as of Friday") are not event dates: numbers counted on different days are updates, not contradictions.
 */
public final class DateSignal implements Signal {
  @Override
  public Optional<Finding> compare(Claim a, Claim b) {
    Optional<Claim.DateRef> da = dateOfPredicate(a);
    Optional<Claim.DateRef> db = dateOfPredicate(b);
    if (da.isEmpty() || db.isEmpty() || da.get().date() == null || db.get().date() == null
        || da.get().date().equals(db.get().date()) || a.predicates().isEmpty() || b.predicates().isEmpty()) {
      return Optional.empty();
    }
    Evidence e = new Evidence(List.of(da.get().text()), List.of(da.get().span()), List.of(db.get().text()),
        List.of(db.get().span()));
    return Optional.of(new Finding(DisagreementKind.DATE_MISMATCH, 0.5, e, "different dates: '" + da.get().text()
        + "' (" + da.get().date() + ") vs '" + db.get().text() + "' (" + db.get().date() + ")"));
  }

  /** The first event date within a few words of one of the claim's predicates: the date of what it reports. */
  static Optional<Claim.DateRef> dateOfPredicate(Claim c) {
    for (Claim.DateRef d : c.dates()) {
      if (d.asOf()) {
        continue;
      }
      for (Claim.Predicate p : c.predicates()) {
        int gap = d.span().start() >= p.wordSpan().end() ? d.span().start() - p.wordSpan().end()
            : p.wordSpan().start() - d.span().end();
        if (gap <= 40) {
          return Optional.of(d);
        }
      }
    }
    return Optional.empty();
  }
}
