package io.distconnect.procurement.domain;

import io.distconnect.contracts.event.ReplenishmentDecisionKind;
import io.distconnect.contracts.model.Money;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.model.SupplierContract;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.contracts.uom.UomConverter;
import io.distconnect.procurement.config.ProcurementConfig;
import io.distconnect.procurement.persistence.ItemUnitRepository;
import io.distconnect.procurement.persistence.PurchaseOrderRepository;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Takes a received request through sourcing and approval routing, and issues it when no buyer has
 * to approve. Runs in the caller's transaction (the consumer's, with its inbox claim), so a request
 * is processed exactly once and either fully or not at all.
 */
@ApplicationScoped
public class ProcurementFlow {

  private final ApprovalPolicy approvals;
  private final PurchaseOrderRepository orders;
  private final PurchaseOrderIssuer issuer;
  // Item-specific conversions (1 CS = 24 EA) come from the ERP's item master through the cache;
  // an item the ERP has not published yet converts between standard units only.
  private final ItemUnitRepository itemUnits;
  private final SourcingExceptions exceptions;

  public ProcurementFlow(
      ProcurementConfig config,
      PurchaseOrderRepository orders,
      PurchaseOrderIssuer issuer,
      ItemUnitRepository itemUnits,
      SourcingExceptions exceptions) {
    this.orders = orders;
    this.issuer = issuer;
    this.itemUnits = itemUnits;
    this.exceptions = exceptions;
    Map<String, ApprovalPolicy.Group> groups = new HashMap<>();
    config
        .approval()
        .buyerGroups()
        .forEach(
            (name, g) ->
                groups.put(name, new ApprovalPolicy.Group(name, g.locations(), g.spendLimit())));
    this.approvals =
        new ApprovalPolicy(
            config.approval().defaultSpendLimit(), config.approval().limitCurrency(), groups);
  }

  @WithSpan
  public Uni<ReplenishmentRequest> process(ReplenishmentRequest r) {
    Uni<Boolean> sourced =
        r.decisionKind == ReplenishmentDecisionKind.NEW_ORDER ? sourceNew(r) : sourceChange(r);
    return sourced.flatMap(ok -> ok ? route(r) : Uni.createFrom().item(r));
  }

  private Uni<Boolean> sourceNew(ReplenishmentRequest r) {
    LocalDate weekStart = r.needByDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return itemUnits
        .converterFor(r.itemId)
        .flatMap(
            converter ->
                SupplierContractEntity.lockedForItem(r.itemId)
                    .flatMap(
                        rows ->
                            orders
                                .bookedQuantities(r.itemId, weekStart, weekStart.plusDays(6))
                                .map(booked -> decide(r, converter, rows, booked))))
        .flatMap(decision -> apply(r, decision));
  }

  private SourcingPolicy.Decision decide(
      ReplenishmentRequest r,
      UomConverter converter,
      List<SupplierContractEntity> rows,
      Map<String, BigDecimal> booked) {
    List<SupplierContract> contracts =
        rows.stream().map(SupplierContractEntity::toContract).toList();
    Map<String, BigDecimal> perContract = new HashMap<>();
    for (SupplierContract c : contracts) {
      BigDecimal b = booked.get(c.supplierId() + "/" + c.orderUom().code());
      if (b != null) {
        perContract.put(c.contractId(), b);
      }
    }
    return new SourcingPolicy(converter)
        .decide(requirement(r), r.needByDate, LocalDate.now(), contracts, perContract);
  }

  private static Quantity requirement(ReplenishmentRequest r) {
    return new Quantity(r.quantity, UnitOfMeasure.parse(r.uom));
  }

  private Uni<Boolean> apply(ReplenishmentRequest r, SourcingPolicy.Decision decision) {
    r.sourcingReasons = String.join("\n", decision.reasons());
    if (!decision.sourced()) {
      return fail(r, decision.failure(), r.sourcingReasons).replaceWith(false);
    }
    SourcingPolicy.Candidate chosen = decision.chosen();
    record(r, chosen.contract(), chosen.orderQuantity(), chosen.orderValue());
    return Uni.createFrom().item(true);
  }

