package org.gainsay.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gainsay.stance.StanceLabel;

/**
 * The Emergent data format (Ferreira &amp; Vlachos 2016): one row per article headline with {@code claimHeadline},
 * {@code articleHeadline}, {@code articleHeadlineStance} ({@code for}, {@code against}, {@code observing}) and
 * {@code claimId}. Stances map to {@link StanceLabel#AGREE}, {@link StanceLabel#DISAGREE} and
 * {@link StanceLabel#DISCUSS}.
 *
 * <pre>{@code
 * Emergent data = Emergent.load(Path.of("url-versions-2015-06-14-clean-train.csv"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param rows the labelled headlines in file order
 */
public record Emergent(List<Row> rows) {

  public Emergent {
    rows = List.copyOf(rows);
  }

  /**
   * One article headline toward a claim.
   *
   * @param claimId groups the rows of one claim (the claim headline when the file has no claimId column)
   * @param claim the claim headline
   * @param article the article headline
   * @param gold for = AGREE, against = DISAGREE, observing = DISCUSS
   */
  public record Row(String claimId, String claim, String article, StanceLabel gold) {}

  /**
   * Reads the file.
   *
   * @throws Fnc1.BadFileException when the file is missing, not CSV, lacks a column or has an unknown stance
   */
  public static Emergent load(Path file) throws Fnc1.BadFileException {
    Csv csv = Fnc1.read(file);
    Fnc1.need(file, csv, "claimHeadline", "articleHeadline", "articleHeadlineStance");
    boolean ids = csv.hasColumn("claimId");
    List<Row> rows = new ArrayList<>();
    for (Csv.Row r : csv.rows()) {
      String claim = r.get("claimHeadline");
      rows.add(new Row(ids ? r.get("claimId") : claim, claim, r.get("articleHeadline"),
          label(file, r.line(), r.get("articleHeadlineStance"))));
    }
    return new Emergent(rows);
  }

  /** The Emergent name of a label: for, against, observing. */
  public static String name(StanceLabel l) {
    switch (l) {
      case AGREE:
        return "for";
      case DISAGREE:
        return "against";
      default:
        return "observing";
    }
  }

  private static StanceLabel label(Path file, int line, String s) throws Fnc1.BadFileException {
    switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "for":
        return StanceLabel.AGREE;
      case "against":
        return StanceLabel.DISAGREE;
      case "observing":
        return StanceLabel.DISCUSS;
      default:
        throw new Fnc1.BadFileException(file + ":" + line + ": stance '" + s + "' is none of for, against, "
            + "observing");
    }
  }
}
