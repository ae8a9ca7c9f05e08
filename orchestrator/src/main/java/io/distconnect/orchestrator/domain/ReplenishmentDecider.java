package io.distconnect.orchestrator.domain;

import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.contracts.uom.UomConverter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides what to do for one item at one location: a (min, max) policy with min = ROP and max = ROP
 * + ⌈EOQ⌉, reviewed whenever the forecast changes.
 *
 * <ol>
 *   <li>d̄ from the forecast, σ_d = cv·d̄, L and σ_L from the contract;
 *   <li>ROP = ⌈d̄·L + z·σ_LTD⌉, EOQ = √(2·D·S/H) with D = 365·d̄ and H = i·C, C the contract price
 *       per base unit;
 *   <li>IP = on hand + on order − backordered − allocated;
 *   <li>IP &gt; ROP: nothing to buy — but if stock (on hand − allocated − backordered) runs out
 *       before the earliest open PO line is due, EXPEDITE that line to the stock-out date; only
 *       lines of orders procurement issued are amended or expedited (an order raised in the ERP
 *       itself counts as supply but procurement cannot change it);
 *   <li>IP ≤ ROP: quantity = max − IP through {@link OrderQuantity#round}; if an open PO line is
 *       due between today + amendMinDays and today + L + amendWindowDays, AMEND it (new total =
 *       line + quantity), otherwise NEW_ORDER with need-by date today + ⌈L⌉;
 *   <li>manual review when the added value exceeds the automatic limit, an amendment grows a line
 *       by more than the allowed fraction, or the lead time exceeds the planning horizon (the
 *       forecast does not cover the lead time).
 * </ol>
 */
public final class ReplenishmentDecider {

  private static final MathContext MC = MathContext.DECIMAL64;

  private ReplenishmentDecider() {}

  /**
   * @param today the decision date
   * @param dailyDemand d̄ in base units per day ({@link ForecastBucket#dailyDemand})
   * @param packSize the item's pack, or null
   */
  public static Decision decide(
      LocalDate today,
      double dailyDemand,
      StockPosition stock,
      SupplyTerms terms,
      UnitOfMeasure baseUnit,
      UomConverter converter,
      Quantity packSize,
      List<OpenOrderLine> openLines,
      DecisionSettings settings) {
    double leadTime = terms.leadTimeDays();
    double sigmaD = settings.demandCv() * dailyDemand;
    double ltd = InventoryFormulas.leadTimeDemand(dailyDemand, leadTime);
    double sigmaLtd =
        InventoryFormulas.leadTimeDemandStdDev(
            dailyDemand, sigmaD, leadTime, terms.leadTimeStdDevDays());
    double z = InverseNormal.quantile(settings.serviceLevel());
    double ss = z * sigmaLtd;
    BigDecimal rop = InventoryFormulas.reorderPoint(ltd, ss);
    BigDecimal unitCost = unitCostPerBase(terms, baseUnit, converter);
    double eoq =
        InventoryFormulas.economicOrderQuantity(
            dailyDemand * InventoryFormulas.DAYS_PER_YEAR,
            settings.orderCost().doubleValue(),
            settings.holdingRate(),
            unitCost.doubleValue());
    BigDecimal max = rop.add(InventoryFormulas.ceil(eoq));
    BigDecimal ip = stock.inventoryPosition();
    Figures f = new Figures(dailyDemand, ltd, sigmaLtd, z, ss, rop, eoq, max, ip);
    // Procurement can only change orders it issued: an ERP-only order (raised in the ERP, no
    // procurement reference) counts as supply in IP but is never amended or expedited.
    List<OpenOrderLine> changeable =
        openLines.stream().filter(OpenOrderLine::procurementManaged).toList();

    if (ip.compareTo(rop) > 0) {
      return aboveReorderPoint(today, dailyDemand, stock, unitCost, openLines, changeable, f);
    }
    BigDecimal raw = max.subtract(ip);
    OrderQuantity q = OrderQuantity.round(raw, baseUnit, converter, terms, packSize);
    BigDecimal value = q.afterMinimum().multiply(terms.unitPrice(), MC);
    long leadDays = (long) Math.ceil(leadTime);
    List<String> reasons = new ArrayList<>();
    reasons.add(
        "Inventory position " + plain(ip) + " is at or below the reorder point " + plain(rop));
    Optional<OpenOrderLine> amendable =
        changeable.stream()
            .filter(l -> !l.needByDate().isBefore(today.plusDays(settings.amendMinDays())))
            .filter(
                l -> !l.needByDate().isAfter(today.plusDays(leadDays + settings.amendWindowDays())))
            .min(Comparator.comparing(OpenOrderLine::needByDate));
    boolean review = false;
    if (value.compareTo(settings.maxAutoOrderValue()) > 0) {
      review = true;
      reasons.add(
          "Order value "
              + plain(value)
              + " "
              + terms.currency()
              + " exceeds the automatic limit "
              + plain(settings.maxAutoOrderValue()));
    }
    if (leadTime > settings.horizonDays()) {
      review = true;
      reasons.add("Lead time " + leadTime + " days exceeds the planning horizon");
    }
    if (amendable.isPresent()) {
      OpenOrderLine line = amendable.get();
      BigDecimal increase = q.baseQuantity().divide(line.quantity(), MC);
      if (increase.compareTo(settings.maxAmendIncrease()) > 0) {
        review = true;
        reasons.add(
            "Amendment adds "
                + increase.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP)
                + "% to line "
                + line.lineNumber()
                + " of "
                + line.procurementNumber());
      }
      return f.decision(
          DecisionKind.AMEND,
          review,
          reasons,
          q,
          line.quantity().add(q.baseQuantity()),
          line.needByDate(),
          line.procurementNumber(),
          value);
    }
    return f.decision(
        DecisionKind.NEW_ORDER,
        review,
        reasons,
        q,
        q.baseQuantity(),
        today.plusDays(leadDays),
        null,
        value);
  }

  /**
   * IP above ROP: nothing to buy. If stock runs out before the earliest procurement order line is
   * due, EXPEDITE that line to the stock-out day. Otherwise NO_ACTION; when the line that arrives
   * too late belongs to an order raised in the ERP itself, which procurement cannot expedite, the
   * decision says so, for a buyer to act in the ERP.
   */
  private static Decision aboveReorderPoint(
      LocalDate today,
      double dailyDemand,
      StockPosition stock,
      BigDecimal unitCost,
      List<OpenOrderLine> openLines,
      List<OpenOrderLine> changeable,
      Figures f) {
    String reason =
        "Inventory position " + plain(f.ip()) + " is above the reorder point " + plain(f.rop());
    if (dailyDemand <= 0) {
      return f.decision(DecisionKind.NO_ACTION, List.of(reason), null, null, null, null, null);
    }
    LocalDate stockOut = stockOut(today, dailyDemand, stock);
    Optional<OpenOrderLine> lateProcurementLine =
        earliest(changeable).filter(l -> l.needByDate().isAfter(stockOut));
    if (lateProcurementLine.isPresent()) {
      OpenOrderLine line = lateProcurementLine.get();
      LocalDate needBy = stockOut.isAfter(today) ? stockOut : today.plusDays(1);
      return f.decision(
          DecisionKind.EXPEDITE,
          List.of(
              "Stock runs out on "
                  + stockOut
                  + " but "
                  + line.procurementNumber()
                  + " line "
                  + line.lineNumber()
                  + " is due "
                  + line.needByDate()),
          null,
          line.remaining(),
          needBy,
          line.procurementNumber(),
          line.remaining().multiply(unitCost, MC));
    }
    List<String> reasons =
        earliest(openLines)
            .filter(l -> !l.procurementManaged() && l.needByDate().isAfter(stockOut))
            .map(
                l ->
                    List.of(
                        reason,
                        "Stock runs out on "
                            + stockOut
                            + " but ERP order "
                            + l.purchaseOrderNumber()
                            + " line "
                            + l.lineNumber()
                            + " is due "
                            + l.needByDate()
                            + "; it was raised in the ERP, not by procurement: expedite it in the"
                            + " ERP"))
            .orElseGet(() -> List.of(reason));
    return f.decision(DecisionKind.NO_ACTION, reasons, null, null, null, null, null);
  }

  private static Optional<OpenOrderLine> earliest(List<OpenOrderLine> lines) {
    return lines.stream().min(Comparator.comparing(OpenOrderLine::needByDate));
  }

  /** The day on-hand stock (net of allocations and backorders) runs out at the daily demand. */
  private static LocalDate stockOut(LocalDate today, double dailyDemand, StockPosition stock) {
    long coverDays =
        (long) Math.floor(Math.max(0, stock.netAvailable().doubleValue()) / dailyDemand);
    return today.plusDays(coverDays);
  }

  /** C: the contract price of one base unit (price per order unit ÷ base units per order unit). */
  static BigDecimal unitCostPerBase(
      SupplyTerms terms, UnitOfMeasure baseUnit, UomConverter converter) {
    BigDecimal basePerOrderUnit =
        converter.convert(new Quantity(BigDecimal.ONE, terms.orderUom()), baseUnit).value();
    return terms.unitPrice().divide(basePerOrderUnit, MC);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private record Figures(
      double dBar,
      double ltd,
      double sigmaLtd,
      double z,
      double ss,
      BigDecimal rop,
      double eoq,
      BigDecimal max,
      BigDecimal ip) {
    Decision decision(
        DecisionKind kind,
        List<String> reasons,
        OrderQuantity q,
        BigDecimal requestQuantity,
        LocalDate needBy,
        String po,
        BigDecimal value) {
      return decision(kind, false, reasons, q, requestQuantity, needBy, po, value);
    }

    Decision decision(
        DecisionKind kind,
        boolean review,
        List<String> reasons,
        OrderQuantity q,
        BigDecimal requestQuantity,
        LocalDate needBy,
        String po,
        BigDecimal value) {
      return new Decision(
          kind,
          review,
          reasons,
          dBar,
          ltd,
          sigmaLtd,
          z,
          ss,
          rop,
          eoq,
          max,
          ip,
          q,
          requestQuantity,
          needBy,
          po,
          value);
    }
  }
}
