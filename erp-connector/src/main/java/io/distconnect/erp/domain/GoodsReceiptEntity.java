package io.distconnect.erp.domain;

import io.distconnect.contracts.uom.UnitOfMeasure;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A posted goods receipt (material document) against a PO line; never changed afterwards. */
@Entity
@Table(name = "goods_receipt")
public class GoodsReceiptEntity extends PanacheEntityBase {

  @Id
  @Column(name = "receipt_id")
  public String receiptId;

  @Column(name = "po_number", nullable = false)
  public String purchaseOrderNumber;

  @Column(name = "line_number", nullable = false)
  public int lineNumber;

  @Column(name = "item_id", nullable = false)
  public String itemId;

  @Column(name = "location_id", nullable = false)
  public String locationId;

  /** In the PO line's order unit, converted exactly from what was posted. */
  @Column(nullable = false)
  public BigDecimal quantity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public UnitOfMeasure uom;

  @Column(name = "receipt_date", nullable = false)
  public LocalDate receiptDate;

  @Column(name = "posted_at", nullable = false)
  public Instant postedAt;
}
