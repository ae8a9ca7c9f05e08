package io.distconnect.erp.domain;

import io.distconnect.contracts.model.Platform;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A location's code on one platform (ERP plant 1710 is DC-EAST). */
@Entity
@Table(name = "location_mapping")
@IdClass(LocationMappingEntity.Key.class)
public class LocationMappingEntity extends PanacheEntityBase {

  @Id
  @Enumerated(EnumType.STRING)
  public Platform platform;

  @Id
  @Column(name = "platform_code")
  public String platformCode;

  @Column(name = "location_code", nullable = false)
  public String locationCode;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /** The composite primary key (platform, platform code). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    public Platform platform;
    public String platformCode;

    public Key() {}

    public Key(Platform platform, String platformCode) {
      this.platform = platform;
      this.platformCode = platformCode;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && platform == k.platform
          && Objects.equals(platformCode, k.platformCode);
    }

    @Override
    public int hashCode() {
      return Objects.hash(platform, platformCode);
    }
  }
}
