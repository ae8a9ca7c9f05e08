package io.distconnect.orchestrator.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** The ERP's stock figures for one item at one location, in the item's base unit. */
public record StockPosition(
    BigDecimal onHand, BigDecimal allocated, BigDecimal onOrder, BigDecimal backordered) {

  public StockPosition {
    Objects.requireNonNull(onHand, "on hand");
    Objects.requireNonNull(allocated, "allocated");
    Objects.requireNonNull(onOrder, "on order");
    Objects.requireNonNull(backordered, "backordered");
  }

  /** IP = on hand + on order − backordered − allocated (in transit is part of on order). */
  public BigDecimal inventoryPosition() {
    return onHand.add(onOrder).subtract(backordered).subtract(allocated);
  }

  /** What can be shipped today: on hand − allocated − backordered. */
  public BigDecimal netAvailable() {
    return onHand.subtract(allocated).subtract(backordered);
  }
}
