package io.distconnect.procurement.adapter.embedded;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A ConfirmationRequest the simulated supplier owes, due at a time; answered (or given up) once.
 */
@Entity
@Table(name = "simulated_answer")
public class PendingAnswer extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "supplier_id", nullable = false)
  public String supplierId;

  @Column(name = "po_number", nullable = false)
  public String purchaseOrderNumber;

  @Column(nullable = false)
  public int revision;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public SimulatedAnswer answer;

  /** The cXML ConfirmationRequest, signed, as it will be sent. */
  @Column(nullable = false, columnDefinition = "TEXT")
  public String document;

  @Column(name = "due_at", nullable = false)
  public Instant dueAt;

  @Column(nullable = false)
  public int attempts;

  /** The cXML status the last try got back. */
  @Column(name = "last_code")
  public Integer lastCode;

  /** Set once the answer is accepted, refused for good, or given up after the attempt limit. */
  @Column(name = "answered_at")
  public Instant answeredAt;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  // Two replicas picking the same due answer: one commit wins, the other rolls back.
  @Version public long version;
}
