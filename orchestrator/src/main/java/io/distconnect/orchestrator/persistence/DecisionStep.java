package io.distconnect.orchestrator.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UnitConversion;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.contracts.uom.UnitOfMeasureException;
import io.distconnect.contracts.uom.UomConverter;
import io.distconnect.orchestrator.client.Enrichment;
import io.distconnect.orchestrator.client.ErpApi;
import io.distconnect.orchestrator.client.ProcurementApi;
import io.distconnect.orchestrator.config.PolicyResolver;
import io.distconnect.orchestrator.domain.CaseState;
import io.distconnect.orchestrator.domain.Decision;
import io.distconnect.orchestrator.domain.DecisionKind;
import io.distconnect.orchestrator.domain.DecisionSettings;
import io.distconnect.orchestrator.domain.ExceptionType;
import io.distconnect.orchestrator.domain.ForecastBucket;
import io.distconnect.orchestrator.domain.OpenOrderLine;
import io.distconnect.orchestrator.domain.ProcessDomain;
import io.distconnect.orchestrator.domain.ReplenishmentDecider;
import io.distconnect.orchestrator.domain.ReplenishmentPolicy;
import io.distconnect.orchestrator.domain.StockPosition;
import io.distconnect.orchestrator.domain.SupplyTerms;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Turns an enriched case into a decision and acts on it, in one transaction: ENRICHED → DECIDED →
 * NO_ACTION, AWAITING_APPROVAL (manual review, with an exception for the reviewer) or SOURCING
 * (request to procurement). Applies only if the case is still where the worker found it.
 */
@ApplicationScoped
public class DecisionStep {

  private final CaseTransitions transitions;
  private final ExceptionQueue exceptions;
  private final ReplenishmentRequests requests;
  private final ForecastProfileRepository profile;
  private final PolicyResolver policies;
  private final ObjectMapper json;

  public DecisionStep(
      CaseTransitions transitions,
      ExceptionQueue exceptions,
      ReplenishmentRequests requests,
      ForecastProfileRepository profile,
      PolicyResolver policies,
      ObjectMapper json) {
    this.transitions = transitions;
    this.exceptions = exceptions;
    this.requests = requests;
    this.profile = profile;
    this.policies = policies;
    this.json = json;
  }

  public Uni<Void> apply(WorkItem work, Enrichment enrichment) {
    return Panache.withTransaction(
        () ->
            ReplenishmentCase.<ReplenishmentCase>findById(
                    work.caseId(), LockModeType.PESSIMISTIC_WRITE)
                .flatMap(
                    c -> {
                      if (c == null
                          || c.revisionCount != work.revisionCount()
                          || c.state != work.state()
                          || c.pendingAction != PendingAction.ENRICH) {
                        return Uni.createFrom().voidItem();
                      }
                      return resume(c).flatMap(x -> decide(c, enrichment));
                    }));
  }

  private Uni<ReplenishmentCase> resume(ReplenishmentCase c) {
    if (c.state != CaseState.PARKED) {
      return Uni.createFrom().item(c);
    }
    return transitions.move(
        c,
        CaseState.POLICY_CHECKED,
        Cause.system("Resumed after " + c.attempts + " failed attempt(s)"));
  }

