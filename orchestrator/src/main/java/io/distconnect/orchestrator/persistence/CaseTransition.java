package io.distconnect.orchestrator.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a case's audit trail. */
@Entity
@Table(name = "case_transition")
public class CaseTransition extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "case_id", nullable = false)
  public String caseId;

  @Column(name = "from_state")
  public String fromState;

  @Column(name = "to_state", nullable = false)
  public String toState;

  @Column(nullable = false)
  public Instant at;

  @Column(nullable = false)
  public String cause;

  @Column(name = "event_id")
  public String eventId;

  @Column(name = "trace_id")
  public String traceId;

  @Column(nullable = false)
  public String actor;

  @Column(columnDefinition = "TEXT")
  public String detail;
}
