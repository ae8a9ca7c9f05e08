package io.distconnect.erp.api;

import io.distconnect.contracts.model.Address;
import io.distconnect.contracts.model.SupplierStatus;
import io.distconnect.erp.domain.SupplierEntity;
import java.time.Instant;
import java.util.List;

/** A supplier as the API shows it. */
public record SupplierResponse(
    String id,
    String legalName,
    String taxId,
    String duns,
    List<Address> addresses,
    SupplierStatus status,
    Instant createdAt,
    Instant updatedAt) {

  static SupplierResponse of(SupplierEntity entity) {
    var s = entity.toModel();
    return new SupplierResponse(
        s.id(),
        s.legalName(),
        s.taxId(),
        s.duns(),
        s.addresses(),
        s.status(),
        entity.createdAt,
        entity.updatedAt);
  }
}
