package io.distconnect.erp.domain;

import io.distconnect.contracts.uom.UnitOfMeasure;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of an embedded-ERP purchase order. The quantity and price stay in the order unit the
 * supplier was given (like SAP's order unit); stock figures use the item's base unit, converted
 * exactly when the line is booked.
 */
@Embeddable
public class PurchaseOrderLineEntity {

  @Column(name = "line_number", nullable = false)
  public int lineNumber;

  @Column(name = "item_id", nullable = false)
  public String itemId;

  @Column(nullable = false)
  public BigDecimal quantity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public UnitOfMeasure uom;

  @Column(name = "unit_price", nullable = false)
  public BigDecimal unitPrice;

  @Column(name = "need_by_date", nullable = false)
  public LocalDate needByDate;

  @Column(name = "received_quantity", nullable = false)
  public BigDecimal receivedQuantity = BigDecimal.ZERO;

  /** Ordered minus received, in the order unit; never negative. */
  public BigDecimal openQuantity() {
    return quantity.subtract(receivedQuantity).max(BigDecimal.ZERO);
  }
}
