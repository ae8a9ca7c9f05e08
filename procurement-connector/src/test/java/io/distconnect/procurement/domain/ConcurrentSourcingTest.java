package io.distconnect.procurement.domain;

import static io.distconnect.procurement.Procurement.contract;
import static io.distconnect.procurement.Procurement.newOrder;
import static io.distconnect.procurement.Procurement.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.distconnect.contracts.event.ReplenishmentRequested;
import io.distconnect.testsupport.OnVertx;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Two requests for one item from different locations arrive on different partitions, so two
 * consumers (or replicas) source them at the same time. The second must see the capacity the first
 * booked: it waits for the first's transaction and then fails on capacity, instead of both being
 * issued against the same room.
 */
@QuarkusTest
class ConcurrentSourcingTest {

  private static final LocalDate IN_TWO_WEEKS = LocalDate.now().plusDays(14);

  @Inject ReplenishmentIntake intake;

  @Test
  void requestsForOneItemTakeItsWeeklyCapacityOneAtATime() throws Exception {
    String item = unique("SKU-RACE");
    contract("SUP-RACE", item, "1.00").with("capacityPerWeek", 150).create();
    ReplenishmentRequested east = newOrder(item, "DC-EAST", "100", IN_TWO_WEEKS);
    ReplenishmentRequested west = newOrder(item, "DC-WEST", "100", IN_TWO_WEEKS);

    // The first request is sourced and issued, and its transaction is held open.
    AtomicReference<Context> holder = new AtomicReference<>();
    Promise<Void> release = Promise.promise();
    CompletableFuture<Void> sourced = new CompletableFuture<>();
    CompletableFuture<ReplenishmentRequestStatus> first =
        CompletableFuture.supplyAsync(
            () ->
                OnVertx.await(
                    () ->
                        Panache.withTransaction(
                            () ->
                                intake
                                    .accept(east, "test")
                                    .call(
                                        r -> {
                                          holder.set(Vertx.currentContext());
                                          sourced.complete(null);
                                          return Uni.createFrom()
                                              .completionStage(
                                                  release.future().toCompletionStage());
                                        })
                                    .map(r -> r.status))));
    sourced.get(30, TimeUnit.SECONDS);

    CompletableFuture<ReplenishmentRequestStatus> second =
        CompletableFuture.supplyAsync(
            () ->
                OnVertx.await(
                    () ->
                        Panache.withTransaction(
                            () -> intake.accept(west, "test").map(r -> r.status))));

    // Without the contract lock the second would be sourced against the uncommitted first's
    // room and be done at once.
    assertThatThrownBy(() -> second.get(2, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);

    // Released on the holder's own context: the session must continue on its thread.
    holder.get().runOnContext(v -> release.complete());
    assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(ReplenishmentRequestStatus.ISSUED);
    assertThat(second.get(30, TimeUnit.SECONDS))
        .isEqualTo(ReplenishmentRequestStatus.SOURCING_FAILED);
  }
}
