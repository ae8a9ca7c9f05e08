package io.distconnect.contracts.model;

import java.util.List;

/**
 * How likely two supplier records are the same company.
 *
 * @param score 0 (certainly different) .. 1 (certainly the same), rounded to 3 decimals
 * @param probableDuplicate {@code score >= SupplierDuplicateScorer.PROBABLE_DUPLICATE_THRESHOLD}
 * @param reasons the evidence, in words a data steward can check
 */
public record DuplicateAssessment(double score, boolean probableDuplicate, List<String> reasons) {

  public DuplicateAssessment {
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be within 0..1: " + score);
    }
    reasons = Checks.immutableList(reasons, "reasons");
  }
}
