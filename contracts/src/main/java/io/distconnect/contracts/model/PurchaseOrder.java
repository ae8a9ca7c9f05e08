package io.distconnect.contracts.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A purchase order: header, lines and status. Immutable; {@link #transitionTo} returns the order in
 * its new status after checking the lifecycle.
 *
 * @param number the PO number shared by ERP and procurement (the Kafka key of PO events)
 * @param supplierId the supplier
 * @param shipToLocationId canonical ship-to location
 * @param currency every line is priced in it
 * @param lines at least one, unique line numbers
 * @param status where it is in {@link PurchaseOrderStatus}'s lifecycle
 */
public record PurchaseOrder(
    String number,
    String supplierId,
    String shipToLocationId,
    Currency currency,
    List<PurchaseOrderLine> lines,
    PurchaseOrderStatus status) {

  public PurchaseOrder {
    Checks.requireIdentifier(number, "purchase order number");
    Checks.requireIdentifier(supplierId, "supplier id");
    Checks.requireIdentifier(shipToLocationId, "ship-to location id");
    Checks.required(currency, "currency");
    lines = Checks.nonEmptyList(lines, "purchase order lines");
    Set<Integer> seen = new HashSet<>();
    for (PurchaseOrderLine line : lines) {
      if (!seen.add(line.lineNumber())) {
        throw new IllegalArgumentException("duplicate line number " + line.lineNumber());
      }
      if (!line.unitPrice().currency().equals(currency)) {
        throw new IllegalArgumentException(
            "line "
                + line.lineNumber()
                + " is priced in "
                + line.unitPrice().currency()
                + ", the order in "
                + currency);
      }
    }
    Checks.required(status, "purchase order status");
  }

  /**
   * @throws IllegalStatusTransitionException when the lifecycle does not allow the move
   */
  public PurchaseOrder transitionTo(PurchaseOrderStatus target) {
    return new PurchaseOrder(
        number, supplierId, shipToLocationId, currency, lines, status.transitionTo(target));
  }

  @JsonIgnore // derived, not part of the JSON form
  public boolean isOpen() {
    return status.isOpen();
  }

  public Optional<PurchaseOrderLine> line(int lineNumber) {
    return lines.stream().filter(line -> line.lineNumber() == lineNumber).findFirst();
  }

  /** Sum of the line values. */
  public Money totalValue() {
    Money total = Money.zero(currency);
    for (PurchaseOrderLine line : lines) {
      total = total.plus(line.lineValue());
    }
    return total;
  }
}
