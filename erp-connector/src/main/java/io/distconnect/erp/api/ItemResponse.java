package io.distconnect.erp.api;

import io.distconnect.contracts.model.Item;
import io.distconnect.contracts.model.ItemHierarchy;
import io.distconnect.contracts.model.ItemStatus;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UnitConversion;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.erp.domain.ItemEntity;
import java.time.Instant;
import java.util.List;

/** An item as the API shows it: the canonical item plus revision and times. */
public record ItemResponse(
    String sku,
    String description,
    ItemHierarchy hierarchy,
    UnitOfMeasure baseUom,
    List<UnitConversion> conversions,
    Quantity packSize,
    String gtin,
    ItemStatus status,
    long revision,
    Instant createdAt,
    Instant updatedAt) {

  static ItemResponse of(ItemEntity entity) {
    Item item = entity.toModel();
    return new ItemResponse(
        item.sku(),
        item.description(),
        item.hierarchy(),
        item.baseUom(),
        item.conversions(),
        item.packSize(),
        item.gtin(),
        item.status(),
        entity.revision,
        entity.createdAt,
        entity.updatedAt);
  }
}
