package io.distconnect.orchestrator.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The bodies of erp-connector's REST API ({@code /api/v1}) as this service reads and writes them.
 * Tolerant readers: fields the orchestrator does not use may be added without breaking it.
 */
public final class ErpApi {
  private ErpApi() {}

  /** {@code GET /inventory-positions/{itemId}/{locationId}}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record InventoryPosition(
      String itemId,
      String locationId,
      String uom,
      BigDecimal onHand,
      BigDecimal allocated,
      BigDecimal onOrder,
      BigDecimal inTransit,
      BigDecimal backordered,
      BigDecimal available,
      BigDecimal inventoryPosition,
      Instant asOf) {}

  /** An item at a location. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PositionKey(String itemId, String locationId) {}

  /** {@code POST /inventory-positions/batch} body (at most 500 keys). */
  public record PositionBatchRequest(List<PositionKey> keys) {}

  /** Its answer: the known positions and the unknown keys. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PositionBatch(List<InventoryPosition> positions, List<PositionKey> missing) {}

  /** A purchase order line. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PurchaseOrderLine(
      int lineNumber,
      String itemId,
      BigDecimal quantity,
      String uom,
      BigDecimal unitPrice,
      LocalDate needByDate,
      BigDecimal receivedQuantity) {}

  /** A purchase order. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PurchaseOrder(
      String number,
      String supplierId,
      String shipToLocationId,
      String currency,
      String status,
      String externalReference,
      String caseId,
      Integer revision,
      List<PurchaseOrderLine> lines,
      Instant createdAt,
      Instant updatedAt) {}

  /** {@code GET /purchase-orders} page. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PurchaseOrderPage(List<PurchaseOrder> items, int page, int size, long total) {}

  /** A line of a new order. */
  public record NewLine(
      String itemId, BigDecimal quantity, String uom, BigDecimal unitPrice, LocalDate needByDate) {}

  /** {@code POST /purchase-orders} body. */
  public record CreatePurchaseOrder(
      String supplierId,
      String shipToLocationId,
      String currency,
      String externalReference,
      String caseId,
      List<NewLine> lines) {}

  /** A changed line of an amendment. */
  public record LineChange(int lineNumber, BigDecimal quantity, LocalDate needByDate) {}

  /** {@code POST /purchase-orders/{number}/amendments} body. */
  public record Amendment(List<LineChange> lines, List<NewLine> addLines, String reason) {}

  /** A unit conversion of an item: 1 {@code from} = {@code factor} {@code to}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Conversion(String from, BigDecimal factor, String to) {}

  /** An amount with its unit. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PackSize(BigDecimal value, String uom) {}

  /** The item's place in the product hierarchy. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Hierarchy(String category, String family) {}

  /** {@code GET /items/{sku}}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Item(
      String sku,
      String description,
      Hierarchy hierarchy,
      String baseUom,
      List<Conversion> conversions,
      PackSize packSize,
      String gtin,
      String status) {}
}
