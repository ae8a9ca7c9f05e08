package io.distconnect.planning.domain;

import io.distconnect.contracts.uom.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of validating one row. An accepted row carries its quantity in the item's base unit;
 * a rejected row carries its errors and, when the bucket could still be identified, its key, so the
 * bucket keeps its previous value instead of looking dropped.
 */
public record ValidatedRow(
    long line,
    String itemId,
    String locationId,
    LocalDate periodStart,
    LocalDate periodEnd,
    BigDecimal quantity,
    UnitOfMeasure uom,
    String category,
    List<RowError> errors) {

  public boolean accepted() {
    return errors.isEmpty();
  }

  /** True when item, location and period start are known, accepted or not. */
  public boolean hasBucket() {
    return itemId != null && locationId != null && periodStart != null;
  }
}
