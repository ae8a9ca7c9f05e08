package io.distconnect.systemtests;

import static io.distconnect.systemtests.SystemUnderTest.ERP;
import static io.distconnect.systemtests.SystemUnderTest.ORCHESTRATOR;
import static io.distconnect.systemtests.SystemUnderTest.PLANNING;
import static io.distconnect.systemtests.SystemUnderTest.PROCUREMENT;

import com.fasterxml.jackson.databind.JsonNode;
import io.distconnect.testsupport.TestTokens;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * The demo distributor as the scenarios use it: which SKU-locations to revise and by how much, so
 * that the orchestrator orders (reorder point above the inventory position) and the order stays
 * under both automatic limits (the orchestrator's 25,000 and procurement's buyer limit of 10,000
 * EUR) — the flow then runs without a person, as one trace.
 */
final class Demo {

  static final String ADMIN = TestTokens.bearer("integration-admin");
  static final String PLANNER = TestTokens.bearer("planner");
  static final String BUYER = TestTokens.bearer("buyer");

  /** The orchestrator's defaults (application.properties): service level 95 %, demand CV 0.5. */
  private static final double Z = 1.6448536;

  private static final double CV = 0.5;
  private static final int WEEKS = 4;
  private static final BigDecimal MAX_VALUE = new BigDecimal("8000");

  /** A SKU-location and the weekly forecast that makes it order. */
  record Target(String sku, String location, long weeklyQuantity, int perCase) {
    String key() {
      return sku + "@" + location;
    }
  }

  private final SystemUnderTest system;

  Demo(SystemUnderTest system) {
    this.system = system;
  }

  /** Waits until planning knows the items (ERP master data) and procurement has their contracts. */
  void awaitSeeded(List<String> skus) {
    Awaitility.await("planning and procurement know the demo items " + skus)
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(
            () ->
                skus.stream()
                    .allMatch(
                        s ->
                            Api.get(system.url(PLANNING) + "/api/v1/master-data/items/" + s, ADMIN)
                                    .has("sku")
                                && Api.get(
                                            system.url(PROCUREMENT)
                                                + "/api/v1/supplier-contracts?item="
                                                + s,
                                            ADMIN)
                                        .get("total")
                                        .asLong()
                                    >= 1));
  }

  /**
   * The first {@code count} of the candidates whose revision orders automatically: from the ERP's
   * inventory position and the preferred contract, the weekly demand that puts the reorder point 25
   * % above the position, kept when the resulting order is worth at most 6,000.
   */
  List<Target> pick(List<String> candidates, String location, int count) {
    return pick(candidates, List.of(location), count);
  }

  List<Target> pick(List<String> candidates, List<String> locations, int count) {
    awaitSeeded(candidates);
    List<Target> out = new ArrayList<>();
    for (String sku : candidates) {
      for (String location : locations) {
        if (out.size() < count) {
          candidate(sku, location).ifPresent(out::add);
        }
      }
    }
    if (out.size() < count) {
      throw new IllegalStateException(
          "Only " + out.size() + " of " + candidates + " at " + locations + " order automatically");
    }
    return out;
  }

  private java.util.Optional<Target> candidate(String sku, String location) {
    {
      JsonNode position =
          Api.get(system.url(ERP) + "/api/v1/inventory-positions/" + sku + "/" + location, ADMIN);
      JsonNode item = Api.get(system.url(ERP) + "/api/v1/items/" + sku, ADMIN);
      if (!"ACTIVE".equals(item.path("status").asText())
          || !"EA".equals(item.path("baseUom").asText())) {
        return java.util.Optional.empty();
      }
      int perCase = 0;
      for (JsonNode c : item.get("conversions")) {
        if ("CS".equals(c.get("from").asText())) {
          perCase = c.get("factor").asInt();
        }
      }
      JsonNode contract = null;
      for (JsonNode c :
          Api.get(system.url(PROCUREMENT) + "/api/v1/supplier-contracts?item=" + sku, ADMIN)
              .get("items")) {
        if (c.path("preferred").asBoolean()) {
          contract = c;
        }
        // Procurement's demo contracts name suppliers (SUP-1018…) the ERP's demo distributor does
        // not have; the ERP then rejects the order (reported as a seed-data defect). Avoid them.
        if (!erpKnowsSupplier(c.get("supplierId").asText())) {
          return java.util.Optional.empty();
        }
      }
      if (contract == null
          || perCase == 0
          || !"CS".equals(contract.get("orderUom").asText())
          || !noOrdersYet(sku, location)) {
        return java.util.Optional.empty();
      }
      double ip = position.get("inventoryPosition").asDouble();
      double lt = contract.get("leadTimeDays").asDouble();
      double sLt = contract.get("leadTimeStdDevDays").asDouble();
      double daily = 1.25 * Math.max(ip, 100) / (lt + Z * Math.sqrt(lt * CV * CV + sLt * sLt));
      long weekly = (long) Math.ceil(daily * 7);
      double d = weekly / 7.0;
      double rop = d * (lt + Z * Math.sqrt(lt * CV * CV + sLt * sLt));
      double unitCost = contract.get("unitPrice").asDouble() / perCase;
      double eoq = Math.sqrt(2 * d * 365 * 50 / (0.25 * unitCost));
      double cases = Math.ceil((rop + eoq - ip) / perCase) + contract.get("orderMultiple").asInt();
      BigDecimal value =
          BigDecimal.valueOf(Math.max(cases, contract.get("moq").asInt()))
              .multiply(contract.get("unitPrice").decimalValue())
              .setScale(2, RoundingMode.HALF_UP);
      return value.compareTo(MAX_VALUE) <= 0
          ? java.util.Optional.of(new Target(sku, location, weekly, perCase))
          : java.util.Optional.empty();
    }
  }

