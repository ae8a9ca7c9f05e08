package io.distconnect.procurement.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Queues an issued order revision for delivery to its supplier, in the transaction that issued it
 * (a supplier-side outbox): the delivery relay sends it and retries it; nothing is sent twice under
 * different payload ids, because the payloadID is fixed here.
 */
@ApplicationScoped
public class SupplierDeliveryQueue {

  private final ObjectMapper json;

  public SupplierDeliveryQueue(ObjectMapper json) {
    this.json = json;
  }

  public Uni<SupplierDelivery> enqueue(IssuedOrder order) {
    SupplierDelivery d = new SupplierDelivery();
    d.id = UUID.randomUUID();
    d.purchaseOrderNumber = order.number();
    d.revision = order.revision();
    d.supplierId = order.supplierId();
    // cXML payloadIDs look like "<unique>@<host>"; the id makes resends recognisable.
    d.payloadId = d.id + "." + order.number() + "." + order.revision() + "@distconnect";
    try {
      d.document = json.writeValueAsString(order);
    } catch (JsonProcessingException e) {
      return Uni.createFrom().failure(new IllegalStateException("Order not serialisable", e));
    }
    d.status = SupplierDelivery.Status.PENDING;
    d.createdAt = Instant.now();
    d.nextAttemptAt = d.createdAt;
    return d.persist();
  }

  public IssuedOrder read(SupplierDelivery delivery) {
    try {
      return json.readValue(delivery.document, IssuedOrder.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Delivery " + delivery.id + " holds no readable order", e);
    }
  }
}
