package io.distconnect.erp.persistence;

import io.distconnect.contracts.model.Platform;
import io.distconnect.erp.domain.LocationMappingEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Location codes of the other platforms. */
@ApplicationScoped
public class LocationMappingRepository
    implements PanacheRepositoryBase<LocationMappingEntity, LocationMappingEntity.Key> {

  private static final String FILTER =
      "(:platform is null or platform = :platform)"
          + " and (:location is null or locationCode = :location)";

  public Uni<List<LocationMappingEntity>> page(
      Platform platform, String locationCode, int page, int size) {
    return find(FILTER, Sort.by("platform").and("platformCode"), params(platform, locationCode))
        .page(Page.of(page, size))
        .list();
  }

  public Uni<Long> countWhere(Platform platform, String locationCode) {
    return count(FILTER, params(platform, locationCode));
  }

  public Uni<LocationMappingEntity> forLocation(Platform platform, String locationCode) {
    return find("platform = ?1 and locationCode = ?2", platform, locationCode).firstResult();
  }

  private static Parameters params(Platform platform, String locationCode) {
    return Parameters.with("platform", platform).and("location", locationCode);
  }
}
