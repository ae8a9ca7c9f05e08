package io.distconnect.erp.persistence;

import io.distconnect.erp.domain.NotFoundException;
import io.distconnect.erp.domain.SupplierEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The supplier master. */
@ApplicationScoped
public class SupplierRepository implements PanacheRepositoryBase<SupplierEntity, String> {

  public Uni<SupplierEntity> require(String id) {
    return findById(id)
        .onItem()
        .ifNull()
        .failWith(() -> new NotFoundException("No supplier " + id));
  }

  public Uni<List<SupplierEntity>> page(int page, int size) {
    return findAll(Sort.by("id")).page(Page.of(page, size)).list();
  }

  public Uni<List<SupplierEntity>> all() {
    return listAll(Sort.by("id"));
  }
}
