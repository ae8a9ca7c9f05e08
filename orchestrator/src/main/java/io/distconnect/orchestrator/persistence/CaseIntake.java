package io.distconnect.orchestrator.persistence;

import io.distconnect.contracts.event.ForecastRevised;
import io.distconnect.orchestrator.config.PolicyResolver;
import io.distconnect.orchestrator.domain.CaseState;
import io.distconnect.orchestrator.domain.ExceptionType;
import io.distconnect.orchestrator.domain.ProcessDomain;
import io.distconnect.orchestrator.domain.ReplenishmentPolicy;
import io.distconnect.orchestrator.domain.RevisionStamp;
import io.distconnect.orchestrator.persistence.ForecastProfileRepository.StoredBucket;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Applies a {@code ForecastRevised} to the forecast profile and to the item@location's case, in the
 * consumer's transaction:
 *
 * <ul>
 *   <li>a revision older than what the profile holds for its period (redelivery, replay, a slow
 *       partition) is recorded on the case as STALE and changes nothing;
 *   <li>otherwise the period is updated and the open case — or a new one — is (re)started: a case
 *       that has not yet asked procurement for anything goes back to RECEIVED and decides again on
 *       the newer figures (the case keeps both revisions);
 *   <li>a case whose order is already in flight ({@link ReplenishmentCase#orderInFlight()}:
 *       SOURCING, PO_ISSUED, ERP_UPDATED, ACKNOWLEDGED, or parked/failed in its ERP update) is
 *       never restarted — that would drop the request or the ERP update under way. The revision is
 *       policy-checked on its own: an immaterial one is recorded (APPLIED, the profile is updated);
 *       a material one is recorded as DEFERRED and, when the case ends (COMPLETED, or CLOSED by a
 *       person), opens a <em>follow-up case</em> that decides on the then-current profile and the
 *       ERP's then-current stock, which includes the order just placed — so nothing is ordered
 *       twice and no revision is lost. Only the newest deferred revision opens it (the profile
 *       holds all of them); both cases link to each other;
 *   <li>then the policy check: blocked → EXCEPTION, immaterial → NO_ACTION with the reason,
 *       material → POLICY_CHECKED and queued for enrichment.
 * </ul>
 */
@ApplicationScoped
public class CaseIntake {

  static final List<CaseState> TERMINAL =
      List.of(CaseState.NO_ACTION, CaseState.COMPLETED, CaseState.CLOSED);

  private final ForecastProfileRepository profile;
  private final CaseTransitions transitions;
  private final ExceptionQueue exceptions;
  private final PolicyResolver policies;

  public CaseIntake(
      ForecastProfileRepository profile,
      CaseTransitions transitions,
      ExceptionQueue exceptions,
      PolicyResolver policies) {
    this.profile = profile;
    this.transitions = transitions;
    this.exceptions = exceptions;
    this.policies = policies;
  }

  /** Must run in a transaction, after the inbox claim. */
  public Uni<Void> apply(String eventId, ForecastRevised r) {
    RevisionStamp stamp = new RevisionStamp(r.planningCycleId(), r.version(), r.revisedAt());
    Cause cause =
        Cause.event(
            "ForecastRevised "
                + r.planningCycleId()
                + " v"
                + r.version()
                + " for "
                + r.periodStart(),
            eventId);
    return profile
        .lock(r.itemId(), r.locationId(), r.periodStart())
        .flatMap(
            existing -> {
              if (existing.isPresent() && !stamp.isNewerThan(existing.get().stamp())) {
                RevisionStamp held = existing.get().stamp();
                return recordStale(
                    eventId,
                    r,
                    "Older than "
                        + held.planningCycleId()
                        + " v"
                        + held.version()
                        + ", already applied");
              }
              StoredBucket bucket =
                  new StoredBucket(
                      r.periodStart(), r.periodEnd(), r.newQuantity(), r.uom().code(), stamp);
              return profile
                  .store(r.itemId(), r.locationId(), bucket, eventId)
                  .flatMap(v -> openCase(r.itemId(), r.locationId()))
                  .flatMap(c -> c == null ? open(eventId, r, cause) : update(c, eventId, r, cause));
            });
  }

  private Uni<ReplenishmentCase> openCase(String item, String location) {
    return ReplenishmentCase.<ReplenishmentCase>find(
            "itemId = ?1 and locationId = ?2 and state not in ?3", item, location, TERMINAL)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResult();
  }

  private Uni<Void> open(String eventId, ForecastRevised r, Cause cause) {
    return open(eventId, r, cause, null);
  }

  private Uni<Void> open(
      String eventId, ForecastRevised r, Cause cause, ReplenishmentCase followUpOf) {
    ReplenishmentCase c = new ReplenishmentCase();
    c.id = "RC-" + UUID.randomUUID();
    c.itemId = r.itemId();
    c.locationId = r.locationId();
    c.itemCategory = r.itemCategory();
    String note = null;
    if (followUpOf != null) {
      c.followUpOf = followUpOf.id;
      followUpOf.followUpCaseId = c.id;
      note = "Deferred on " + followUpOf.id + ", whose order was in flight when it arrived";
    }
    String revisionNote = note;
    return transitions
        .open(c, cause)
        .call(saved -> revision(saved, eventId, r, CaseRevision.APPLIED, revisionNote))
        .flatMap(saved -> checkPolicy(saved, r, cause));
  }

  /**
   * Opens the follow-up case for the revision deferred on a case that just ended (see the class
   * comment); nothing when none was deferred. Must run in the transaction that ended the case.
   */
  public Uni<Void> followUp(ReplenishmentCase ended) {
    String eventId = ended.deferredRevisionEvent;
    if (eventId == null || !ended.state.isTerminal()) {
      return Uni.createFrom().voidItem();
    }
    ended.deferredRevisionEvent = null;
    return CaseRevision.<CaseRevision>find(
            "caseId = ?1 and eventId = ?2 and outcome = ?3",
            ended.id,
            eventId,
            CaseRevision.DEFERRED)
        .firstResult()
        .flatMap(
            rev -> {
              if (rev == null) {
                Log.warnf("Deferred revision %s of case %s not found", eventId, ended.id);
                return Uni.createFrom().voidItem();
              }
              ForecastRevised r = rev.toEvent(ended.itemId, ended.locationId, ended.itemCategory);
              Cause cause =
                  Cause.event(
                      "Follow-up of "
                          + ended.id
                          + ": ForecastRevised "
                          + r.planningCycleId()
                          + " v"
                          + r.version()
                          + " for "
                          + r.periodStart(),
                      eventId);
              // The ended case must be terminal in the database before the new open case is
              // inserted (one open case per SKU-location); Hibernate would insert before updating.
              return Panache.flush().flatMap(v -> open(eventId, r, cause, ended));
            });
  }

  /** A revision for a case whose order is in flight: recorded, and deferred if material. */
  private Uni<Void> defer(ReplenishmentCase c, String eventId, ForecastRevised r, Cause cause) {
    ReplenishmentPolicy.Verdict verdict =
        policies
            .policy(r.itemCategory(), c.locationId)
            .check(
                r.itemId(),
                r.periodStart(),
                r.absoluteDelta(),
                r.relativeDelta(),
                LocalDate.now(ZoneOffset.UTC));
    if (verdict.outcome() == ReplenishmentPolicy.Outcome.NO_ACTION) {
      String note =
          "Order in flight ("
              + c.state
              + "); "
              + verdict.reason()
              + ": the forecast profile is updated, no follow-up";
      return revision(c, eventId, r, CaseRevision.APPLIED, note).replaceWithVoid();
    }
    String note =
        "Order in flight ("
            + c.state
            + "); a follow-up case decides on this revision when this case ends";
    c.deferredRevisionEvent = eventId;
    return revision(c, eventId, r, CaseRevision.DEFERRED, note)
        .flatMap(
            x ->
                transitions.note(
                    c, new Cause("Deferred: " + cause.description(), eventId, Cause.SYSTEM), note))
        .replaceWithVoid();
  }

  private Uni<Void> update(ReplenishmentCase c, String eventId, ForecastRevised r, Cause cause) {
    if (c.orderInFlight()) {
      return defer(c, eventId, r, cause);
    }
    String why = "superseded by ForecastRevised " + r.planningCycleId() + " v" + r.version();
    return transitions
        .move(
            c,
            CaseState.RECEIVED,
            new Cause("Superseded: " + cause.description(), eventId, Cause.SYSTEM))
        .call(x -> exceptions.supersede(c, why))
        .call(x -> revision(c, eventId, r, CaseRevision.SUPERSEDING, null))
        .flatMap(x -> checkPolicy(c, r, cause));
  }

  private Uni<Void> checkPolicy(ReplenishmentCase c, ForecastRevised r, Cause cause) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    c.itemCategory = r.itemCategory();
    c.revisionCycle = r.planningCycleId();
    c.revisionVersion = r.version();
    c.revisionAt = r.revisedAt();
    c.revisionCount++;
    ReplenishmentPolicy policy = policies.policy(c.itemCategory, c.locationId);
    ReplenishmentPolicy.Verdict verdict =
        policy.check(r.itemId(), r.periodStart(), r.absoluteDelta(), r.relativeDelta(), today);
    c.statusReason = verdict.reason();
    return switch (verdict.outcome()) {
      case BLOCKED -> {
        c.resumeState = CaseState.POLICY_CHECKED;
        yield transitions
            .move(c, CaseState.EXCEPTION, cause, verdict.reason())
            .flatMap(
                x ->
                    exceptions.raise(
                        ExceptionType.POLICY_BREACH,
                        ProcessDomain.PLANNING_DECISION,
                        c,
                        verdict.reason()))
            .replaceWithVoid();
      }
      case NO_ACTION -> {
        if (c.material) {
          // An earlier, material revision of this case is still undecided: decide on both.
          yield proceed(c, cause, "Re-deciding the earlier material revision; " + verdict.reason());
        }
        yield transitions.move(c, CaseState.NO_ACTION, cause, verdict.reason()).replaceWithVoid();
      }
      case PROCEED -> {
        c.material = true;
        yield proceed(c, cause, verdict.reason());
      }
    };
  }

  private Uni<Void> proceed(ReplenishmentCase c, Cause cause, String reason) {
    c.schedule(PendingAction.ENRICH, Instant.now());
    return transitions.move(c, CaseState.POLICY_CHECKED, cause, reason).replaceWithVoid();
  }

  private Uni<Void> recordStale(String eventId, ForecastRevised r, String note) {
    return ReplenishmentCase.<ReplenishmentCase>find(
            "itemId = ?1 and locationId = ?2 order by openedAt desc", r.itemId(), r.locationId())
        .firstResult()
        .flatMap(
            c -> {
              Log.infof(
                  "Stale revision %s for %s@%s: %s", eventId, r.itemId(), r.locationId(), note);
              return c == null
                  ? Uni.createFrom().voidItem()
                  : revision(c, eventId, r, CaseRevision.STALE, note).replaceWithVoid();
            });
  }

  private Uni<CaseRevision> revision(
      ReplenishmentCase c, String eventId, ForecastRevised r, String outcome, String note) {
    CaseRevision rev = new CaseRevision();
    rev.caseId = c.id;
    rev.eventId = eventId;
    rev.planningCycle = r.planningCycleId();
    rev.version = r.version();
    rev.periodStart = r.periodStart();
    rev.periodEnd = r.periodEnd();
    rev.uom = r.uom().code();
    rev.oldQuantity = r.oldQuantity();
    rev.newQuantity = r.newQuantity();
    rev.absoluteDelta = r.absoluteDelta();
    rev.relativeDelta = r.relativeDelta();
    rev.revisedAt = r.revisedAt();
    rev.receivedAt = Instant.now();
    rev.outcome = outcome;
    rev.note = note;
    return rev.persist();
  }
}
