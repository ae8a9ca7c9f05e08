package io.distconnect.erp.adapter.s4hana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.distconnect.contracts.event.GoodsReceived;
import io.distconnect.contracts.model.GoodsReceipt;
import io.distconnect.contracts.model.LocationCodeMapping;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.contracts.uom.UnitOfMeasureException;
import io.distconnect.erp.domain.ConflictException;
import io.distconnect.erp.domain.InvalidFieldException;
import io.distconnect.erp.domain.LocationMappingService;
import io.distconnect.erp.domain.PurchaseOrderCommands;
import io.distconnect.erp.domain.PurchaseOrderView;
import io.distconnect.erp.domain.ReceiptView;
import io.distconnect.erp.messaging.EventOutbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Goods receipts in SAP S/4HANA: a material document through API_MATERIAL_DOCUMENT_SRV against the
 * PO item, then the item's receipts read back to report the open quantity; recorded as
 * GoodsReceived in the caller's transaction.
 */
@ApplicationScoped
class S4HanaGoodsReceipts {

  private final S4HanaPurchaseOrderClient client;
  private final S4HanaMaterialClient materials;
  private final LocationMappingService mappings;
  private final EventOutbox outbox;

  S4HanaGoodsReceipts(
      S4HanaPurchaseOrderClient client,
      S4HanaMaterialClient materials,
      LocationMappingService mappings,
      EventOutbox outbox) {
    this.client = client;
    this.materials = materials;
    this.mappings = mappings;
    this.outbox = outbox;
  }

  /**
   * Posts a goods receipt for a PO item as a material document (movement type 101 with goods
   * movement code 01), then asks SAP for all receipts of that item to report what is still open.
   */
  Uni<ReceiptView> post(PurchaseOrderCommands.Receive command) {
    String number = command.purchaseOrderNumber();
    return mappings
        .mapping()
        .flatMap(plants -> client.purchaseOrder(number).flatMap(po -> receive(po, plants, command)))
        .call(
            receipt ->
                outbox.publish(
                    GoodsReceived.of(
                        new GoodsReceipt(
                            receipt.view().receiptId(),
                            number,
                            command.lineNumber(),
                            receipt.view().itemId(),
                            receipt.view().locationId(),
                            new Quantity(receipt.view().quantity(), receipt.view().uom()),
                            receipt.view().receiptDate()),
                        new Quantity(receipt.view().openQuantity(), receipt.view().uom()),
                        receipt.view().purchaseOrderStatus(),
                        receipt.caseId(),
                        receipt.view().postedAt())))
        .map(Receipt::view);
  }

  private record Receipt(ReceiptView view, String caseId) {}

  private Uni<Receipt> receive(
      JsonNode po, LocationCodeMapping plants, PurchaseOrderCommands.Receive command) {
    String number = command.purchaseOrderNumber();
    PurchaseOrderView order = S4HanaPurchaseOrderMapper.fromSap(po, plants);
    if (!order.status().isOpen()) {
      throw new ConflictException(
          "Purchase order "
              + number
              + " is "
              + order.status()
              + " in SAP; nothing can be received");
    }
    String itemNumber = String.valueOf(command.lineNumber() * 10);
    JsonNode item =
        S4HanaPurchaseOrderMapper.results(po.path("to_PurchaseOrderItem")).stream()
            .filter(i -> itemNumber.equals(i.path("PurchaseOrderItem").asText()))
            .filter(i -> !"L".equals(i.path("PurchasingDocumentDeletionCode").asText()))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidFieldException(
                        "lineNumber",
                        "Purchase order " + number + " has no open line " + command.lineNumber()));
    PurchaseOrderView.Line line =
        order.lines().stream()
            .filter(l -> l.lineNumber() == command.lineNumber())
            .findFirst()
            .orElseThrow();
    UnitOfMeasure uom;
    try {
      uom = UnitOfMeasure.parse(command.uom());
    } catch (UnitOfMeasureException e) {
      throw new InvalidFieldException("uom", e.getMessage());
    }
    if (uom != line.uom()) {
      // SAP converts only with the material's own conversions, which this connector does not read.
      throw new InvalidFieldException(
          "uom",
          "Receive line " + command.lineNumber() + " in its order unit " + line.uom().code());
    }
    LocalDate date =
        command.receiptDate() == null ? LocalDate.now(ZoneOffset.UTC) : command.receiptDate();
    String quantity = Quantity.normalise(command.quantity()).toPlainString();
    ObjectNode header = JsonNodeFactory.instance.objectNode();
    header.put("GoodsMovementCode", "01");
    header.put("PostingDate", ODataDates.of(date));
    header.put("DocumentDate", ODataDates.of(date));
    ObjectNode movement = header.putArray("to_MaterialDocumentItem").addObject();
    movement.put("GoodsMovementType", "101");
    movement.put("PurchaseOrder", number);
    movement.put("PurchaseOrderItem", itemNumber);
    movement.put("Material", item.path("Material").asText());
    movement.put("Plant", item.path("Plant").asText());
    movement.put("QuantityInEntryUnit", quantity);
    movement.put("EntryUnit", item.path("PurchaseOrderQuantityUnit").asText());
    return materials
        .postMaterialDocument(header)
        .flatMap(
            posted ->
                materials
                    .materialDocumentItems(
                        "PurchaseOrder eq '"
                            + S4HanaPurchaseOrderMapper.odataString(number)
                            + "' and PurchaseOrderItem eq '"
                            + itemNumber
                            + "'")
                    .map(
                        receipts -> {
                          BigDecimal open =
                              line.quantity()
                                  .subtract(
                                      S4HanaStockMapper.received(
                                          receipts,
                                          item.path("PurchaseOrderQuantityUnit").asText()))
                                  .max(BigDecimal.ZERO);
                          boolean othersDone =
                              order.lines().stream()
                                  .filter(l -> l.lineNumber() != command.lineNumber())
                                  .allMatch(l -> l.receivedQuantity().compareTo(l.quantity()) >= 0);
                          PurchaseOrderStatus status =
                              open.signum() == 0 && othersDone
                                  ? PurchaseOrderStatus.RECEIVED
                                  : PurchaseOrderStatus.PARTIALLY_RECEIVED;
                          Instant postedAt =
                              Optional.ofNullable(
                                      ODataDates.instant(
                                          S4HanaPurchaseOrderMapper.text(posted, "CreationDate")))
                                  .orElseGet(Instant::now);
                          return new Receipt(
                              new ReceiptView(
                                  posted.path("MaterialDocument").asText()
                                      + "-"
                                      + posted.path("MaterialDocumentYear").asText(),
                                  number,
                                  command.lineNumber(),
                                  line.itemId(),
                                  order.shipToLocationId(),
                                  Quantity.normalise(command.quantity()),
                                  line.uom(),
                                  date,
                                  postedAt,
                                  Quantity.normalise(open),
                                  status),
                              order.caseId());
                        }));
  }
}
