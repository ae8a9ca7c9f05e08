package io.distconnect.procurement.domain;

import io.distconnect.contracts.event.ReplenishmentDecisionKind;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A request to buy, amend or expedite, as procurement received it. */
@Entity
@Table(name = "replenishment_request")
public class ReplenishmentRequest extends PanacheEntityBase {

  @Id
  @Column(name = "request_id")
  public String requestId;

  @Column(name = "case_id", nullable = false)
  public String caseId;

  @Column(name = "item_id", nullable = false)
  public String itemId;

  @Column(name = "location_id", nullable = false)
  public String locationId;

  @Column(nullable = false, precision = 19, scale = 6)
  public BigDecimal quantity;

  @Column(nullable = false)
  public String uom;

  @Column(name = "need_by_date", nullable = false)
  public LocalDate needByDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision_kind", nullable = false)
  public ReplenishmentDecisionKind decisionKind;

  @Column(name = "po_number")
  public String purchaseOrderNumber;

  @Column(name = "estimated_amount", precision = 19, scale = 4)
  public BigDecimal estimatedAmount;

  @Column(columnDefinition = "bpchar(3)")
  public String currency;

  @Column(name = "requested_at", nullable = false)
  public Instant requestedAt;

  @Column(name = "requested_by", nullable = false)
  public String requestedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ReplenishmentRequestStatus status;

  @Column(name = "received_at", nullable = false)
  public Instant receivedAt;

  /** Sourcing's choice (null until sourced). */
  @Column(name = "supplier_id")
  public String supplierId;

  @Column(name = "contract_id")
  public String contractId;

  /** The quantity ordered after conversion and MOQ/multiple rounding, in {@link #orderUom}. */
  @Column(name = "order_quantity", precision = 19, scale = 6)
  public BigDecimal orderQuantity;

  @Column(name = "order_uom")
  public String orderUom;

  @Column(name = "order_unit_price", precision = 19, scale = 6)
  public BigDecimal orderUnitPrice;

  /** The value routed for approval: the whole order, or what an amendment adds. */
  @Column(name = "order_value", precision = 19, scale = 4)
  public BigDecimal orderValue;

  @Column(name = "order_currency", columnDefinition = "bpchar(3)")
  public String orderCurrency;

  /** Why sourcing chose what it chose (or nothing), one line per contract considered. */
  @Column(name = "sourcing_reasons", columnDefinition = "TEXT")
  public String sourcingReasons;

  /** The PO issued or amended for the request. */
  @Column(name = "issued_po_number")
  public String issuedPurchaseOrderNumber;

  /** The W3C trace context the request arrived in; see {@link FlowTrace}. */
  public String traceparent;

  public String tracestate;

  @Version public long version;
}
