package io.distconnect.erp.domain;

import io.distconnect.contracts.model.LocationCodeMapping;
import io.distconnect.contracts.model.Platform;
import io.distconnect.erp.persistence.LocationMappingRepository;
import io.distconnect.erp.persistence.LocationRepository;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Location codes of the connected platforms (ERP plants, planning nodes, ship-to codes). */
@ApplicationScoped
public class LocationMappingService {

  private final LocationMappingRepository mappings;
  private final LocationRepository locations;

  public LocationMappingService(LocationMappingRepository mappings, LocationRepository locations) {
    this.mappings = mappings;
    this.locations = locations;
  }

  /**
   * Sets a location's code on a platform, replacing the code it had there. A platform code that
   * already belongs to another location is refused (409): moving it silently would send stock to
   * the wrong place.
   */
  @WithSpan
  public Uni<LocationMappingEntity> put(
      Platform platform, String platformCode, String locationCode) {
    return locations
        .findById(locationCode)
        .flatMap(
            location -> {
              if (location == null) {
                throw new InvalidFieldException("locationCode", "No location " + locationCode);
              }
              return mappings.findById(new LocationMappingEntity.Key(platform, platformCode));
            })
        .flatMap(
            existing -> {
              if (existing != null && !existing.locationCode.equals(locationCode)) {
                throw new ConflictException(
                    platform
                        + " code '"
                        + platformCode
                        + "' already maps to location "
                        + existing.locationCode);
              }
              if (existing != null) {
                return Uni.createFrom().item(existing);
              }
              return mappings
                  .forLocation(platform, locationCode)
                  .flatMap(
                      previous ->
                          previous == null
                              ? Uni.createFrom().voidItem()
                              : mappings.delete(previous).call(mappings::flush))
                  .flatMap(
                      v -> {
                        LocationMappingEntity mapping = new LocationMappingEntity();
                        mapping.platform = platform;
                        mapping.platformCode = platformCode;
                        mapping.locationCode = locationCode;
                        mapping.updatedAt = Instant.now();
                        return mappings.persist(mapping);
                      });
            });
  }

  @WithSession
  public Uni<Paged<LocationMappingEntity>> page(
      Platform platform, String locationCode, int page, int size) {
    return mappings
        .page(platform, locationCode, page, size)
        .flatMap(
            found ->
                mappings
                    .countWhere(platform, locationCode)
                    .map(total -> new Paged<>(found, total)));
  }

  /** All mappings as the contracts' two-way translator (adapters use it for plant codes). */
  @WithSession
  public Uni<LocationCodeMapping> mapping() {
    return mappings
        .listAll()
        .map(
            rows -> {
              LocationCodeMapping.Builder builder = LocationCodeMapping.builder();
              rows.forEach(r -> builder.map(r.platform, r.platformCode, r.locationCode));
              return builder.build();
            });
  }
}
