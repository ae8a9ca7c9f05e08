package io.distconnect.procurement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of a {@link PurchaseOrderEntity}, in the supplier's order unit. */
@Embeddable
public class PurchaseOrderLineValue {

  @Column(name = "line_number", nullable = false)
  public int lineNumber;

  @Column(name = "item_id", nullable = false)
  public String itemId;

  /** The supplier's number for the item (our SKU until contracts carry a cross-reference). */
  @Column(name = "supplier_part_id", nullable = false)
  public String supplierPartId;

  @Column(nullable = false, precision = 19, scale = 6)
  public BigDecimal quantity;

  @Column(nullable = false)
  public String uom;

  @Column(name = "unit_price", nullable = false, precision = 19, scale = 6)
  public BigDecimal unitPrice;

  @Column(name = "need_by_date", nullable = false)
  public LocalDate needByDate;
}
