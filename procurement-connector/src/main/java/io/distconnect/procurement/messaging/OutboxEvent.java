package io.distconnect.procurement.messaging;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One event waiting in the transactional outbox; see {@link EventOutbox} and {@link OutboxRelay}.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long seq;

  @Column(nullable = false, unique = true)
  public UUID id;

  @Column(nullable = false)
  public String topic;

  @Column(name = "record_key")
  public String recordKey;

  @Column(nullable = false)
  public String type;

  public String subject;

  @Column(nullable = false, columnDefinition = "TEXT")
  public String payload;

  public String traceparent;

  public String tracestate;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(nullable = false)
  public int attempts;

  @Column(name = "published_at")
  public Instant publishedAt;
}
