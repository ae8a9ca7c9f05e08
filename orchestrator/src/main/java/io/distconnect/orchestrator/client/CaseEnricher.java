package io.distconnect.orchestrator.client;

import io.distconnect.orchestrator.persistence.WorkItem;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Gathers what a decision needs from the connectors. Stock is read for the whole batch of due cases
 * in one call; the item and its contracts once per item of the batch ({@link SharedReads}); open
 * orders per case. A case's reads run concurrently. A failure (after the clients' retries, or with
 * their breaker open) parks the case through {@link ParkingFallback}.
 */
@ApplicationScoped
public class CaseEnricher {

  private final ErpClient erp;
  private final ProcurementClient procurement;

  public CaseEnricher(ErpClient erp, ProcurementClient procurement) {
    this.erp = erp;
    this.procurement = procurement;
  }

  /** One batched stock read; a failure is returned, not thrown, so each case parks itself. */
  public Uni<RoundLookup> positions(List<WorkItem> work) {
    List<ErpApi.PositionKey> keys =
        work.stream()
            .map(w -> new ErpApi.PositionKey(w.itemId(), w.locationId()))
            .distinct()
            .toList();
    return erp.positions(keys)
        .map(
            batch -> {
              Map<String, ErpApi.InventoryPosition> byKey = new HashMap<>();
              for (ErpApi.InventoryPosition p : batch.positions()) {
                byKey.put(p.itemId() + "@" + p.locationId(), p);
              }
              return new RoundLookup(byKey, null, new SharedReads());
            })
        .onFailure()
        .recoverWithItem(RoundLookup::failed);
  }

  /**
   * The rest of the enrichment of one case.
   *
   * @return the enrichment, or null when the case was parked instead
   */
  @Timeout(value = 20, unit = ChronoUnit.SECONDS)
  @Fallback(EnrichmentParking.class)
  public Uni<Enrichment> enrich(WorkItem work, RoundLookup lookup) {
    if (lookup.failure() != null) {
      return Uni.createFrom().failure(lookup.failure());
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return Uni.combine()
        .all()
        .unis(
            erp.openPurchaseOrders(work.itemId(), work.locationId()),
            lookup
                .shared()
                .contracts(work.itemId(), today, () -> procurement.contracts(work.itemId(), today)),
            lookup.shared().item(work.itemId(), () -> erp.item(work.itemId())))
        .with(
            (orders, contracts, item) ->
                new Enrichment(
                    lookup.positions().get(work.key()), orders, contracts, item.orElse(null)));
  }
}
