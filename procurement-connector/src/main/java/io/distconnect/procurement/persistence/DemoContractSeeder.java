package io.distconnect.procurement.persistence;

import io.distconnect.contracts.model.Item;
import io.distconnect.procurement.config.ProcurementConfig;
import io.distconnect.procurement.domain.DemoContracts;
import io.distconnect.procurement.domain.SupplierContractEntity;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Seeds demo contracts (see {@link DemoContracts}) for items the ERP publishes, when {@code
 * distconnect.procurement.seed-demo} is on. Runs in the caller's transaction and persists through
 * the same entity and model rules the contract REST API uses. Items that already have a contract
 * are left alone, so replays and new revisions add nothing.
 */
@ApplicationScoped
public class DemoContractSeeder {

  private static final int LOG_EVERY = 50;

  private final ProcurementConfig config;
  private final AtomicLong seeded = new AtomicLong();

  public DemoContractSeeder(ProcurementConfig config) {
    this.config = config;
  }

  public Uni<Void> seed(Item item) {
    if (!config.seedDemo()) {
      return Uni.createFrom().voidItem();
    }
    // Orders in the limit currency can be approved automatically below the spend limit.
    Currency currency = Currency.getInstance(config.approval().limitCurrency());
    return SupplierContractEntity.count("itemId", item.sku())
        .flatMap(
            existing -> {
              if (existing > 0) {
                return Uni.createFrom().voidItem();
              }
              Uni<Void> chain = Uni.createFrom().voidItem();
              for (var terms : DemoContracts.forItem(item, currency, LocalDate.now())) {
                chain =
                    chain.chain(
                        () ->
                            new SupplierContractEntity().apply(terms).persist().replaceWithVoid());
              }
              return chain.invoke(
                  () -> {
                    long n = seeded.incrementAndGet();
                    if (n % LOG_EVERY == 0) {
                      Log.infof("Seeded demo supplier contracts for %d items", n);
                    }
                  });
            });
  }
}
