package io.distconnect.erp.adapter.s4hana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.distconnect.contracts.event.ErpPurchaseOrderChangeKind;
import io.distconnect.contracts.event.ErpPurchaseOrderChanged;
import io.distconnect.contracts.model.LocationCodeMapping;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.erp.domain.ConflictException;
import io.distconnect.erp.domain.InvalidFieldException;
import io.distconnect.erp.domain.LocationMappingService;
import io.distconnect.erp.domain.PurchaseOrderCommands;
import io.distconnect.erp.domain.PurchaseOrderView;
import io.distconnect.erp.messaging.EventOutbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Changes to purchase orders in SAP S/4HANA through API_PURCHASEORDER_PROCESS_SRV: amendments (item
 * quantities, schedule-line dates, added items) and cancellation (the items' deletion indicator),
 * each write under the entity's {@code If-Match} etag and one after the other, and each change
 * recorded as ErpPurchaseOrderChanged in the caller's transaction.
 */
@ApplicationScoped
class S4HanaPurchaseOrderChanges {

  private final S4HanaPurchaseOrderClient client;
  private final LocationMappingService mappings;
  private final EventOutbox outbox;

  S4HanaPurchaseOrderChanges(
      S4HanaPurchaseOrderClient client, LocationMappingService mappings, EventOutbox outbox) {
    this.client = client;
    this.mappings = mappings;
    this.outbox = outbox;
  }

  /**
   * Reads the order (with the items' and schedule lines' etags), PATCHes each changed item
   * (OrderQuantity with its unit) and schedule line (delivery date) under {@code If-Match}, POSTs
   * added lines as new items numbered after the last one, then reads the order back.
   */
  Uni<PurchaseOrderView> amend(String number, PurchaseOrderCommands.Amend command) {
    return mappings
        .mapping()
        .flatMap(
            plants ->
                client
                    .purchaseOrder(number)
                    .flatMap(
                        po ->
                            applyAmendment(number, po, plants, command)
                                .flatMap(ignored -> client.purchaseOrder(number))
                                .map(
                                    after ->
                                        new Amended(
                                            S4HanaPurchaseOrderMapper.fromSap(po, plants).status(),
                                            S4HanaPurchaseOrderMapper.fromSap(after, plants)))))
        .call(
            amended ->
                outbox.publish(
                    ErpPurchaseOrderChanged.of(
                        S4HanaPurchaseOrderMapper.canonical(amended.order()),
                        ErpPurchaseOrderChangeKind.AMENDED,
                        amended.before(),
                        amended.order().caseId(),
                        amended.order().updatedAt() == null
                            ? Instant.now()
                            : amended.order().updatedAt())))
        .map(Amended::order);
  }

  private record Amended(PurchaseOrderStatus before, PurchaseOrderView order) {}

  private Uni<Void> applyAmendment(
      String number, JsonNode po, LocationCodeMapping plants, PurchaseOrderCommands.Amend command) {
    PurchaseOrderView current = S4HanaPurchaseOrderMapper.fromSap(po, plants);
    if (!current.status().isOpen()) {
      throw new ConflictException(
          "Purchase order " + number + " is " + current.status() + " in SAP; it cannot be amended");
    }
    Map<String, JsonNode> items = new LinkedHashMap<>();
    for (JsonNode item : S4HanaPurchaseOrderMapper.results(po.path("to_PurchaseOrderItem"))) {
      items.put(item.path("PurchaseOrderItem").asText(), item);
    }
    List<Supplier<Uni<Void>>> writes = new ArrayList<>();
    List<PurchaseOrderCommands.LineChange> changes =
        command.lines() == null ? List.of() : command.lines();
    for (int i = 0; i < changes.size(); i++) {
      PurchaseOrderCommands.LineChange change = changes.get(i);
      String itemNumber = String.valueOf(change.lineNumber() * 10);
      JsonNode item = items.get(itemNumber);
      if (item == null || "L".equals(item.path("PurchasingDocumentDeletionCode").asText())) {
        throw new InvalidFieldException(
            "lines[" + i + "].lineNumber",
            "Purchase order " + number + " has no open line " + change.lineNumber());
      }
      if (change.quantity() != null) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("OrderQuantity", Quantity.normalise(change.quantity()).toPlainString());
        body.put("PurchaseOrderQuantityUnit", item.path("PurchaseOrderQuantityUnit").asText());
        writes.add(() -> client.updateItem(number, itemNumber, etag(item), body));
      }
      if (change.needByDate() != null) {
        List<JsonNode> schedule = S4HanaPurchaseOrderMapper.results(item.path("to_ScheduleLine"));
        if (schedule.size() != 1) {
          // Several delivery dates on one item cannot be moved to one canonical date faithfully.
          throw new InvalidFieldException(
              "lines[" + i + "].needByDate",
              "Line "
                  + change.lineNumber()
                  + " has "
                  + schedule.size()
                  + " schedule lines in SAP; change its dates in SAP");
        }
        JsonNode line = schedule.get(0);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("ScheduleLineDeliveryDate", ODataDates.of(change.needByDate()));
        writes.add(
            () ->
                client.updateScheduleLine(
                    number, itemNumber, line.path("ScheduleLine").asText(), etag(line), body));
      }
    }
    List<PurchaseOrderCommands.NewLine> added =
        command.addLines() == null ? List.of() : command.addLines();
    int next = items.keySet().stream().mapToInt(Integer::parseInt).max().orElse(0) / 10 * 10 + 10;
    String plant = S4HanaPurchaseOrderMapper.plant(plants, current.shipToLocationId());
    for (PurchaseOrderCommands.NewLine line : added) {
      ObjectNode body = S4HanaPurchaseOrderMapper.item(line, next, plant, current.currency());
      body.put("PurchaseOrder", number);
      next += 10;
      writes.add(() -> client.addItem(number, body).replaceWithVoid());
    }
    // One after the other: SAP locks the order per change, so parallel writes would collide.
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (Supplier<Uni<Void>> write : writes) {
      chain = chain.flatMap(ignored -> write.get());
    }
    return chain;
  }

  /** The entity's etag as SAP reports it in {@code __metadata}; absent when SAP keeps none. */
  private static String etag(JsonNode entity) {
    return S4HanaPurchaseOrderMapper.text(entity.path("__metadata"), "etag");
  }

  /**
   * Cancels an order the way SAP does: the deletion indicator ({@code
   * PurchasingDocumentDeletionCode = L}) on every item not yet deleted, one item after the other
   * under its {@code If-Match}. SAP derives every other status from the items (deliveries,
   * invoices) and offers no API to set it. Cancelling an order that is already cancelled answers it
   * unchanged.
   */
  Uni<PurchaseOrderView> changeStatus(String number, PurchaseOrderStatus status) {
    if (status != PurchaseOrderStatus.CANCELLED) {
      return S4HanaErpPlatform.unsupported(
          "setting a purchase order to "
              + status
              + ": SAP derives an order's status from its items (deliveries, invoices) and offers"
              + " no API to set it; only cancelling (the deletion indicator) can be written");
    }
    return mappings
        .mapping()
        .flatMap(
            plants ->
                client
                    .purchaseOrder(number)
                    .flatMap(
                        po -> {
                          PurchaseOrderView before = S4HanaPurchaseOrderMapper.fromSap(po, plants);
                          if (before.status() == PurchaseOrderStatus.CANCELLED) {
                            // Nothing written, nothing to announce.
                            return Uni.createFrom().item(new Amended(null, before));
                          }
                          before.status().transitionTo(PurchaseOrderStatus.CANCELLED);
                          return deleteItems(number, po)
                              .flatMap(ignored -> client.purchaseOrder(number))
                              .map(
                                  after ->
                                      new Amended(
                                          before.status(),
                                          S4HanaPurchaseOrderMapper.fromSap(after, plants)));
                        })
                    .flatMap(
                        cancelled ->
                            cancelled.before() == null
                                ? Uni.createFrom().item(cancelled.order())
                                : outbox
                                    .publish(
                                        ErpPurchaseOrderChanged.of(
                                            S4HanaPurchaseOrderMapper.canonical(cancelled.order()),
                                            ErpPurchaseOrderChangeKind.STATUS_CHANGED,
                                            cancelled.before(),
                                            cancelled.order().caseId(),
                                            Instant.now()))
                                    .replaceWith(cancelled.order())));
  }

  /** Sets the deletion indicator on every item that does not carry it yet, one at a time. */
  private Uni<Void> deleteItems(String number, JsonNode po) {
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (JsonNode item : S4HanaPurchaseOrderMapper.results(po.path("to_PurchaseOrderItem"))) {
      if ("L".equals(item.path("PurchasingDocumentDeletionCode").asText())) {
        continue;
      }
      ObjectNode body = JsonNodeFactory.instance.objectNode();
      body.put("PurchasingDocumentDeletionCode", "L");
      String itemNumber = item.path("PurchaseOrderItem").asText();
      chain = chain.flatMap(ignored -> client.updateItem(number, itemNumber, etag(item), body));
    }
    return chain;
  }
}
