package io.distconnect.contracts.model;

/**
 * The normalised identity of a supplier for duplicate detection. Two records with the same key are
 * the same company for certain; close keys are scored by {@link SupplierDuplicateScorer}. A key can
 * also be stored and indexed to find candidates cheaply (by name or tax number).
 *
 * @param name normalised name (see {@link SupplierNormalization#name})
 * @param taxCountry the tax id's country prefix, or null when it had none
 * @param taxNumber the tax id without formatting and prefix
 * @param duns 9 DUNS digits, or null
 */
public record SupplierMatchKey(String name, String taxCountry, String taxNumber, String duns) {

  public SupplierMatchKey {
    Checks.requireNonBlank(name, "normalised name");
    Checks.requireNonBlank(taxNumber, "normalised tax number");
  }

  public static SupplierMatchKey of(Supplier supplier) {
    return new SupplierMatchKey(
        SupplierNormalization.name(supplier.legalName()),
        SupplierNormalization.taxCountry(supplier.taxId()).orElse(null),
        SupplierNormalization.taxNumber(supplier.taxId()),
        supplier.duns() == null ? null : SupplierNormalization.duns(supplier.duns()).orElse(null));
  }

  /**
   * Same tax number, and the same country where both say which: "DE123456789" matches "123456789"
   * but not "FR123456789".
   */
  public boolean sameTaxId(SupplierMatchKey other) {
    return taxNumber.equals(other.taxNumber) && sameTaxCountry(other);
  }

  /** True unless both tax ids name a country and the countries differ. */
  public boolean sameTaxCountry(SupplierMatchKey other) {
    return taxCountry == null || other.taxCountry == null || taxCountry.equals(other.taxCountry);
  }
}
