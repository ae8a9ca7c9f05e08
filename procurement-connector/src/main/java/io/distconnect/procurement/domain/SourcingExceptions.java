package io.distconnect.procurement.domain;

import io.distconnect.contracts.event.SourcingExceptionRaised;
import io.distconnect.procurement.messaging.EventOutbox;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.Collectors;

/**
 * The one way a request becomes a sourcing exception: the exception record and the {@code
 * SourcingExceptionRaised} event are written in the caller's transaction, so the orchestrator hears
 * of every exception a buyer can list, and of none that was rolled back.
 */
@ApplicationScoped
public class SourcingExceptions {

  private final EventOutbox outbox;

  public SourcingExceptions(EventOutbox outbox) {
    this.outbox = outbox;
  }

  /**
   * Records the exception and queues its event. Must run inside an active Hibernate Reactive
   * transaction; the request's status is the caller's to set.
   *
   * @param detail what a buyer reads; a blank one is replaced by the reason's name because the
   *     event requires a text
   * @param purchaseOrderNumber the PO concerned, or null
   */
  public Uni<SourcingExceptionEntry> raise(
      ReplenishmentRequest r, SourcingFailure reason, String detail, String purchaseOrderNumber) {
    String text = detail == null || detail.isBlank() ? reason.name() : detail;
    SourcingExceptionEntry entry = SourcingExceptionEntry.of(r, reason, text, purchaseOrderNumber);
    Log.warnf(
        "Sourcing exception %s for request %s: %s",
        reason, r.requestId, text.lines().collect(Collectors.joining("; ")));
    return entry
        .<SourcingExceptionEntry>persist()
        .call(
            saved ->
                outbox.publish(
                    new SourcingExceptionRaised(
                        saved.requestId,
                        saved.caseId,
                        saved.itemId,
                        saved.locationId,
                        reason.toEventReason(),
                        saved.detail,
                        saved.purchaseOrderNumber,
                        saved.createdAt)));
  }
}
