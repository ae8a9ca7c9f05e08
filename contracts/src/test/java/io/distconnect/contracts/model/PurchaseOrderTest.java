package io.distconnect.contracts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.distconnect.contracts.uom.UnitOfMeasure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurchaseOrderTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final LocalDate NEED_BY = LocalDate.parse("2025-03-17");

  private static PurchaseOrderLine line(
      int number, String quantity, String price, String currency) {
    return new PurchaseOrderLine(
        number,
        "SKU-" + number,
        Quantity.of(quantity, UnitOfMeasure.CS),
        Money.of(price, currency),
        NEED_BY);
  }

  private static PurchaseOrder order(List<PurchaseOrderLine> lines, PurchaseOrderStatus status) {
    return new PurchaseOrder("4500012345", "SUP-ACME", "DC-EAST", EUR, lines, status);
  }

  @Test
  void transitionsReturnANewOrderAndLeaveTheOldOneAlone() {
    PurchaseOrder draft = order(List.of(line(10, "12", "18.40", "EUR")), PurchaseOrderStatus.DRAFT);
    PurchaseOrder requested = draft.transitionTo(PurchaseOrderStatus.REQUESTED);
    assertThat(requested.status()).isEqualTo(PurchaseOrderStatus.REQUESTED);
    assertThat(draft.status()).isEqualTo(PurchaseOrderStatus.DRAFT);
    assertThat(requested.isOpen()).isTrue();
    assertThatThrownBy(() -> draft.transitionTo(PurchaseOrderStatus.RECEIVED))
        .isInstanceOf(IllegalStatusTransitionException.class)
        .hasMessageContaining("from DRAFT to RECEIVED");
  }

  @Test
  void totalsTheLinesExactly() {
    PurchaseOrder order =
        order(
            List.of(line(10, "12", "18.40", "EUR"), line(20, "3", "0.125", "EUR")),
            PurchaseOrderStatus.ISSUED);
    assertThat(order.totalValue()).isEqualTo(Money.of("221.175", "EUR"));
    assertThat(order.line(20)).hasValueSatisfying(l -> assertThat(l.itemId()).isEqualTo("SKU-20"));
    assertThat(order.line(30)).isEmpty();
  }

  @Test
  void refusesInconsistentOrders() {
    assertThatThrownBy(() -> order(List.of(), PurchaseOrderStatus.DRAFT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("purchase order lines must not be empty");
    assertThatThrownBy(
            () ->
                order(
                    List.of(line(10, "1", "1", "EUR"), line(10, "2", "1", "EUR")),
                    PurchaseOrderStatus.DRAFT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate line number 10");
    assertThatThrownBy(() -> order(List.of(line(10, "1", "1", "USD")), PurchaseOrderStatus.DRAFT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("priced in USD");
  }

  @Test
  void linesNeedAPositiveQuantity() {
    assertThatThrownBy(() -> line(10, "0", "1", "EUR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line quantity must be positive");
    assertThatThrownBy(() -> line(10, "-5", "1", "EUR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> line(0, "5", "1", "EUR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line number must be positive");
  }

  @Test
  void linesAreCopiedDefensively() {
    List<PurchaseOrderLine> lines = new ArrayList<>(List.of(line(10, "1", "1", "EUR")));
    PurchaseOrder order = order(lines, PurchaseOrderStatus.DRAFT);
    lines.add(line(20, "1", "1", "EUR"));
    assertThat(order.lines()).hasSize(1);
    assertThatThrownBy(() -> order.lines().add(line(30, "1", "1", "EUR")))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
