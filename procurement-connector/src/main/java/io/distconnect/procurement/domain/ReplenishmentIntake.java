package io.distconnect.procurement.domain;

import io.distconnect.contracts.event.ReplenishmentRequested;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Takes replenishment requests off the queue into procurement's records. */
@ApplicationScoped
public class ReplenishmentIntake {

  private final ProcurementFlow flow;

  public ReplenishmentIntake(ProcurementFlow flow) {
    this.flow = flow;
  }

  /**
   * Records a request and takes it through sourcing, approval routing and issuing. Runs in the
   * consumer's transaction, with its inbox claim; a request id that exists already (the same
   * request sent again under a new event id) is neither recorded nor processed twice.
   */
  @WithSpan
  public Uni<ReplenishmentRequest> accept(ReplenishmentRequested event, String requestedBy) {
    // Read now: this span is current while the method assembles its pipeline, not inside it.
    FlowTrace.Captured trace = FlowTrace.current();
    return ReplenishmentRequest.<ReplenishmentRequest>findById(event.requestId())
        .flatMap(
            existing -> {
              if (existing != null) {
                return Uni.createFrom().item(existing);
              }
              ReplenishmentRequest r = new ReplenishmentRequest();
              r.requestId = event.requestId();
              r.caseId = event.caseId();
              r.itemId = event.itemId();
              r.locationId = event.locationId();
              r.quantity = event.quantity().value();
              r.uom = event.quantity().uom().code();
              r.needByDate = event.needByDate();
              r.decisionKind = event.decisionKind();
              r.purchaseOrderNumber = event.purchaseOrderNumber();
              if (event.estimatedValue() != null) {
                r.estimatedAmount = event.estimatedValue().amount();
                r.currency = event.estimatedValue().currency().getCurrencyCode();
              }
              r.requestedAt = event.requestedAt();
              r.requestedBy = requestedBy == null ? "unknown" : requestedBy;
              r.status = ReplenishmentRequestStatus.RECEIVED;
              r.receivedAt = Instant.now();
              trace.applyTo(r);
              return r.<ReplenishmentRequest>persist().flatMap(flow::process);
            });
  }

  @WithSession
  public Uni<ReplenishmentRequest> get(String requestId) {
    return ReplenishmentRequest.<ReplenishmentRequest>findById(requestId)
        .onItem()
        .ifNull()
        .failWith(() -> new NotFoundException("No replenishment request " + requestId));
  }
}
