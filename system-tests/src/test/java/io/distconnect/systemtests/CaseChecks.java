package io.distconnect.systemtests;

import static io.distconnect.systemtests.Demo.ADMIN;
import static io.distconnect.systemtests.SystemUnderTest.ORCHESTRATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.distconnect.systemtests.Demo.Target;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * What the scenarios assert about cases, read through the services' APIs: that they complete, that
 * each completed case is one supplier PO and one ERP PO with the same quantities, and the
 * orchestrator's dead-letter exceptions.
 */
final class CaseChecks {

  /** How long a flow may take, from publication to COMPLETED, on a loaded CI machine. */
  static final Duration FLOW = Duration.ofSeconds(150);

  private final SystemUnderTest system;
  private final Demo demo;

  CaseChecks(SystemUnderTest system, Demo demo) {
    this.system = system;
    this.demo = demo;
  }

  void awaitCompleted(List<Target> targets) {
    try {
      Awaitility.await("cases COMPLETED for " + targets.stream().map(Target::key).toList())
          .atMost(FLOW)
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () ->
                  targets.stream()
                      .allMatch(
                          t -> {
                            List<String> states = states(demo.cases(t));
                            return states.stream().filter("COMPLETED"::equals).count() == 1
                                && states.stream()
                                    .allMatch(
                                        st -> st.equals("COMPLETED") || st.equals("NO_ACTION"));
                          }));
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(e.getMessage() + "\n" + demo.describe(targets), e);
    }
  }

  /**
   * One case, one supplier PO at procurement, one ERP PO at the ERP, and the same numbers in all
   * three: the case's request quantity (base unit) is what procurement ordered (order unit × case
   * size) and what the ERP holds.
   */
  JsonNode assertOneOrderPerService(Target t) {
    // One case orders. The buckets of a publication arrive as separate revisions: one that lands
    // while the position is still above the reorder point closes its case as NO_ACTION, and the
    // next revision opens a new case (observed for the demo ERP, whose positions move) — so other
    // cases of the SKU-location may exist, but only as NO_ACTION.
    JsonNode cases = demo.cases(t);
    List<String> caseStates = states(cases);
    assertThat(caseStates).as("cases of %s", t.key()).containsOnlyOnce("COMPLETED");
    assertThat(caseStates).as("cases of %s", t.key()).isSubsetOf("COMPLETED", "NO_ACTION");
    String completedId = null;
    for (JsonNode k : cases) {
      if ("COMPLETED".equals(k.get("state").asText())) {
        completedId = k.get("id").asText();
      }
    }
    JsonNode c = demo.caseDetail(completedId);
    assertThat(c.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(c.get("decisionKind").asText()).isEqualTo("NEW_ORDER");
    BigDecimal quantity = c.get("requestQuantity").decimalValue();
    assertThat(quantity).isPositive();
    assertThat(c.get("uom").asText()).isEqualTo("EA");
    assertThat(quantity.remainder(BigDecimal.valueOf(t.perCase())))
        .as("%s EA is whole cases of %d", quantity, t.perCase())
        .isZero();
    JsonNode figures = c.get("decision").get("figures");
    assertThat(figures.get("inventoryPosition").decimalValue())
        .isLessThanOrEqualTo(figures.get("reorderPoint").decimalValue());
    assertThat(figures.get("estimatedValue").decimalValue()).isLessThan(new BigDecimal("10000"));
    assertThat(c.get("acknowledgedAt").isNull()).isFalse();
    List<String> states = new ArrayList<>();
    c.get("timeline").forEach(tr -> states.add(tr.get("to").asText()));
    assertThat(states)
        .containsSubsequence(
            "DECIDED", "SOURCING", "PO_ISSUED", "ERP_UPDATED", "ACKNOWLEDGED", "COMPLETED");

    JsonNode supplierOrders = demo.procurementOrders(t);
    assertThat(supplierOrders.get("total").asLong()).as("supplier POs of %s", t.key()).isEqualTo(1);
    JsonNode po = supplierOrders.get("items").get(0);
    assertThat(po.get("number").asText()).isEqualTo(c.get("purchaseOrderNumber").asText());
    assertThat(po.get("caseId").asText()).isEqualTo(c.get("id").asText());
    assertThat(po.get("lines")).hasSize(1);
    JsonNode poLine = po.get("lines").get(0);
    assertThat(poLine.get("itemId").asText()).isEqualTo(t.sku());
    assertThat(poLine.get("uom").asText()).isEqualTo("CS");
    assertThat(poLine.get("quantity").decimalValue().multiply(BigDecimal.valueOf(t.perCase())))
        .as("supplier PO %s in EA", po.get("number").asText())
        .isEqualByComparingTo(quantity);

    JsonNode erpOrders = demo.erpOrders(t);
    assertThat(erpOrders.get("total").asLong()).as("ERP POs of %s", t.key()).isEqualTo(1);
    JsonNode erp = erpOrders.get("items").get(0);
    assertThat(erp.get("number").asText()).isEqualTo(c.get("erpPurchaseOrderNumber").asText());
    assertThat(erp.get("externalReference").asText()).isEqualTo(po.get("number").asText());
    assertThat(erp.get("supplierId").asText()).isEqualTo(po.get("supplierId").asText());
    assertThat(erp.get("lines")).hasSize(1);
    JsonNode erpLine = erp.get("lines").get(0);
    BigDecimal erpQuantity =
        "CS".equals(erpLine.get("uom").asText())
            ? erpLine.get("quantity").decimalValue().multiply(BigDecimal.valueOf(t.perCase()))
            : erpLine.get("quantity").decimalValue();
    assertThat(erpQuantity)
        .as("ERP PO %s in EA", erp.get("number").asText())
        .isEqualByComparingTo(quantity);
    assertThat(erpLine.get("unitPrice").decimalValue())
        .isEqualByComparingTo(poLine.get("unitPrice").decimalValue());
    return c;
  }

  JsonNode deadLetterException(String topic, String key) {
    for (JsonNode e :
        Api.get(
                system.url(ORCHESTRATOR)
                    + "/api/v1/exceptions?type=DEAD_LETTER&status=ALL&size=500",
                ADMIN)
            .get("items")) {
      if (topic.equals(e.path("sourceTopic").asText())
          && key.equals(e.path("recordKey").asText())) {
        return e;
      }
    }
    return null;
  }

  static List<String> states(JsonNode cases) {
    List<String> out = new ArrayList<>();
    cases.forEach(c -> out.add(c.get("state").asText()));
    return out;
  }
}
