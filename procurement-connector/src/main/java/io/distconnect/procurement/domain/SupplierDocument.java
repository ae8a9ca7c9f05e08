package io.distconnect.procurement.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An inbound cXML document as received, with the status it was answered with. */
@Entity
@Table(name = "supplier_document")
public class SupplierDocument extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "payload_id")
  public String payloadId;

  @Column(name = "document_type")
  public String documentType;

  @Column(name = "supplier_id")
  public String supplierId;

  @Column(name = "po_number")
  public String purchaseOrderNumber;

  @Column(name = "status_code", nullable = false)
  public int statusCode;

  @Column(name = "status_text")
  public String statusText;

  @Column(nullable = false, columnDefinition = "TEXT")
  public String body;

  @Column(name = "received_at", nullable = false)
  public Instant receivedAt;
}
