package io.distconnect.orchestrator.persistence;

import io.distconnect.contracts.event.ForecastRevised;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A forecast revision a case received, with what became of it. */
@Entity
@Table(name = "case_revision")
public class CaseRevision extends PanacheEntityBase {

  /** The revision was applied to the forecast profile. */
  public static final String APPLIED = "APPLIED";

  /** Applied, and it restarted a case that was still deciding on an older revision. */
  public static final String SUPERSEDING = "SUPERSEDING";

  /**
   * Applied to the profile while the case's order was in flight, and material: it opens a follow-up
   * case when this one ends.
   */
  public static final String DEFERRED = "DEFERRED";

  /** Older than what the profile already holds for its period: recorded, not applied. */
  public static final String STALE = "STALE";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "case_id", nullable = false)
  public String caseId;

  @Column(name = "event_id", nullable = false)
  public String eventId;

  @Column(name = "planning_cycle", nullable = false)
  public String planningCycle;

  @Column(nullable = false)
  public int version;

  @Column(name = "period_start", nullable = false)
  public LocalDate periodStart;

  @Column(name = "period_end", nullable = false)
  public LocalDate periodEnd;

  @Column(nullable = false)
  public String uom;

  @Column(name = "old_quantity", nullable = false, precision = 19, scale = 6)
  public BigDecimal oldQuantity;

  @Column(name = "new_quantity", nullable = false, precision = 19, scale = 6)
  public BigDecimal newQuantity;

  @Column(name = "absolute_delta", nullable = false, precision = 19, scale = 6)
  public BigDecimal absoluteDelta;

  @Column(name = "relative_delta", precision = 19, scale = 6)
  public BigDecimal relativeDelta;

  @Column(name = "revised_at", nullable = false)
  public Instant revisedAt;

  @Column(name = "received_at", nullable = false)
  public Instant receivedAt;

  @Column(nullable = false)
  public String outcome;

  @Column(columnDefinition = "TEXT")
  public String note;

  /** The event this row recorded, for deciding on it again later (a deferred revision). */
  public ForecastRevised toEvent(String itemId, String locationId, String itemCategory) {
    return new ForecastRevised(
        planningCycle,
        version,
        itemId,
        itemCategory,
        locationId,
        periodStart,
        periodEnd,
        UnitOfMeasure.parse(uom),
        oldQuantity,
        newQuantity,
        absoluteDelta,
        relativeDelta,
        revisedAt);
  }
}
