package io.distconnect.orchestrator.client;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * erp-connector behind a circuit breaker. Reads retry with jitter; writes retry too because each
 * carries an {@code Idempotency-Key} fixed before the first attempt. A 404 is an answer (empty),
 * mapped inside the breaker so it never counts as a failure. Every value is overridable with {@code
 * quarkus.fault-tolerance."io.distconnect.orchestrator.client.ErpClient/<method>".*}.
 */
@ApplicationScoped
public class ErpClient {

  /** erp-connector accepts at most this many keys per batch read. */
  static final int MAX_BATCH = 500;

  private static final String ERP = "erp-connector";

  private final ErpRestClient rest;

  public ErpClient(@RestClient ErpRestClient rest) {
    this.rest = rest;
  }

  /** Stock of many SKU-locations in as few calls as the connector allows. */
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.5,
      delay = 10,
      delayUnit = ChronoUnit.SECONDS,
      skipOn = ConnectorRejectedException.class)
  @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = ConnectorRejectedException.class)
  public Uni<ErpApi.PositionBatch> positions(List<ErpApi.PositionKey> keys) {
    List<List<ErpApi.PositionKey>> chunks = new ArrayList<>();
    for (int i = 0; i < keys.size(); i += MAX_BATCH) {
      chunks.add(keys.subList(i, Math.min(keys.size(), i + MAX_BATCH)));
    }
    return Multi.createFrom()
        .iterable(chunks)
        .onItem()
        .transformToUniAndConcatenate(
            chunk ->
                rest.positions(new ErpApi.PositionBatchRequest(List.copyOf(chunk)))
                    .onFailure()
                    .transform(
                        e -> ConnectorErrors.translate(ERP, "POST /inventory-positions/batch", e)))
        .collect()
        .asList()
        .map(
            answers -> {
              List<ErpApi.InventoryPosition> positions = new ArrayList<>();
              List<ErpApi.PositionKey> missing = new ArrayList<>();
              for (ErpApi.PositionBatch a : answers) {
                positions.addAll(a.positions() == null ? List.of() : a.positions());
                missing.addAll(a.missing() == null ? List.of() : a.missing());
              }
              return new ErpApi.PositionBatch(positions, missing);
            });
  }

  /** Open purchase orders for one SKU-location (first 200; more would be a data problem). */
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.5,
      delay = 10,
      delayUnit = ChronoUnit.SECONDS,
      skipOn = ConnectorRejectedException.class)
  @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = ConnectorRejectedException.class)
  public Uni<List<ErpApi.PurchaseOrder>> openPurchaseOrders(String item, String location) {
    return rest.purchaseOrders(item, location, "open", null, 0, 200)
        .map(page -> page.items() == null ? List.<ErpApi.PurchaseOrder>of() : page.items())
        .onFailure()
        .transform(e -> ConnectorErrors.translate(ERP, "GET /purchase-orders", e));
  }

  /** The ERP's copy of a procurement PO, found by its external reference. */
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.5,
      delay = 10,
      delayUnit = ChronoUnit.SECONDS,
      skipOn = ConnectorRejectedException.class)
  @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = ConnectorRejectedException.class)
  public Uni<Optional<ErpApi.PurchaseOrder>> byExternalReference(String externalReference) {
    return rest.purchaseOrders(null, null, null, externalReference, 0, 1)
        .map(
            page ->
                page.items() == null
                    ? Optional.<ErpApi.PurchaseOrder>empty()
                    : page.items().stream().findFirst())
        .onFailure()
        .transform(e -> ConnectorErrors.translate(ERP, "GET /purchase-orders", e));
  }

  /** The item master: base unit, conversions, pack size; empty when the ERP does not know it. */
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.5,
      delay = 10,
      delayUnit = ChronoUnit.SECONDS,
      skipOn = ConnectorRejectedException.class)
  @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = ConnectorRejectedException.class)
  public Uni<Optional<ErpApi.Item>> item(String sku) {
    return rest.item(sku)
        .map(Optional::of)
        .onFailure(ConnectorErrors::isNotFound)
        .recoverWithItem(Optional.empty())
        .onFailure()
        .transform(e -> ConnectorErrors.translate(ERP, "GET /items/" + sku, e));
  }

  /** Creates the ERP order; safe to retry because of the idempotency key. */
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.5,
      delay = 10,
      delayUnit = ChronoUnit.SECONDS,
      skipOn = ConnectorRejectedException.class)
  @Retry(maxRetries = 2, delay = 300, jitter = 150, abortOn = ConnectorRejectedException.class)
  public Uni<ErpApi.PurchaseOrder> create(String idempotencyKey, ErpApi.CreatePurchaseOrder order) {
    return rest.create(idempotencyKey, order)
        .onFailure()
        .transform(e -> ConnectorErrors.translate(ERP, "POST /purchase-orders", e));
  }

  /** Amends the ERP order; safe to retry because of the idempotency key. */
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.5,
      delay = 10,
      delayUnit = ChronoUnit.SECONDS,
      skipOn = ConnectorRejectedException.class)
  @Retry(maxRetries = 2, delay = 300, jitter = 150, abortOn = ConnectorRejectedException.class)
  public Uni<ErpApi.PurchaseOrder> amend(
      String number, String idempotencyKey, ErpApi.Amendment amendment) {
    return rest.amend(number, idempotencyKey, amendment)
        .onFailure()
        .transform(
            e ->
                ConnectorErrors.translate(
                    ERP, "POST /purchase-orders/" + number + "/amendments", e));
  }
}
