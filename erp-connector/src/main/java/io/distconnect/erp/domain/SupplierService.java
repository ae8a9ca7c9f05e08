package io.distconnect.erp.domain;

import io.distconnect.contracts.model.DuplicateAssessment;
import io.distconnect.contracts.model.Supplier;
import io.distconnect.contracts.model.SupplierDuplicateScorer;
import io.distconnect.contracts.model.SupplierMatchKey;
import io.distconnect.erp.persistence.SupplierRepository;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The supplier master of the embedded ERP and its duplicate report. */
@ApplicationScoped
public class SupplierService {

  private final SupplierRepository suppliers;

  public SupplierService(SupplierRepository suppliers) {
    this.suppliers = suppliers;
  }

  /** A pair of supplier records that are probably one company, with the evidence. */
  public record DuplicatePair(
      Supplier supplier, Supplier candidate, DuplicateAssessment assessment) {}

  @WithSpan
  public Uni<SupplierEntity> create(Supplier supplier) {
    return suppliers
        .findById(supplier.id())
        .flatMap(
            existing -> {
              if (existing != null) {
                throw new ConflictException("Supplier " + supplier.id() + " exists already");
              }
              SupplierEntity entity = new SupplierEntity();
              entity.assign(supplier);
              entity.createdAt = Instant.now();
              entity.updatedAt = entity.createdAt;
              return suppliers.persist(entity);
            });
  }

  @WithSession
  public Uni<SupplierEntity> get(String id) {
    return suppliers.require(id);
  }

  @WithSession
  public Uni<Paged<SupplierEntity>> page(int page, int size) {
    return suppliers
        .page(page, size)
        .flatMap(found -> suppliers.count().map(total -> new Paged<>(found, total)));
  }

  /**
   * Every pair scoring at least {@code minScore}, best first. Pairwise over the whole master: a
   * distributor's vendor master has hundreds to a few thousand records, which this scores in well
   * under a second; a data steward runs it occasionally, not per request of a flow.
   */
  @WithSession
  @WithSpan
  public Uni<List<DuplicatePair>> duplicates(double minScore) {
    return suppliers
        .all()
        .map(
            all -> {
              List<Supplier> models = all.stream().map(SupplierEntity::toModel).toList();
              List<SupplierMatchKey> keys = models.stream().map(Supplier::matchKey).toList();
              List<DuplicatePair> pairs = new ArrayList<>();
              for (int i = 0; i < models.size(); i++) {
                for (int j = i + 1; j < models.size(); j++) {
                  DuplicateAssessment a = SupplierDuplicateScorer.assess(keys.get(i), keys.get(j));
                  if (a.score() >= minScore) {
                    pairs.add(new DuplicatePair(models.get(i), models.get(j), a));
                  }
                }
              }
              pairs.sort(
                  Comparator.comparingDouble((DuplicatePair p) -> p.assessment().score())
                      .reversed()
                      .thenComparing(p -> p.supplier().id())
                      .thenComparing(p -> p.candidate().id()));
              return pairs;
            });
  }
}
