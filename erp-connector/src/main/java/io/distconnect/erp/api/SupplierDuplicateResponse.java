package io.distconnect.erp.api;

import io.distconnect.erp.domain.SupplierService.DuplicatePair;
import java.util.List;

/**
 * Two supplier records that are probably one company, for a data steward to check.
 *
 * @param score 0..1 from the contracts' SupplierDuplicateScorer
 * @param reasons the evidence in words
 */
public record SupplierDuplicateResponse(
    Ref supplier, Ref candidate, double score, boolean probableDuplicate, List<String> reasons) {

  /** A supplier's id and name, enough to find it. */
  public record Ref(String id, String legalName, String taxId) {}

  static SupplierDuplicateResponse of(DuplicatePair pair) {
    return new SupplierDuplicateResponse(
        new Ref(pair.supplier().id(), pair.supplier().legalName(), pair.supplier().taxId()),
        new Ref(pair.candidate().id(), pair.candidate().legalName(), pair.candidate().taxId()),
        pair.assessment().score(),
        pair.assessment().probableDuplicate(),
        pair.assessment().reasons());
  }
}