  private Uni<Void> decide(ReplenishmentCase c, Enrichment e) {
    c.clearWork();
    c.attempts = 0;
    c.enrichment = write(e);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return transitions
        .move(
            c,
            CaseState.ENRICHED,
            Cause.system("Enriched from erp-connector and procurement-connector"))
        .flatMap(x -> profile.profile(c.itemId, c.locationId))
        .flatMap(
            buckets -> {
              ReplenishmentPolicy policy = policies.policy(c.itemCategory, c.locationId);
              DecisionSettings settings = policies.settings(c.itemCategory, c.locationId);
              if (e.item() == null) {
                return exception(
                    c, ExceptionType.NO_SUPPLIER, "Item " + c.itemId + " is unknown to the ERP");
              }
              try {
                UnitOfMeasure base = UnitOfMeasure.parse(e.item().baseUom());
                UomConverter converter = converter(e.item());
                Optional<SupplyTerms> terms =
                    choose(e.contracts(), policy, c.itemId, base, converter, today);
                if (terms.isEmpty()) {
                  return exception(
                      c,
                      ExceptionType.NO_SUPPLIER,
                      "No valid contract from an unblocked supplier for "
                          + c.itemId
                          + " on "
                          + today);
                }
                List<ForecastBucket> demand = new ArrayList<>();
                for (ForecastProfileRepository.StoredBucket b : buckets) {
                  demand.add(
                      new ForecastBucket(
                          b.periodStart(),
                          b.periodEnd(),
                          toBase(b.quantity(), b.uom(), base, converter)));
                }
                double dBar = ForecastBucket.dailyDemand(demand, today, settings.horizonDays());
                Decision d =
                    ReplenishmentDecider.decide(
                        today,
                        dBar,
                        stock(e.position(), base, converter),
                        terms.get(),
                        base,
                        converter,
                        packSize(e.item()),
                        openLines(e.openOrders(), c.itemId, base, converter),
                        settings);
                return act(c, d, terms.get(), base);
              } catch (UnitOfMeasureException | IllegalArgumentException ex) {
                return exception(
                    c, ExceptionType.NO_SUPPLIER, "Cannot compute the order: " + ex.getMessage());
              }
            });
  }

  private Uni<Void> act(ReplenishmentCase c, Decision d, SupplyTerms terms, UnitOfMeasure base) {
    RequestPlan plan =
        new RequestPlan(
            d.kind().name(),
            d.requestQuantity(),
            base.code(),
            d.needByDate(),
            d.purchaseOrderNumber(),
            d.estimatedValue(),
            terms.currency().getCurrencyCode(),
            terms.supplierId(),
            terms.contractId());
    c.decision = write(new RequestPlan.Stored(plan, d));
    c.decisionKind = d.kind().name();
    c.requestQuantity = d.requestQuantity();
    c.baseUom = base.code();
    c.statusReason = String.join("; ", d.reasons());
    Cause cause = Cause.system(d.reason());
    Uni<ReplenishmentCase> decided =
        transitions.move(c, CaseState.DECIDED, Cause.system("Decided " + d.kind()), c.statusReason);
    if (d.kind() == DecisionKind.NO_ACTION) {
      return decided
          .flatMap(x -> transitions.move(c, CaseState.NO_ACTION, cause))
          .replaceWithVoid();
    }
    if (d.manualReview()) {
      return decided
          .flatMap(
              x ->
                  transitions.move(
                      c,
                      CaseState.AWAITING_APPROVAL,
                      Cause.system(
                          "Manual review: "
                              + String.join("; ", d.reasons().subList(1, d.reasons().size()))),
                      c.statusReason))
          .flatMap(
              x ->
                  exceptions.raise(
                      ExceptionType.MANUAL_REVIEW, ProcessDomain.APPROVAL, c, c.statusReason))
          .replaceWithVoid();
    }
    return decided.flatMap(x -> requests.send(c, plan, cause)).replaceWithVoid();
  }

  private Uni<Void> exception(ReplenishmentCase c, ExceptionType type, String reason) {
    c.resumeState = CaseState.POLICY_CHECKED;
    c.statusReason = reason;
    return transitions
        .move(c, CaseState.EXCEPTION, Cause.system(type + ": " + reason), reason)
        .flatMap(x -> exceptions.raise(type, ProcessDomain.SOURCING, c, reason))
        .replaceWithVoid();
  }

  /**
   * The contract to buy on: valid today, for this item, from an unblocked supplier, in a unit that
   * converts to the base unit; preferred contracts first, then the lowest price per base unit.
   */
  static Optional<SupplyTerms> choose(
      List<ProcurementApi.SupplierContract> contracts,
      ReplenishmentPolicy policy,
      String item,
      UnitOfMeasure base,
      UomConverter converter,
      LocalDate today) {
    return contracts.stream()
        .filter(k -> item.equals(k.itemId()))
        .filter(k -> !policy.blockedSuppliers().contains(k.supplierId()))
        .filter(k -> k.validFrom() == null || !k.validFrom().isAfter(today))
        .filter(k -> k.validTo() == null || !k.validTo().isBefore(today))
        .map(k -> toTerms(k, base, converter))
        .flatMap(Optional::stream)
        .sorted(Comparator.comparing((Ranked r) -> !r.preferred).thenComparing(r -> r.costPerBase))
        .map(Ranked::terms)
        .findFirst();
  }

