package io.distconnect.erp.persistence;

import io.distconnect.erp.domain.Location;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Locations of the embedded ERP. */
@ApplicationScoped
public class LocationRepository implements PanacheRepositoryBase<Location, String> {

  /** One page of locations, optionally of one region, ordered by code. */
  public Uni<List<Location>> page(String region, int page, int size) {
    var query = region == null ? findAll(Sort.by("code")) : find("region", Sort.by("code"), region);
    return query.page(Page.of(page, size)).list();
  }

  public Uni<Long> countIn(String region) {
    return region == null ? count() : count("region", region);
  }
}
