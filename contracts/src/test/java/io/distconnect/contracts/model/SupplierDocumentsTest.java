package io.distconnect.contracts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.distconnect.contracts.uom.UnitOfMeasure;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupplierDocumentsTest {
  private static final Instant NOW = Instant.parse("2025-03-03T08:15:30Z");
  private static final LocalDate DATE = LocalDate.parse("2025-03-17");

  private static AcknowledgmentLine accept(int line) {
    return new AcknowledgmentLine(
        line, AcknowledgmentAction.ACCEPT, Quantity.of(12, UnitOfMeasure.CS), DATE, null);
  }

  private static AcknowledgmentLine change(int line) {
    return new AcknowledgmentLine(
        line, AcknowledgmentAction.CHANGE, Quantity.of(10, UnitOfMeasure.CS), DATE, "short");
  }

  private static AcknowledgmentLine reject(int line) {
    return new AcknowledgmentLine(line, AcknowledgmentAction.REJECT, null, null, "discontinued");
  }

  private static SupplierAcknowledgment ack(AcknowledgmentLine... lines) {
    return new SupplierAcknowledgment("4500012345", "SUP-ACME", NOW, List.of(lines));
  }

  @Test
  void acknowledgmentLeadsToTheMatchingPurchaseOrderStatus() {
    assertThat(ack(accept(10), accept(20)).resultingStatus())
        .isEqualTo(PurchaseOrderStatus.ACKNOWLEDGED);
    assertThat(ack(accept(10), change(20)).resultingStatus())
        .isEqualTo(PurchaseOrderStatus.CHANGED);
    assertThat(ack(accept(10), reject(20)).resultingStatus())
        .isEqualTo(PurchaseOrderStatus.CHANGED);
    assertThat(ack(reject(10), reject(20)).resultingStatus())
        .isEqualTo(PurchaseOrderStatus.REJECTED);
  }

  @Test
  void acknowledgmentLinesPromiseExactlyWhenNotRejected() {
    assertThatThrownBy(
            () -> new AcknowledgmentLine(10, AcknowledgmentAction.ACCEPT, null, DATE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("promised quantity of line 10 is required");
    assertThatThrownBy(
            () ->
                new AcknowledgmentLine(
                    10, AcknowledgmentAction.REJECT, Quantity.of(1, UnitOfMeasure.CS), null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not promise");
    assertThatThrownBy(() -> ack(accept(10), change(10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate acknowledgment line 10");
    assertThatThrownBy(() -> ack()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shipmentLinesBelongToTheShipmentsOrders() {
    ShipmentLine line =
        new ShipmentLine("4500012345", 10, "SKU-1", Quantity.of(5, UnitOfMeasure.CS));
    ShipmentLine foreign =
        new ShipmentLine("4500099999", 10, "SKU-2", Quantity.of(5, UnitOfMeasure.CS));
    assertThatThrownBy(
            () ->
                new ShipmentMilestone(
                    "ASN-1",
                    List.of("4500012345"),
                    ShipmentStatus.SHIPPED,
                    NOW,
                    null,
                    "DHL",
                    null,
                    List.of(line, foreign)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("4500099999");
    ShipmentMilestone milestone =
        new ShipmentMilestone(
            "ASN-1",
            List.of("4500012345", "4500099999"),
            ShipmentStatus.SHIPPED,
            NOW,
            null,
            "DHL",
            null,
            List.of(line, foreign));
    assertThat(milestone.linesFor("4500012345")).containsExactly(line);
  }

  @Test
  void receiptsNeedAPositiveQuantity() {
    assertThatThrownBy(
            () ->
                new GoodsReceipt(
                    "5000001",
                    "4500012345",
                    10,
                    "SKU-1",
                    "DC-EAST",
                    Quantity.of(0, UnitOfMeasure.CS),
                    DATE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("received quantity must be positive");
  }
}
