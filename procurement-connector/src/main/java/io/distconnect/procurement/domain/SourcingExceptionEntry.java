package io.distconnect.procurement.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A request procurement could not turn into a supplier order, kept so buyers can list it ({@code
 * GET /api/v1/sourcing-exceptions}); {@link SourcingExceptions} writes it together with the {@code
 * SourcingExceptionRaised} event that tells the orchestrator.
 */
@Entity
@Table(name = "sourcing_exception")
public class SourcingExceptionEntry extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "request_id", nullable = false)
  public String requestId;

  @Column(name = "case_id", nullable = false)
  public String caseId;

  @Column(name = "item_id", nullable = false)
  public String itemId;

  @Column(name = "location_id", nullable = false)
  public String locationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public SourcingFailure reason;

  @Column(nullable = false, columnDefinition = "TEXT")
  public String detail;

  /** The supplier PO concerned, when there is one (an amendment, a failed delivery). */
  @Column(name = "po_number")
  public String purchaseOrderNumber;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /** A new entry for a request. */
  public static SourcingExceptionEntry of(
      ReplenishmentRequest request,
      SourcingFailure reason,
      String detail,
      String purchaseOrderNumber) {
    SourcingExceptionEntry e = new SourcingExceptionEntry();
    e.id = UUID.randomUUID();
    e.requestId = request.requestId;
    e.caseId = request.caseId;
    e.itemId = request.itemId;
    e.locationId = request.locationId;
    e.reason = reason;
    e.detail = detail;
    e.purchaseOrderNumber = purchaseOrderNumber;
    e.createdAt = Instant.now();
    return e;
  }
}
