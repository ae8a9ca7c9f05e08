package io.distconnect.planning.messaging;

import io.distconnect.contracts.event.MasterDataChanged;
import io.distconnect.contracts.schema.EventSchemaValidator;
import io.distconnect.planning.persistence.MasterDataRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the master-data cache in step with the ERP from {@code MasterDataChanged} on {@code
 * erp.master-data-events.v1}. The inbox claim and the cache update commit together, so a
 * redelivered event changes nothing; a change older than the cached revision is ignored, so events
 * replayed out of order never roll the cache back. Transient failures retry; poison goes to the
 * dead-letter topic.
 */
@ApplicationScoped
public class MasterDataConsumer {

  static final String CONSUMER = "master-data";

  private final Inbox inbox;
  private final MasterDataRepository repository;
  private final EventSchemaValidator validator = EventSchemaValidator.shared();

  public MasterDataConsumer(Inbox inbox, MasterDataRepository repository) {
    this.inbox = inbox;
    this.repository = repository;
  }

  @Incoming("master-data")
  @Retry(maxRetries = 5, delay = 500, jitter = 250, abortOn = PoisonMessageException.class)
  public Uni<Void> consume(ConsumerRecord<String, String> record) {
    IncomingEvent event = IncomingEvent.parse(record, validator);
    MasterDataChanged change = event.payloadAs(MasterDataChanged.class);
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
                      return apply(change);
                    }));
  }

  private Uni<Void> apply(MasterDataChanged change) {
    Uni<Boolean> applied =
        switch (change.kind()) {
          case ITEM -> repository.upsertItem(change.item(), change.revision());
          case LOCATION -> repository.upsertLocation(change.location(), null, change.revision());
        };
    return applied
        .invoke(
            stored -> {
              if (!stored) {
                Log.debugf(
                    "%s %s revision %d is older than the cached one; ignored",
                    change.kind(), change.id(), change.revision());
              }
            })
        .replaceWithVoid();
  }
}
