package io.distconnect.orchestrator.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A line of an open ERP purchase order for the case's item, in the item's base unit.
 *
 * @param purchaseOrderNumber the ERP PO number
 * @param externalReference procurement's PO number (what procurement amends), if known
 * @param lineNumber the line
 * @param quantity ordered
 * @param remaining ordered − received
 * @param needByDate when it is due
 */
public record OpenOrderLine(
    String purchaseOrderNumber,
    String externalReference,
    int lineNumber,
    BigDecimal quantity,
    BigDecimal remaining,
    LocalDate needByDate) {

  /**
   * Whether procurement issued the order (the ERP holds procurement's number as its external
   * reference), so procurement can amend or expedite it. An order raised in the ERP itself has no
   * such number, and procurement does not know the ERP's.
   */
  public boolean procurementManaged() {
    return externalReference != null && !externalReference.isBlank();
  }

  /** The number procurement knows the order by; only for {@link #procurementManaged()} orders. */
  public String procurementNumber() {
    return externalReference;
  }
}
