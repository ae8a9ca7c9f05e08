package io.distconnect.procurement.messaging;

import io.distconnect.contracts.event.MasterDataChanged;
import io.distconnect.contracts.schema.EventSchemaValidator;
import io.distconnect.procurement.persistence.DemoContractSeeder;
import io.distconnect.procurement.persistence.ItemUnitRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the item-unit cache in step with the ERP from {@code MasterDataChanged} on {@code
 * erp.master-data-events.v1}, so sourcing knows item conversions such as 1 CS = 24 EA. The inbox
 * claim and the cache update commit together; a change older than the cached revision is ignored,
 * so replays never roll the cache back. Locations are claimed and otherwise ignored: procurement
 * needs no location master data. With {@code distconnect.procurement.seed-demo} on, an applied item
 * without contracts also gets demo contracts in the same transaction. Transient failures retry;
 * poison goes to the dead-letter topic.
 */
@ApplicationScoped
public class MasterDataConsumer {

  static final String CONSUMER = "master-data";

  private final Inbox inbox;
  private final ItemUnitRepository items;
  private final DemoContractSeeder demo;
  private final EventSchemaValidator validator = EventSchemaValidator.shared();

  public MasterDataConsumer(Inbox inbox, ItemUnitRepository items, DemoContractSeeder demo) {
    this.inbox = inbox;
    this.items = items;
    this.demo = demo;
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
    return switch (change.kind()) {
      case LOCATION -> Uni.createFrom().voidItem();
      case ITEM ->
          items
              .upsert(change.item(), change.revision())
              .invoke(
                  stored -> {
                    if (!stored) {
                      Log.debugf(
                          "Item %s revision %d is not newer than the cached one; ignored",
                          change.id(), change.revision());
                    }
                  })
              .flatMap(stored -> stored ? demo.seed(change.item()) : Uni.createFrom().voidItem());
    };
  }
}
