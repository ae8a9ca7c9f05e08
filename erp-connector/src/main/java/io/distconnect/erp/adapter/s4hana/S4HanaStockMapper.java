package io.distconnect.erp.adapter.s4hana;

import com.fasterxml.jackson.databind.JsonNode;
import io.distconnect.contracts.model.InventoryPosition;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.contracts.uom.UomCodeSystem;
import io.distconnect.erp.domain.NotFoundException;
import io.distconnect.erp.domain.PlatformRejectedException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * SAP stock (A_MatlStkInAcctMod) and goods movements (A_MaterialDocumentItem) to canonical figures.
 *
 * <p>Stock types: only {@code 01} (unrestricted use) is on hand. {@code 02} (quality inspection),
 * {@code 07} (blocked) and every other type cannot be promised or used, so they are not counted. On
 * order is the ordered quantity of items that are neither completely delivered nor deleted; SAP's
 * purchase order API has no delivered quantity per item, so a partly received item counts in full
 * until SAP marks it completely delivered. SAP's stock API cannot tell allocated (sales
 * reservations live in SD/aATP), backordered or in-transit quantities: they are reported as 0.
 */
final class S4HanaStockMapper {
  private static final String UNRESTRICTED = "01";

  private S4HanaStockMapper() {}

  /**
   * The stock answer, or a 404 when SAP returns no entry at all: SAP keeps no stock record for a
   * material not extended to the plant, so no unit can be reported either.
   */
  static JsonNode requireStock(JsonNode stock, String itemId, String plant) {
    if (S4HanaPurchaseOrderMapper.results(stock).isEmpty()) {
      throw new NotFoundException(
          "SAP S/4HANA holds no stock record of material " + itemId + " at plant " + plant);
    }
    return stock;
  }

  static InventoryPosition position(
      String itemId,
      String locationId,
      String plant,
      JsonNode stock,
      JsonNode openItems,
      Instant asOf) {
    var entries = S4HanaPurchaseOrderMapper.results(requireStock(stock, itemId, plant));
    String baseUnit = entries.get(0).path("MaterialBaseUnit").asText();
    BigDecimal onHand = BigDecimal.ZERO;
    for (JsonNode entry : entries) {
      if (UNRESTRICTED.equals(entry.path("InventoryStockType").asText())) {
        onHand =
            onHand.add(S4HanaPurchaseOrderMapper.decimal(entry, "MatlWrhsStkQtyInMatlBaseUnit"));
      }
    }
    BigDecimal onOrder = BigDecimal.ZERO;
    for (JsonNode item : S4HanaPurchaseOrderMapper.results(openItems)) {
      if ("L".equals(item.path("PurchasingDocumentDeletionCode").asText())) {
        continue;
      }
      String unit = item.path("PurchaseOrderQuantityUnit").asText();
      if (!unit.equals(baseUnit)) {
        // Converting needs the material's own alternative units, which this adapter does not read;
        // refusing is better than a silently wrong position.
        throw new PlatformRejectedException(
            "Purchase order "
                + item.path("PurchaseOrder").asText()
                + " item "
                + item.path("PurchaseOrderItem").asText()
                + " orders "
                + itemId
                + " in "
                + unit
                + ", not its base unit "
                + baseUnit
                + "; the s4hana adapter cannot convert it");
      }
      onOrder = onOrder.add(S4HanaPurchaseOrderMapper.decimal(item, "OrderQuantity"));
    }
    UnitOfMeasure uom = UomCodeSystem.SAP.toCanonical(baseUnit);
    return new InventoryPosition(
        itemId,
        locationId,
        uom,
        onHand.max(BigDecimal.ZERO),
        BigDecimal.ZERO,
        onOrder,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        asOf);
  }

  /**
   * Received so far on a PO item, in its order unit: receipts (101) minus reversals (102). Entries
   * in another unit cannot be converted here and are refused rather than skipped.
   */
  static BigDecimal received(JsonNode movements, String orderUnit) {
    BigDecimal total = BigDecimal.ZERO;
    for (JsonNode movement : S4HanaPurchaseOrderMapper.results(movements)) {
      String type = movement.path("GoodsMovementType").asText();
      if (!"101".equals(type) && !"102".equals(type)) {
        continue;
      }
      if (!orderUnit.equals(movement.path("EntryUnit").asText())) {
        throw new PlatformRejectedException(
            "Material document "
                + movement.path("MaterialDocument").asText()
                + " received in "
                + movement.path("EntryUnit").asText()
                + ", not the order unit "
                + orderUnit);
      }
      BigDecimal quantity = S4HanaPurchaseOrderMapper.decimal(movement, "QuantityInEntryUnit");
      total = "101".equals(type) ? total.add(quantity) : total.subtract(quantity);
    }
    return total;
  }
}
