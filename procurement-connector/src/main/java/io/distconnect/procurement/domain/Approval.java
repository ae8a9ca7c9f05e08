package io.distconnect.procurement.domain;

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
import java.util.UUID;

/** A request above its buyer group's spend limit, waiting for (or decided by) a buyer. */
@Entity
@Table(name = "approval")
public class Approval extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "request_id", nullable = false, unique = true)
  public String requestId;

  @Column(name = "buyer_group", nullable = false)
  public String buyerGroup;

  @Column(nullable = false, precision = 19, scale = 4)
  public BigDecimal amount;

  @Column(nullable = false, columnDefinition = "bpchar(3)")
  public String currency;

  @Column(name = "spend_limit", nullable = false, precision = 19, scale = 4)
  public BigDecimal spendLimit;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ApprovalStatus status;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "escalated_at")
  public Instant escalatedAt;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @Column(name = "decided_by")
  public String decidedBy;

  public String comment;

  @Version public long version;
}
