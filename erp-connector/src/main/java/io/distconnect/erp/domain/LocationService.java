package io.distconnect.erp.domain;

import io.distconnect.contracts.model.LocationType;
import io.distconnect.erp.persistence.LocationRepository;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Location master data of the embedded ERP. */
@ApplicationScoped
public class LocationService {

  private final LocationRepository locations;
  private final MasterDataEvents events;

  public LocationService(LocationRepository locations, MasterDataEvents events) {
    this.locations = locations;
    this.events = events;
  }

  /** Creates a location; a code that exists already is a conflict, never an overwrite. */
  @WithSpan
  public Uni<Location> create(
      String code, String name, LocationType type, String region, String timeZone) {
    return locations
        .findById(code)
        .flatMap(
            existing -> {
              if (existing != null) {
                return Uni.createFrom()
                    .failure(new ConflictException("Location " + code + " exists already"));
              }
              Location l = new Location();
              l.code = code;
              l.name = name;
              l.type = type;
              l.region = region;
              l.timeZone = timeZone;
              l.createdAt = Instant.now();
              l.updatedAt = l.createdAt;
              return locations.persist(l).call(events::locationChanged);
            });
  }

  /** Replaces a location's name, type, region and time zone; its code is its identity. */
  @WithSpan
  public Uni<Location> update(
      String code, String name, LocationType type, String region, String timeZone) {
    return get(code)
        .flatMap(
            l -> {
              l.name = name;
              l.type = type;
              l.region = region;
              l.timeZone = timeZone;
              l.updatedAt = Instant.now();
              l.revision++;
              return events.locationChanged(l).replaceWith(l);
            });
  }

  @WithSession
  public Uni<Location> get(String code) {
    return locations
        .findById(code)
        .onItem()
        .ifNull()
        .failWith(() -> new NotFoundException("No location " + code));
  }

  @WithSession
  public Uni<List<Location>> page(String region, int page, int size) {
    return locations.page(region, page, size);
  }

  @WithSession
  public Uni<Long> count(String region) {
    return locations.countIn(region);
  }
}
