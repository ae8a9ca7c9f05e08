package io.distconnect.erp.adapter.s4hana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.distconnect.contracts.model.LocationCodeMapping;
import io.distconnect.contracts.model.Money;
import io.distconnect.contracts.model.Platform;
import io.distconnect.contracts.model.PurchaseOrder;
import io.distconnect.contracts.model.PurchaseOrderLine;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UomCodeSystem;
import io.distconnect.erp.config.ErpConfig;
import io.distconnect.erp.domain.InvalidFieldException;
import io.distconnect.erp.domain.PurchaseOrderCommands;
import io.distconnect.erp.domain.PurchaseOrderView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Canonical purchase orders ↔ SAP's A_PurchaseOrder / A_PurchaseOrderItem / A_PurchaseOrderSchedule
 * Line. Line n is SAP item n×10; plants translate through the ERP location mapping; units through
 * {@link UomCodeSystem#SAP}; decimals travel as strings and dates as {@code /Date(ms)/}, as OData
 * v2 writes them. The procurement PO number goes to CorrespncExternalReference, the replenishment
 * case to CorrespncInternalReference.
 */
final class S4HanaPurchaseOrderMapper {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String DELETED = "L";

  private S4HanaPurchaseOrderMapper() {}

  static ObjectNode toSap(
      PurchaseOrderCommands.Create order, ErpConfig.S4Hana settings, LocationCodeMapping plants) {
    String plant = plant(plants, order.shipToLocationId());
    ObjectNode header = NODES.objectNode();
    header.put("CompanyCode", settings.companyCode());
    header.put("PurchaseOrderType", settings.purchaseOrderType());
    header.put("Supplier", order.supplierId());
    header.put("PurchasingOrganization", settings.purchasingOrganization());
    header.put("PurchasingGroup", settings.purchasingGroup());
    header.put("DocumentCurrency", order.currency());
    if (order.externalReference() != null) {
      header.put("CorrespncExternalReference", order.externalReference());
    }
    if (order.caseId() != null) {
      header.put("CorrespncInternalReference", order.caseId());
    }
    ArrayNode items = header.putArray("to_PurchaseOrderItem");
    for (int i = 0; i < order.lines().size(); i++) {
      items.add(item(order.lines().get(i), (i + 1) * 10, plant, order.currency()));
    }
    return header;
  }

  /** An A_PurchaseOrderItem with its one schedule line, for a deep insert or an added item. */
  static ObjectNode item(
      PurchaseOrderCommands.NewLine line, int itemNumber, String plant, String currency) {
    String quantity = Quantity.normalise(line.quantity()).toPlainString();
    ObjectNode item = NODES.objectNode();
    item.put("PurchaseOrderItem", String.valueOf(itemNumber));
    item.put("Material", line.itemId());
    item.put("Plant", plant);
    item.put("OrderQuantity", quantity);
    item.put(
        "PurchaseOrderQuantityUnit",
        UomCodeSystem.SAP.codeFor(io.distconnect.contracts.uom.UnitOfMeasure.parse(line.uom())));
    item.put("NetPriceAmount", Quantity.normalise(line.unitPrice()).toPlainString());
    item.put("NetPriceQuantity", "1");
    item.put("DocumentCurrency", currency);
    ObjectNode schedule = item.putArray("to_ScheduleLine").addObject();
    schedule.put("ScheduleLine", "1");
    schedule.put("ScheduleLineDeliveryDate", ODataDates.of(line.needByDate()));
    schedule.put("ScheduleLineOrderQuantity", quantity);
    return item;
  }

  /** One {@code d} object of A_PurchaseOrder with its expanded items. */
  static PurchaseOrderView fromSap(JsonNode po, LocationCodeMapping plants) {
    List<PurchaseOrderView.Line> lines = new ArrayList<>();
    String plant = null;
    boolean allDeleted = true;
    boolean allDelivered = true;
    for (JsonNode item : results(po.path("to_PurchaseOrderItem"))) {
      plant = plant == null ? item.path("Plant").asText() : plant;
      boolean deleted = DELETED.equals(item.path("PurchasingDocumentDeletionCode").asText());
      boolean delivered = item.path("IsCompletelyDelivered").asBoolean(false);
      allDeleted &= deleted;
      allDelivered &= delivered || deleted;
      BigDecimal quantity = decimal(item, "OrderQuantity");
      BigDecimal priceUnit = decimal(item, "NetPriceQuantity");
      BigDecimal unitPrice = decimal(item, "NetPriceAmount");
      if (priceUnit.signum() > 0 && priceUnit.compareTo(BigDecimal.ONE) != 0) {
        // SAP prices per price unit (e.g. per 100 PC); the canonical price is per one unit.
        unitPrice = unitPrice.divide(priceUnit, 6, RoundingMode.HALF_UP);
      }
      lines.add(
          new PurchaseOrderView.Line(
              Integer.parseInt(item.path("PurchaseOrderItem").asText()) / 10,
              item.path("Material").asText(),
              Quantity.normalise(quantity),
              UomCodeSystem.SAP.toCanonical(item.path("PurchaseOrderQuantityUnit").asText()),
              Quantity.normalise(unitPrice),
              needBy(item),
              delivered ? Quantity.normalise(quantity) : BigDecimal.ZERO));
    }
    PurchaseOrderStatus status =
        lines.isEmpty()
            ? PurchaseOrderStatus.ISSUED
            : allDeleted
                ? PurchaseOrderStatus.CANCELLED
                : allDelivered ? PurchaseOrderStatus.RECEIVED : PurchaseOrderStatus.ISSUED;
    Instant created = ODataDates.instant(text(po, "CreationDate"));
    Instant changed = ODataDates.instant(text(po, "LastChangeDateTime"));
    return new PurchaseOrderView(
        po.path("PurchaseOrder").asText(),
        po.path("Supplier").asText(),
        plant == null ? null : plants.toCanonical(Platform.ERP, plant),
        po.path("DocumentCurrency").asText(),
        status,
        text(po, "CorrespncExternalReference"),
        text(po, "CorrespncInternalReference"),
        1,
        lines,
        created,
        changed == null ? created : changed);
  }

  /** The entries of an OData v2 collection: {@code {"results":[...]}} or a bare array. */
  static List<JsonNode> results(JsonNode collection) {
    JsonNode array = collection.has("results") ? collection.get("results") : collection;
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  /** The SAP plant of a canonical location, or a 400 naming the field when none is mapped. */
  static String plant(LocationCodeMapping plants, String locationCode) {
    return plants
        .findPlatformCode(Platform.ERP, locationCode)
        .orElseThrow(
            () ->
                new InvalidFieldException(
                    "shipToLocationId",
                    "Location "
                        + locationCode
                        + " has no SAP plant; map it in /location-mappings"));
  }

  private static LocalDate needBy(JsonNode item) {
    for (JsonNode schedule : results(item.path("to_ScheduleLine"))) {
      LocalDate date = ODataDates.date(text(schedule, "ScheduleLineDeliveryDate"));
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  static BigDecimal decimal(JsonNode node, String field) {
    String value = text(node, field);
    return value == null ? BigDecimal.ZERO : new BigDecimal(value);
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
  }

  /** The order as the canonical event carries it. */
  static PurchaseOrder canonical(PurchaseOrderView po) {
    Currency currency = Currency.getInstance(po.currency());
    return new PurchaseOrder(
        po.number(),
        po.supplierId(),
        po.shipToLocationId(),
        currency,
        po.lines().stream()
            .map(
                l ->
                    new PurchaseOrderLine(
                        l.lineNumber(),
                        l.itemId(),
                        new Quantity(l.quantity(), l.uom()),
                        new Money(l.unitPrice(), currency),
                        l.needByDate()))
            .toList(),
        po.status());
  }

  /** Single quotes double inside OData string literals. */
  static String odataString(String value) {
    return value.replace("'", "''");
  }
}
