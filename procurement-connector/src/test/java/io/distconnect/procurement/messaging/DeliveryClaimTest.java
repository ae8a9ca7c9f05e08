package io.distconnect.procurement.messaging;

import static io.distconnect.procurement.Procurement.contract;
import static io.distconnect.procurement.Procurement.newOrder;
import static io.distconnect.procurement.Procurement.processed;
import static io.distconnect.procurement.Procurement.send;
import static io.distconnect.procurement.Procurement.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.distconnect.procurement.domain.SupplierDelivery;
import io.distconnect.testsupport.OnVertx;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Two instances claiming due supplier deliveries at the same moment get different ones: while one
 * instance's lease is not yet committed, the other skips those rows instead of sending the same
 * OrderRequest again.
 */
@QuarkusTest
class DeliveryClaimTest {

  @Inject SupplierDeliveryRelay relay;

  @Test
  void aDeliveryBeingLeasedIsSkippedByAnotherInstance() throws Exception {
    String item = unique("SKU-CLAIM");
    contract("SUP-CLAIM", item, "1.00").create();
    LocalDate needBy = LocalDate.now().plusDays(14);
    String east =
        processed(send(newOrder(item, "DC-EAST", "10", needBy)))
            .getString("issuedPurchaseOrderNumber");
    String west =
        processed(send(newOrder(item, "DC-WEST", "10", needBy)))
            .getString("issuedPurchaseOrderNumber");
    // Their OrderRequests out first: a later revision is not due while an earlier one is open.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                OnVertx.await(
                        () ->
                            Panache.withSession(
                                () ->
                                    SupplierDelivery.count(
                                        "purchaseOrderNumber in ?1 and status <> ?2",
                                        List.of(east, west),
                                        SupplierDelivery.Status.DELIVERED)))
                    == 0);
    // Due only at a moment this test names: the running relay, which claims what is due now,
    // leaves them alone. The oldest creation time puts them first in any page.
    Instant later = Instant.now().plus(Duration.ofHours(2));
    Set<UUID> mine =
        Set.of(
            OnVertx.await(() -> Panache.withTransaction(() -> delivery(east, later))),
            OnVertx.await(() -> Panache.withTransaction(() -> delivery(west, later))));

    AtomicReference<Context> holder = new AtomicReference<>();
    Promise<Void> release = Promise.promise();
    CompletableFuture<List<UUID>> leased = new CompletableFuture<>();
    CompletableFuture<Void> first =
        CompletableFuture.runAsync(
            () ->
                OnVertx.await(
                    () ->
                        Panache.withTransaction(
                            () ->
                                relay
                                    .claim(later)
                                    .call(
                                        due -> {
                                          holder.set(Vertx.currentContext());
                                          leased.complete(ids(due));
                                          return Uni.createFrom()
                                              .completionStage(
                                                  release.future().toCompletionStage());
                                        })
                                    .call(RollBack::now))));
    assertThat(leased.get(30, TimeUnit.SECONDS)).containsAll(mine);

    List<UUID> second =
        OnVertx.await(
            () ->
                Panache.withTransaction(
                    () -> relay.claim(later).map(this::ids).call(RollBack::now)));

    holder.get().runOnContext(v -> release.complete());
    first.get(30, TimeUnit.SECONDS);
    assertThat(second).doesNotContainAnyElementsOf(mine);
    OnVertx.await(
        () ->
            Panache.withTransaction(() -> SupplierDelivery.delete("id in ?1", List.copyOf(mine))));
  }

  /**
   * Both claims roll back: leasing other tests' due deliveries two hours ahead would stall them.
   */
  private static final class RollBack {
    static Uni<?> now(Object ignored) {
      return Panache.currentTransaction().invoke(tx -> tx.markForRollback());
    }
  }

  private List<UUID> ids(List<SupplierDelivery> due) {
    return due.stream().map(d -> d.id).toList();
  }

  private static Uni<UUID> delivery(String po, Instant due) {
    SupplierDelivery d = new SupplierDelivery();
    d.id = UUID.randomUUID();
    d.purchaseOrderNumber = po;
    d.revision = 99;
    d.supplierId = "SUP-CLAIM";
    d.payloadId = "claim-test-" + d.id;
    d.document = "<cXML/>";
    d.status = SupplierDelivery.Status.PENDING;
    d.nextAttemptAt = due.minusSeconds(60);
    d.createdAt = Instant.parse("2000-01-01T00:00:00Z");
    return d.<SupplierDelivery>persist().map(x -> d.id);
  }
}
