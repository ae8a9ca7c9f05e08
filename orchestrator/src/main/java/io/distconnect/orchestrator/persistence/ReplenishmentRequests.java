package io.distconnect.orchestrator.persistence;

import io.distconnect.contracts.event.ReplenishmentDecisionKind;
import io.distconnect.contracts.event.ReplenishmentRequested;
import io.distconnect.contracts.model.Money;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.orchestrator.domain.CaseState;
import io.distconnect.orchestrator.messaging.EventOutbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/**
 * Sends a decided case to procurement: {@code ReplenishmentRequested} through the outbox (so it
 * waits in Kafka while procurement is down) and the case to SOURCING, in one transaction.
 */
@ApplicationScoped
public class ReplenishmentRequests {

  private final EventOutbox outbox;
  private final CaseTransitions transitions;

  public ReplenishmentRequests(EventOutbox outbox, CaseTransitions transitions) {
    this.outbox = outbox;
    this.transitions = transitions;
  }

  public Uni<ReplenishmentCase> send(ReplenishmentCase c, RequestPlan plan, Cause cause) {
    c.requestId = "RQ-" + UUID.randomUUID();
    ReplenishmentDecisionKind kind = ReplenishmentDecisionKind.valueOf(plan.kind());
    ReplenishmentRequested request =
        new ReplenishmentRequested(
            c.requestId,
            c.id,
            c.itemId,
            c.locationId,
            new Quantity(plan.quantity(), UnitOfMeasure.parse(plan.uom())),
            plan.needByDate(),
            kind,
            kind.needsPurchaseOrder() ? plan.purchaseOrderNumber() : null,
            plan.estimatedValue() == null
                ? null
                : new Money(
                    plan.estimatedValue().setScale(2, RoundingMode.HALF_UP),
                    Currency.getInstance(plan.currency())),
            Instant.now());
    return outbox
        .publish(request)
        .flatMap(
            e ->
                transitions.move(
                    c,
                    CaseState.SOURCING,
                    cause,
                    kind
                        + " "
                        + plan.quantity().toPlainString()
                        + " "
                        + plan.uom()
                        + " by "
                        + plan.needByDate()));
  }
}