  /** No purchase order for the SKU-location yet (the demo ERP seeds some): a new order follows. */
  private boolean noOrdersYet(String sku, String location) {
    Target probe = new Target(sku, location, 0, 0);
    return erpOrders(probe).get("total").asLong() == 0
        && procurementOrders(probe).get("total").asLong() == 0;
  }

  private boolean erpKnowsSupplier(String supplierId) {
    return Api.status(system.url(ERP) + "/api/v1/suppliers/" + supplierId, ADMIN) == 200;
  }

  /**
   * Publishes one planning cycle with {@value #WEEKS} weekly buckets per target; returns the job.
   */
  JsonNode publish(String cycle, List<Target> targets) {
    List<Map<String, Object>> rows = new ArrayList<>();
    LocalDate start = LocalDate.now().plusDays(1);
    for (Target t : targets) {
      for (int w = 0; w < WEEKS; w++) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("item", t.sku());
        row.put("location", t.location());
        row.put("periodStart", start.plusWeeks(w).toString());
        row.put("periodEnd", start.plusWeeks(w).plusDays(6).toString());
        row.put("quantity", Long.toString(t.weeklyQuantity()));
        row.put("uom", "EA");
        rows.add(row);
      }
    }
    Api.Reply r =
        Api.post(
            system.url(PLANNING) + "/api/v1/forecast-publications",
            PLANNER,
            Map.of("planningCycleId", cycle, "rows", rows));
    if (r.status() != 201) {
      throw new AssertionError("Publication answered " + r.status() + ": " + r.raw());
    }
    return r.body();
  }

  static int weeks() {
    return WEEKS;
  }

  /** The cases of one SKU-location at the orchestrator. */
  JsonNode cases(Target t) {
    return Api.get(
            system.url(ORCHESTRATOR)
                + "/api/v1/cases?item="
                + t.sku()
                + "&location="
                + t.location(),
            ADMIN)
        .get("items");
  }

  JsonNode caseDetail(String id) {
    return Api.get(system.url(ORCHESTRATOR) + "/api/v1/cases/" + id, ADMIN);
  }

  JsonNode procurementOrders(Target t) {
    return Api.get(
        system.url(PROCUREMENT)
            + "/api/v1/purchase-orders?item="
            + t.sku()
            + "&location="
            + t.location(),
        ADMIN);
  }

  JsonNode erpOrders(Target t) {
    return Api.get(
        system.url(ERP) + "/api/v1/purchase-orders?item=" + t.sku() + "&location=" + t.location(),
        ADMIN);
  }

  /** What every service says about the targets: the failure message of an await. */
  String describe(List<Target> targets) {
    StringBuilder out = new StringBuilder();
    for (Target t : targets) {
      out.append(t.key()).append(":\n  cases ");
      try {
        for (JsonNode c : cases(t)) {
          out.append(c.get("state").asText())
              .append(c.has("statusReason") ? " (" + c.get("statusReason").asText() + ")" : "")
              .append(' ');
        }
        out.append("\n  procurement POs ").append(procurementOrders(t).get("total"));
        out.append(", ERP POs ").append(erpOrders(t).get("total")).append('\n');
      } catch (RuntimeException | AssertionError e) {
        out.append("(").append(e.getMessage()).append(")\n");
      }
    }
    try {
      out.append("open exceptions: ")
          .append(Api.get(system.url(ORCHESTRATOR) + "/api/v1/exceptions", ADMIN).get("items"))
          .append('\n');
    } catch (RuntimeException | AssertionError e) {
      out.append("(exceptions: ").append(e.getMessage()).append(")\n");
    }
    return out.toString();
  }
}
