package io.distconnect.erp.domain;

import io.distconnect.contracts.model.Money;
import io.distconnect.contracts.model.PurchaseOrder;
import io.distconnect.contracts.model.PurchaseOrderLine;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.contracts.model.Quantity;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** A purchase order of the embedded ERP with its lines. */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrderEntity extends PanacheEntityBase {

  @Id public String number;

  @Column(name = "supplier_id", nullable = false)
  public String supplierId;

  @Column(name = "ship_to_location_id", nullable = false)
  public String shipToLocationId;

  @Column(nullable = false)
  public String currency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public PurchaseOrderStatus status;

  @Column(name = "external_reference")
  public String externalReference;

  @Column(name = "case_id")
  public String caseId;

  /** 1 when created, +1 per amendment (status changes keep it), like procurement's revisions. */
  @Column(nullable = false)
  public int revision;

  @Column(name = "last_reason")
  public String lastReason;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version public long version;

  // Lines are always needed with their order (events carry all of them), so they load eagerly.
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "purchase_order_line", joinColumns = @JoinColumn(name = "po_number"))
  @OrderBy("lineNumber")
  public List<PurchaseOrderLineEntity> lines = new ArrayList<>();

  public Optional<PurchaseOrderLineEntity> line(int lineNumber) {
    return lines.stream().filter(l -> l.lineNumber == lineNumber).findFirst();
  }

  public boolean fullyReceived() {
    return lines.stream().allMatch(l -> l.openQuantity().signum() == 0);
  }

  /** The canonical order, as events carry it. */
  public PurchaseOrder toModel() {
    Currency money = Currency.getInstance(currency);
    List<PurchaseOrderLine> canonical =
        lines.stream()
            .map(
                l ->
                    new PurchaseOrderLine(
                        l.lineNumber,
                        l.itemId,
                        new Quantity(l.quantity, l.uom),
                        new Money(l.unitPrice, money),
                        l.needByDate))
            .toList();
    return new PurchaseOrder(number, supplierId, shipToLocationId, money, canonical, status);
  }
}
