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
 * One cXML OrderRequest on its way to a supplier. Written in the transaction that issues or amends
 * the PO, so a committed PO always reaches its supplier (or shows up as FAILED).
 */
@Entity
@Table(name = "supplier_delivery")
public class SupplierDelivery extends PanacheEntityBase {

  /** Where a delivery stands. */
  public enum Status {
    /** Waiting for its first attempt. */
    PENDING,
    /** An attempt failed; retried at {@link #nextAttemptAt}. */
    PARKED,
    /** The supplier answered 200. */
    DELIVERED,
    /** Attempt limit reached; a sourcing exception was recorded. */
    FAILED
  }

  @Id public UUID id;

  @Column(name = "po_number", nullable = false)
  public String purchaseOrderNumber;

  @Column(nullable = false)
  public int revision;

  @Column(name = "supplier_id", nullable = false)
  public String supplierId;

  /** The cXML payloadID, unique per document, which suppliers de-duplicate resends on. */
  @Column(name = "payload_id", nullable = false, unique = true)
  public String payloadId;

  @Column(nullable = false, columnDefinition = "TEXT")
  public String document;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status;

  @Column(nullable = false)
  public int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  public Instant nextAttemptAt;

  @Column(name = "last_error")
  public String lastError;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "delivered_at")
  public Instant deliveredAt;
}
