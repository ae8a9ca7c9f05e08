package io.distconnect.erp.domain;

import java.math.BigDecimal;

/** Signed changes to the stock buckets of one item at one location, in its base unit. */
public record StockDelta(
    BigDecimal onHand,
    BigDecimal allocated,
    BigDecimal onOrder,
    BigDecimal inTransit,
    BigDecimal backordered) {

  public static StockDelta onOrder(BigDecimal delta) {
    return new StockDelta(
        BigDecimal.ZERO, BigDecimal.ZERO, delta, BigDecimal.ZERO, BigDecimal.ZERO);
  }

  /** Goods arrived: on hand up, on order down by the same amount. */
  public static StockDelta receipt(BigDecimal quantity) {
    return new StockDelta(
        quantity, BigDecimal.ZERO, quantity.negate(), BigDecimal.ZERO, BigDecimal.ZERO);
  }

  public StockDelta plus(StockDelta other) {
    return new StockDelta(
        onHand.add(other.onHand),
        allocated.add(other.allocated),
        onOrder.add(other.onOrder),
        inTransit.add(other.inTransit),
        backordered.add(other.backordered));
  }

  public boolean isZero() {
    return onHand.signum() == 0
        && allocated.signum() == 0
        && onOrder.signum() == 0
        && inTransit.signum() == 0
        && backordered.signum() == 0;
  }
}
