package io.distconnect.procurement.domain;

import io.distconnect.contracts.model.Money;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.model.SupplierContract;
import io.distconnect.contracts.uom.UnitOfMeasureException;
import io.distconnect.contracts.uom.UomConverter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Chooses the supplier contract for a requirement. Plain logic: among the contracts valid on the
 * order date, those whose lead time meets the need-by date and whose remaining weekly capacity
 * covers the rounded quantity qualify; the preferred one wins, then the lowest order value (the
 * rounded quantity at the contract price, so a high MOQ counts against a cheap unit price), then
 * the shorter lead time. Every contract considered leaves a reason line, so a buyer can see why.
 */
public final class SourcingPolicy {

  private final UomConverter converter;

  public SourcingPolicy(UomConverter converter) {
    this.converter = converter;
  }

  /** A contract that qualified, with the quantity and value it would be ordered at. */
  public record Candidate(SupplierContract contract, Quantity orderQuantity, Money orderValue) {}

  /**
   * The outcome: the chosen candidate, or the exception reason when none qualified.
   *
   * @param chosen null when nothing qualified
   * @param failure null when a contract was chosen
   * @param reasons one line per contract considered, in the order they were ranked
   */
  public record Decision(Candidate chosen, SourcingFailure failure, List<String> reasons) {
    public boolean sourced() {
      return chosen != null;
    }
  }

  /**
   * @param requirement the quantity needed, in any unit that converts to the contracts' units
   * @param needBy when the goods must arrive
   * @param orderDate today
   * @param contracts the item's contracts (any validity)
   * @param bookedPerContract quantity already on open orders in the need-by week, by contract id,
   *     in that contract's order unit
   */
  public Decision decide(
      Quantity requirement,
      LocalDate needBy,
      LocalDate orderDate,
      List<SupplierContract> contracts,
      Map<String, BigDecimal> bookedPerContract) {
    List<String> reasons = new ArrayList<>();
    List<Candidate> qualified = new ArrayList<>();
    SourcingFailure failure = SourcingFailure.NO_CONTRACT;
    for (SupplierContract c : contracts) {
      String name = c.contractId() + " (" + c.supplierId() + ")";
      if (!c.isValidOn(orderDate)) {
        reasons.add(name + ": not valid on " + orderDate);
        continue;
      }
      Quantity quantity;
      try {
        quantity = c.orderQuantityFor(requirement, converter);
      } catch (UnitOfMeasureException e) {
        reasons.add(name + ": " + e.getMessage());
        failure = failure.worse(SourcingFailure.NO_UNIT_CONVERSION);
        continue;
      }
      LocalDate earliest = c.earliestDelivery(orderDate);
      if (earliest.isAfter(needBy)) {
        reasons.add(
            name
                + ": lead time "
                + c.leadTimeDays()
                + "d delivers "
                + earliest
                + ", after need-by "
                + needBy);
        failure = failure.worse(SourcingFailure.LEAD_TIME_TOO_LONG);
        continue;
      }
      BigDecimal booked = bookedPerContract.getOrDefault(c.contractId(), BigDecimal.ZERO);
      if (c.capacityPerWeek() != null
          && booked.add(quantity.value()).compareTo(c.capacityPerWeek()) > 0) {
        reasons.add(
            name
                + ": "
                + quantity
                + " exceeds remaining weekly capacity "
                + c.capacityPerWeek().subtract(booked).max(BigDecimal.ZERO).toPlainString()
                + " "
                + c.orderUom());
        failure = failure.worse(SourcingFailure.CAPACITY_EXHAUSTED);
        continue;
      }
      qualified.add(new Candidate(c, quantity, c.orderValue(quantity)));
    }
    qualified.sort(
        Comparator.comparing((Candidate k) -> !k.contract().preferred())
            .thenComparing(k -> k.orderValue().amount())
            .thenComparingInt(k -> k.contract().leadTimeDays())
            .thenComparing(k -> k.contract().contractId()));
    for (int i = 0; i < qualified.size(); i++) {
      Candidate k = qualified.get(i);
      reasons.add(
          (i == 0 ? "chosen " : "qualified ")
              + k.contract().contractId()
              + " ("
              + k.contract().supplierId()
              + "): "
              + (k.contract().preferred() ? "preferred, " : "")
              + k.orderQuantity()
              + " for "
              + k.orderValue()
              + ", lead time "
              + k.contract().leadTimeDays()
              + "d");
    }
    if (qualified.isEmpty()) {
      if (contracts.isEmpty()) {
        reasons.add("no supplier contract for the item");
      }
      return new Decision(null, failure, List.copyOf(reasons));
    }
    return new Decision(qualified.get(0), null, List.copyOf(reasons));
  }
}
