package io.distconnect.procurement.messaging;

import io.distconnect.contracts.event.ReplenishmentRequested;
import io.distconnect.contracts.schema.EventSchemaValidator;
import io.distconnect.procurement.domain.ReplenishmentIntake;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Takes {@code ReplenishmentRequested} off {@code procurement.replenishment-requests.v1}. The inbox
 * claim and the effect commit together, so a redelivered event changes nothing. Transient failures
 * (database, network) are retried with backoff; poison goes to the dead-letter topic.
 */
@ApplicationScoped
public class ReplenishmentRequestConsumer {

  static final String CONSUMER = "replenishment-requests";

  private final Inbox inbox;
  private final ReplenishmentIntake intake;
  private final EventSchemaValidator validator = EventSchemaValidator.shared();

  public ReplenishmentRequestConsumer(Inbox inbox, ReplenishmentIntake intake) {
    this.inbox = inbox;
    this.intake = intake;
  }

  @Incoming("replenishment-requests")
  @Retry(maxRetries = 5, delay = 500, jitter = 250, abortOn = PoisonMessageException.class)
  public Uni<Void> consume(ConsumerRecord<String, String> record) {
    IncomingEvent event = IncomingEvent.parse(record, validator);
    ReplenishmentRequested request = event.payloadAs(ReplenishmentRequested.class);
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
                      return intake.accept(request, event.source()).replaceWithVoid();
                    }));
  }
}
