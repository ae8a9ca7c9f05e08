package io.distconnect.orchestrator.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Audit row: who retried, resolved or replayed an exception, when, and why. */
@Entity
@Table(name = "exception_action")
public class ExceptionAction extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "exception_id", nullable = false)
  public String exceptionId;

  @Column(nullable = false)
  public String action;

  @Column(nullable = false)
  public String actor;

  @Column(nullable = false, columnDefinition = "TEXT")
  public String comment;

  @Column(nullable = false)
  public Instant at;

  @Column(name = "trace_id")
  public String traceId;
}