  private record Ranked(SupplyTerms terms, boolean preferred, BigDecimal costPerBase) {}

  private static Optional<Ranked> toTerms(
      ProcurementApi.SupplierContract k, UnitOfMeasure base, UomConverter converter) {
    try {
      UnitOfMeasure orderUom = k.orderUom() == null ? base : UnitOfMeasure.parse(k.orderUom());
      if (!converter.canConvert(orderUom, base)) {
        return Optional.empty();
      }
      SupplyTerms terms =
          new SupplyTerms(
              k.id(),
              k.supplierId(),
              orderUom,
              k.moq(),
              k.orderMultiple(),
              k.unitPrice(),
              Currency.getInstance(k.currency()),
              k.leadTimeDays().doubleValue(),
              k.leadTimeStdDevDays() == null ? 0 : k.leadTimeStdDevDays().doubleValue());
      BigDecimal perBase =
          k.unitPrice()
              .divide(
                  converter.convert(new Quantity(BigDecimal.ONE, orderUom), base).value(),
                  10,
                  RoundingMode.HALF_UP);
      return Optional.of(new Ranked(terms, k.preferred(), perBase));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  static UomConverter converter(ErpApi.Item item) {
    List<UnitConversion> conversions = new ArrayList<>();
    if (item.conversions() != null) {
      for (ErpApi.Conversion c : item.conversions()) {
        conversions.add(
            new UnitConversion(
                UnitOfMeasure.parse(c.from()), c.factor(), UnitOfMeasure.parse(c.to())));
      }
    }
    return UomConverter.of(conversions);
  }

  private static Quantity packSize(ErpApi.Item item) {
    return item.packSize() == null || item.packSize().value() == null
        ? null
        : new Quantity(item.packSize().value(), UnitOfMeasure.parse(item.packSize().uom()));
  }

  private static BigDecimal toBase(
      BigDecimal value, String uom, UnitOfMeasure base, UomConverter converter) {
    UnitOfMeasure from = UnitOfMeasure.parse(uom);
    if (from == base || value.signum() <= 0) {
      return value;
    }
    return converter.convert(new Quantity(value, from), base, 6, RoundingMode.HALF_UP).value();
  }

  private static BigDecimal signedToBase(
      BigDecimal value, String uom, UnitOfMeasure base, UomConverter converter) {
    BigDecimal v = value == null ? BigDecimal.ZERO : value;
    return v.signum() < 0
        ? toBase(v.negate(), uom, base, converter).negate()
        : toBase(v, uom, base, converter);
  }

  private static StockPosition stock(
      ErpApi.InventoryPosition p, UnitOfMeasure base, UomConverter converter) {
    if (p == null) {
      return new StockPosition(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }
    String uom = p.uom() == null ? base.code() : p.uom();
    return new StockPosition(
        signedToBase(p.onHand(), uom, base, converter),
        signedToBase(p.allocated(), uom, base, converter),
        signedToBase(p.onOrder(), uom, base, converter),
        signedToBase(p.backordered(), uom, base, converter));
  }

  private static List<OpenOrderLine> openLines(
      List<ErpApi.PurchaseOrder> orders, String item, UnitOfMeasure base, UomConverter converter) {
    List<OpenOrderLine> lines = new ArrayList<>();
    for (ErpApi.PurchaseOrder po : orders) {
      for (ErpApi.PurchaseOrderLine l :
          po.lines() == null ? List.<ErpApi.PurchaseOrderLine>of() : po.lines()) {
        if (!item.equals(l.itemId()) || l.needByDate() == null) {
          continue;
        }
        BigDecimal qty = toBase(l.quantity(), l.uom(), base, converter);
        BigDecimal received = signedToBase(l.receivedQuantity(), l.uom(), base, converter);
        BigDecimal remaining = qty.subtract(received);
        if (remaining.signum() > 0) {
          lines.add(
              new OpenOrderLine(
                  po.number(),
                  po.externalReference(),
                  l.lineNumber(),
                  qty,
                  remaining,
                  l.needByDate()));
        }
      }
    }
    return lines;
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot store " + value.getClass().getSimpleName(), e);
    }
  }
}
