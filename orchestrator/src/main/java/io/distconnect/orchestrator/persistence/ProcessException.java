package io.distconnect.orchestrator.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An exception in the queue people work through; see {@code ExceptionType}. */
@Entity
@Table(name = "process_exception")
public class ProcessException extends PanacheEntityBase {

  public static final String OPEN = "OPEN";
  public static final String RETRIED = "RETRIED";
  public static final String REPLAYED = "REPLAYED";
  public static final String RESOLVED = "RESOLVED";

  @Id public String id;

  @Column(nullable = false)
  public String type;

  @Column(nullable = false)
  public String domain;

  @Column(name = "case_id")
  public String caseId;

  @Column(nullable = false)
  public String status;

  @Column(nullable = false, columnDefinition = "TEXT")
  public String reason;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Column(name = "resolved_at")
  public Instant resolvedAt;

  @Column(name = "resolved_by")
  public String resolvedBy;

  @Column(name = "source_topic")
  public String sourceTopic;

  @Column(name = "dlq_topic")
  public String dlqTopic;

  @Column(name = "dlq_partition")
  public Integer dlqPartition;

  @Column(name = "dlq_offset")
  public Long dlqOffset;

  @Column(name = "record_key")
  public String recordKey;

  @Column(name = "event_id")
  public String eventId;

  @Column(name = "event_type")
  public String eventType;

  @Column(columnDefinition = "TEXT")
  public String headers;

  /** A readable preview of the payload (NUL and invalid UTF-8 replaced); for people, not replay. */
  @Column(columnDefinition = "TEXT")
  public String payload;

  /** The dead-lettered payload byte for byte, which a replay sends back. */
  @Column(name = "payload_bytes")
  public byte[] payloadBytes;

  @Version public long version;
}