  /** AMEND and EXPEDITE change the named PO at its supplier's current contract terms. */
  private Uni<Boolean> sourceChange(ReplenishmentRequest r) {
    return orders
        .find(r.purchaseOrderNumber)
        .flatMap(
            po -> {
              if (po == null
                  || !PurchaseOrderRepository.AMENDABLE.contains(po.status)
                  || !po.shipToLocationId.equals(r.locationId)
                  || po.lineForItem(r.itemId).isEmpty()) {
                String why =
                    po == null
                        ? "does not exist"
                        : !PurchaseOrderRepository.AMENDABLE.contains(po.status)
                            ? "is " + po.status
                            : "has no line for " + r.itemId + " at " + r.locationId;
                return fail(
                        r,
                        SourcingFailure.PURCHASE_ORDER_NOT_AMENDABLE,
                        "Purchase order " + r.purchaseOrderNumber + " " + why)
                    .replaceWith(false);
              }
              return SupplierContractEntity.<SupplierContractEntity>list(
                      "itemId = ?1 and supplierId = ?2", r.itemId, po.supplierId)
                  .flatMap(
                      rows ->
                          itemUnits
                              .converterFor(r.itemId)
                              .flatMap(converter -> change(r, po, rows, converter)));
            });
  }

  private Uni<Boolean> change(
      ReplenishmentRequest r,
      PurchaseOrderEntity po,
      List<SupplierContractEntity> rows,
      UomConverter converter) {
    LocalDate today = LocalDate.now();
    PurchaseOrderLineValue line = po.lineForItem(r.itemId).orElseThrow();
    SupplierContract contract =
        rows.stream()
            .map(SupplierContractEntity::toContract)
            .filter(c -> c.isValidOn(today) && c.orderUom().code().equals(line.uom))
            .min(
                Comparator.comparing((SupplierContract c) -> !c.preferred())
                    .thenComparing(SupplierContract::contractId))
            .orElse(null);
    if (contract == null) {
      return fail(
              r,
              SourcingFailure.NO_CONTRACT,
              "No valid contract of " + po.supplierId + " for " + r.itemId + " in " + line.uom)
          .replaceWith(false);
    }
    Quantity lineQuantity;
    if (r.decisionKind == ReplenishmentDecisionKind.AMEND) {
      try {
        lineQuantity = contract.orderQuantityFor(requirement(r), converter);
      } catch (RuntimeException e) {
        return fail(r, SourcingFailure.NO_UNIT_CONVERSION, e.getMessage()).replaceWith(false);
      }
    } else {
      lineQuantity = new Quantity(line.quantity, contract.orderUom());
    }
    // Approval looks at what the change adds; a reduction or an earlier date costs nothing more.
    BigDecimal added = lineQuantity.value().subtract(line.quantity).max(BigDecimal.ZERO);
    Money addedValue = contract.unitPrice().times(added);
    r.sourcingReasons =
        r.decisionKind
            + " of "
            + po.number
            + " line "
            + line.lineNumber
            + " under contract "
            + contract.contractId()
            + ": "
            + line.quantity.toPlainString()
            + " → "
            + lineQuantity
            + ", need-by "
            + r.needByDate;
    record(r, contract, lineQuantity, addedValue);
    return Uni.createFrom().item(true);
  }

  private static void record(
      ReplenishmentRequest r, SupplierContract c, Quantity quantity, Money value) {
    r.supplierId = c.supplierId();
    r.contractId = c.contractId();
    r.orderQuantity = quantity.value();
    r.orderUom = quantity.uom().code();
    r.orderUnitPrice = c.unitPrice().amount();
    r.orderValue = value.amount();
    r.orderCurrency = value.currency().getCurrencyCode();
  }

  private Uni<ReplenishmentRequest> route(ReplenishmentRequest r) {
    Money value = Money.of(r.orderValue.toPlainString(), r.orderCurrency);
    ApprovalPolicy.Route route = approvals.route(r.locationId, value);
    if (route.automatic()) {
      r.sourcingReasons +=
          "\napproved automatically: "
              + value
              + " within limit "
              + route.spendLimit().toPlainString()
              + " of group "
              + route.group();
      return issuer.issue(r).replaceWith(r);
    }
    Approval a = new Approval();
    a.id = UUID.randomUUID();
    a.requestId = r.requestId;
    a.buyerGroup = route.group();
    a.amount = r.orderValue;
    a.currency = r.orderCurrency;
    a.spendLimit = route.spendLimit();
    a.status = ApprovalStatus.PENDING;
    a.createdAt = java.time.Instant.now();
    r.status = ReplenishmentRequestStatus.PENDING_APPROVAL;
    Log.infof("Request %s (%s) waits for approval by group %s", r.requestId, value, route.group());
    return a.persist().replaceWith(r);
  }

  /**
   * Turns the request into a sourcing exception (record and event, in this transaction). The PO it
   * concerns is the one an AMEND or EXPEDITE named; a new order has none yet.
   */
  Uni<Void> fail(ReplenishmentRequest r, SourcingFailure reason, String detail) {
    r.status = ReplenishmentRequestStatus.SOURCING_FAILED;
    return exceptions.raise(r, reason, detail, r.purchaseOrderNumber).replaceWithVoid();
  }
}
