package io.distconnect.erp.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.distconnect.contracts.event.EventJson;
import io.distconnect.contracts.model.Address;
import io.distconnect.contracts.model.Supplier;
import io.distconnect.contracts.model.SupplierStatus;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/** A row of the embedded ERP's supplier (vendor) master. */
@Entity
@Table(name = "supplier")
public class SupplierEntity extends PanacheEntityBase {

  private static final TypeReference<List<Address>> ADDRESSES = new TypeReference<>() {};

  @Id public String id;

  @Column(name = "legal_name", nullable = false)
  public String legalName;

  @Column(name = "tax_id", nullable = false)
  public String taxId;

  public String duns;

  /** JSON array of postal addresses, always read and written with the supplier. */
  @Column(nullable = false, columnDefinition = "TEXT")
  public String addresses;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public SupplierStatus status;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version public long version;

  public void assign(Supplier supplier) {
    id = supplier.id();
    legalName = supplier.legalName();
    taxId = supplier.taxId();
    duns = supplier.duns();
    try {
      addresses = EventJson.mapper().writeValueAsString(supplier.addresses());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot store the addresses of " + supplier.id(), e);
    }
    status = supplier.status();
  }

  public Supplier toModel() {
    try {
      return new Supplier(
          id, legalName, taxId, duns, EventJson.mapper().readValue(addresses, ADDRESSES), status);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored addresses of supplier " + id + " are unreadable", e);
    }
  }
}
