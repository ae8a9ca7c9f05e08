package io.distconnect.procurement.domain;

import io.distconnect.contracts.model.Money;
import io.distconnect.contracts.model.PurchaseOrder;
import io.distconnect.contracts.model.PurchaseOrderLine;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UnitOfMeasure;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** A supplier purchase order as procurement issued it, with its lines. */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrderEntity extends PanacheEntityBase {

  @Id public String number;

  @Column(name = "supplier_id", nullable = false)
  public String supplierId;

  @Column(name = "ship_to_location_id", nullable = false)
  public String shipToLocationId;

  @Column(nullable = false, columnDefinition = "bpchar(3)")
  public String currency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public PurchaseOrderStatus status;

  /** 1 when issued, +1 per amendment sent to the supplier. */
  @Column(nullable = false)
  public int revision;

  @Column(name = "case_id")
  public String caseId;

  @Column(name = "request_id")
  public String requestId;

  @Column(name = "issued_at", nullable = false)
  public Instant issuedAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  // Few lines per order and always needed together with the header: fetched with it.
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "purchase_order_line", joinColumns = @JoinColumn(name = "po_number"))
  public List<PurchaseOrderLineValue> lines = new ArrayList<>();

  @Version public long version;

  public Optional<PurchaseOrderLineValue> line(int lineNumber) {
    return lines.stream().filter(l -> l.lineNumber == lineNumber).findFirst();
  }

  public Optional<PurchaseOrderLineValue> lineForItem(String itemId) {
    return lines.stream().filter(l -> l.itemId.equals(itemId)).findFirst();
  }

  /** The canonical order; the model re-checks line numbers and currencies. */
  public PurchaseOrder toPurchaseOrder() {
    Currency cur = Currency.getInstance(currency);
    List<PurchaseOrderLine> canonical =
        lines.stream()
            .sorted(Comparator.comparingInt(l -> l.lineNumber))
            .map(
                l ->
                    new PurchaseOrderLine(
                        l.lineNumber,
                        l.itemId,
                        new Quantity(l.quantity, UnitOfMeasure.parse(l.uom)),
                        new Money(l.unitPrice, cur),
                        l.needByDate))
            .toList();
    return new PurchaseOrder(number, supplierId, shipToLocationId, cur, canonical, status);
  }
}
