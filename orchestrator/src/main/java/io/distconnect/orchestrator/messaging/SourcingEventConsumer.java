package io.distconnect.orchestrator.messaging;

import io.distconnect.contracts.event.ApprovalEscalated;
import io.distconnect.contracts.event.SourcingExceptionRaised;
import io.distconnect.contracts.schema.EventSchemaValidator;
import io.distconnect.orchestrator.persistence.SourcingOutcomes;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What procurement reports about requests it could not fulfil ({@code
 * procurement.sourcing-events.v1}, keyed item@location): sourcing exceptions and approval
 * escalations. Inbox claim and effect commit together; poison goes to {@code
 * procurement.sourcing-events.v1.dlq.orchestrator}.
 */
@ApplicationScoped
public class SourcingEventConsumer {

  static final String CONSUMER = "procurement-sourcing-events";

  private final Inbox inbox;
  private final SourcingOutcomes outcomes;
  private final EventSchemaValidator validator = EventSchemaValidator.shared();

  public SourcingEventConsumer(Inbox inbox, SourcingOutcomes outcomes) {
    this.inbox = inbox;
    this.outcomes = outcomes;
  }

  @Incoming("procurement-sourcing-events")
  @Retry(maxRetries = 5, delay = 500, jitter = 250, abortOn = PoisonMessageException.class)
  public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
    IncomingEvent event = IncomingEvent.parse(record, validator);
    return Panache.withTransaction(
        () ->
            inbox
                .claim(CONSUMER, event.id())
                .flatMap(
                    first -> {
                      if (!first) {
                        Log.debugf("Event %s was applied already; skipped", event.id());
                        return Uni.createFrom().voidItem();
                      }
                      return apply(event);
                    }));
  }

  private Uni<Void> apply(IncomingEvent event) {
    if (event.payload() instanceof SourcingExceptionRaised raised) {
      return outcomes.sourcingFailed(event.id(), raised);
    }
    if (event.payload() instanceof ApprovalEscalated escalated) {
      return outcomes.approvalEscalated(event.id(), escalated);
    }
    return Uni.createFrom()
        .failure(
            new PoisonMessageException(
                event.type().eventName() + " does not belong on the sourcing-events topic"));
  }
}
