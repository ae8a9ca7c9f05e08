package io.distconnect.contracts.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores two supplier records as probable duplicates, e.g. the same company keyed once in the ERP
 * and once in the procurement platform.
 *
 * <p>Evidence, strongest first: a shared tax id or DUNS number identifies a legal entity, so either
 * alone scores at least 0.95. Otherwise the normalised names decide (up to 0.85 for equal names), a
 * tax id one typo away adds 0.10, and tax ids or DUNS numbers that plainly differ take 0.30 off
 * each — "Acme Corp" in the US and "Acme GmbH" in Germany share a name but are separate entities
 * (0.55, below the threshold). The result is a suggestion for a person, never an automatic merge.
 */
public final class SupplierDuplicateScorer {

  /** Scores at or above this are reported as probable duplicates. */
  public static final double PROBABLE_DUPLICATE_THRESHOLD = 0.8;

  private static final double IDENTIFIER_MATCH = 0.95;
  private static final double NAME_WEIGHT = 0.85;
  private static final double NEAR_TAX_ID_BONUS = 0.10;
  private static final double CONFLICT_PENALTY = 0.30;
  private static final double SECONDARY_CONFLICT_PENALTY = 0.15;

  private SupplierDuplicateScorer() {}

  public static DuplicateAssessment assess(Supplier a, Supplier b) {
    return assess(a.matchKey(), b.matchKey());
  }

  public static DuplicateAssessment assess(SupplierMatchKey a, SupplierMatchKey b) {
    List<String> reasons = new ArrayList<>();
    double nameSimilarity = StringSimilarity.jaroWinkler(a.name(), b.name());
    if (nameSimilarity == 1.0) {
      reasons.add("names match after normalisation ('" + a.name() + "')");
    } else {
      reasons.add(
          String.format(
              Locale.ROOT,
              "name similarity %.2f ('%s' vs '%s')",
              nameSimilarity,
              a.name(),
              b.name()));
    }
    boolean sameTaxId = a.sameTaxId(b);
    boolean nearTaxId =
        !sameTaxId
            && a.sameTaxCountry(b)
            && a.taxNumber().length() >= 5
            && StringSimilarity.editDistance(a.taxNumber(), b.taxNumber()) == 1;
    boolean bothDuns = a.duns() != null && b.duns() != null;
    boolean sameDuns = bothDuns && a.duns().equals(b.duns());
    boolean dunsConflict = bothDuns && !sameDuns;

    double score;
    if (sameTaxId || sameDuns) {
      score = IDENTIFIER_MATCH + (1 - IDENTIFIER_MATCH) * nameSimilarity;
      if (sameTaxId) {
        reasons.add("same tax id (" + a.taxNumber() + ")");
      }
      if (sameDuns) {
        reasons.add("same DUNS (" + a.duns() + ")");
      }
      if (!sameTaxId) {
        score -= SECONDARY_CONFLICT_PENALTY;
        reasons.add("tax ids differ");
      }
      if (dunsConflict) {
        score -= SECONDARY_CONFLICT_PENALTY;
        reasons.add("DUNS numbers differ");
      }
    } else {
      score = NAME_WEIGHT * nameSimilarity;
      if (nearTaxId) {
        score += NEAR_TAX_ID_BONUS;
        reasons.add("tax ids differ by one character (likely a typo)");
      } else {
        score -= CONFLICT_PENALTY;
        reasons.add("tax ids differ");
      }
      if (dunsConflict) {
        score -= CONFLICT_PENALTY;
        reasons.add("DUNS numbers differ");
      }
    }
    double rounded = Math.round(Math.max(0.0, Math.min(1.0, score)) * 1000) / 1000.0;
    return new DuplicateAssessment(
        rounded, rounded >= PROBABLE_DUPLICATE_THRESHOLD, List.copyOf(reasons));
  }
}
