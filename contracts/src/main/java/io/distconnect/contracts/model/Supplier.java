package io.distconnect.contracts.model;

import java.util.List;

/**
 * A supplier (vendor) as the ERP and the procurement platform both know it. The same company is
 * often entered twice across platforms with different spellings, hence {@link #matchKey()} and
 * {@link SupplierDuplicateScorer}.
 *
 * @param id supplier number
 * @param legalName registered name as written by whoever entered it
 * @param taxId VAT / tax registration number, any formatting
 * @param duns optional (null) Dun &amp; Bradstreet number; 9 digits once dashes and blanks go
 * @param addresses zero or more addresses
 * @param status ACTIVE or BLOCKED
 */
public record Supplier(
    String id,
    String legalName,
    String taxId,
    String duns,
    List<Address> addresses,
    SupplierStatus status) {

  public Supplier {
    Checks.requireIdentifier(id, "supplier id");
    Checks.requireNonBlank(legalName, "legal name");
    if (SupplierNormalization.name(legalName).isEmpty()) {
      throw new IllegalArgumentException(
          "legal name has no letters or digits: '" + legalName + "'");
    }
    Checks.requireNonBlank(taxId, "tax id");
    if (SupplierNormalization.taxNumber(taxId).isEmpty()) {
      throw new IllegalArgumentException("tax id has no letters or digits: '" + taxId + "'");
    }
    if (duns != null && SupplierNormalization.duns(duns).isEmpty()) {
      throw new IllegalArgumentException("DUNS must be 9 digits: '" + duns + "'");
    }
    addresses = Checks.immutableList(addresses, "addresses");
    Checks.required(status, "supplier status");
  }

  /** The normalised name, tax id and DUNS that duplicate detection compares. */
  public SupplierMatchKey matchKey() {
    return SupplierMatchKey.of(this);
  }
}
