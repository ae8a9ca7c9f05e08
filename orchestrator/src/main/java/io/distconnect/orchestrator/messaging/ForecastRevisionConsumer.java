package io.distconnect.orchestrator.messaging;

import io.distconnect.contracts.event.ForecastRevised;
import io.distconnect.contracts.schema.EventSchemaValidator;
import io.distconnect.orchestrator.persistence.CaseIntake;
import io.distconnect.orchestrator.persistence.CaseWorkQueue;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Takes {@code ForecastRevised} off {@code planning.forecast-revisions.v1} and opens or updates the
 * item@location's case. The inbox claim and the effect commit together, so a redelivered event
 * changes nothing; records of one SKU-location arrive in order (same key, same partition).
 * Transient failures retry with backoff; poison goes to the dead-letter topic.
 */
@ApplicationScoped
public class ForecastRevisionConsumer {

  static final String CONSUMER = "forecast-revisions";

  private final Inbox inbox;
  private final CaseIntake intake;
  private final CaseWorkQueue worker;
  private final EventSchemaValidator validator = EventSchemaValidator.shared();

  public ForecastRevisionConsumer(Inbox inbox, CaseIntake intake, CaseWorkQueue worker) {
    this.worker = worker;
    this.inbox = inbox;
    this.intake = intake;
  }

  @Incoming("forecast-revisions")
  @Retry(maxRetries = 5, delay = 500, jitter = 250, abortOn = PoisonMessageException.class)
  public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
    IncomingEvent event = IncomingEvent.parse(record, validator);
    ForecastRevised revision = event.payloadAs(ForecastRevised.class);
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
                          return intake.apply(event.id(), revision);
                        }))
        // Committed: a case queued for enrichment is taken up now, not at the next poll.
        .invoke(worker::wake);
  }
}
