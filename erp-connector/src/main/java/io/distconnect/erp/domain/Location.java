package io.distconnect.erp.domain;

import io.distconnect.contracts.model.LocationType;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A plant, distribution centre, warehouse or store of the embedded reference ERP. */
@Entity
@Table(name = "location")
public class Location extends PanacheEntityBase {

  @Id public String code;

  @Column(nullable = false)
  public String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public LocationType type;

  @Column(nullable = false)
  public String region;

  @Column(name = "time_zone", nullable = false)
  public String timeZone;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /** 1 when created, +1 per update; carried by MasterDataChanged. */
  @Column(nullable = false)
  public long revision = 1;

  @Version public long version;

  /** The canonical location. */
  public io.distconnect.contracts.model.Location toModel() {
    return new io.distconnect.contracts.model.Location(
        code, type, region, java.time.ZoneId.of(timeZone));
  }
}
