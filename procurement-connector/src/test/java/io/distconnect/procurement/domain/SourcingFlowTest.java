package io.distconnect.procurement.domain;

import static io.distconnect.procurement.Procurement.BUYER;
import static io.distconnect.procurement.Procurement.contract;
import static io.distconnect.procurement.Procurement.newOrder;
import static io.distconnect.procurement.Procurement.processed;
import static io.distconnect.procurement.Procurement.purchaseOrder;
import static io.distconnect.procurement.Procurement.send;
import static io.distconnect.procurement.Procurement.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Sourcing through the real flow: a request on Kafka, contracts in PostgreSQL, the decision and the
 * issued PO read back over REST.
 */
@QuarkusTest
class SourcingFlowTest {

  private static final LocalDate IN_TWO_WEEKS = LocalDate.now().plusDays(14);

  @Test
  void preferredSupplierWinsOverCheaperOne() {
    String item = unique("SKU-PREF");
    String preferred = contract("SUP-P", item, "2.40").with("preferred", true).create();
    contract("SUP-Q", item, "1.10").create();

    JsonPath request = processed(send(newOrder(item, "DC-EAST", "100", IN_TWO_WEEKS)));

    assertThat(request.getString("status")).isEqualTo("ISSUED");
    assertThat(request.getString("contractId")).isEqualTo(preferred);
    assertThat(request.getString("sourcingReasons")).contains("chosen " + preferred);
    JsonPath po = purchaseOrder(request.getString("issuedPurchaseOrderNumber"));
    assertThat(po.getString("supplierId")).isEqualTo("SUP-P");
    assertThat(po.getString("status")).isIn("ISSUED", "ACKNOWLEDGED");
    assertThat(po.getInt("revision")).isEqualTo(1);
    assertThat(po.getDouble("lines[0].unitPrice")).isEqualTo(2.4);
  }

  @Test
  void withoutPreferenceTheLowestOrderValueWins() {
    String item = unique("SKU-CHEAP");
    contract("SUP-A", item, "1.50").create();
    String cheapest = contract("SUP-B", item, "1.20").create();
    // Cheapest per piece, but its MOQ makes the order dearest.
    contract("SUP-C", item, "1.00").with("moq", 1000).create();

    JsonPath request = processed(send(newOrder(item, "DC-EAST", "100", IN_TWO_WEEKS)));

    assertThat(request.getString("contractId")).isEqualTo(cheapest);
    assertThat(request.getString("supplierId")).isEqualTo("SUP-B");
  }

  @Test
  void contractWhoseLeadTimeMissesTheNeedByDateIsPassedOver() {
    String item = unique("SKU-LEAD");
    contract("SUP-SLOW", item, "1.00").with("preferred", true).with("leadTimeDays", 30).create();
    String fast = contract("SUP-FAST", item, "1.90").with("leadTimeDays", 3).create();

    JsonPath request = processed(send(newOrder(item, "DC-EAST", "10", IN_TWO_WEEKS)));

    assertThat(request.getString("contractId")).isEqualTo(fast);
    assertThat(request.getString("sourcingReasons")).contains("lead time 30d");
  }

  @Test
  void quantityIsRoundedToMoqAndOrderMultiple() {
    String item = unique("SKU-ROUND");
    contract("SUP-R", item, "0.50").with("moq", 100).with("orderMultiple", 24).create();

    JsonPath request = processed(send(newOrder(item, "DC-EAST", "30", IN_TWO_WEEKS)));

    // MOQ 100 is not a multiple of 24; the next multiple is 120.
    assertThat(request.getDouble("orderQuantity")).isEqualTo(120.0);
    JsonPath po = purchaseOrder(request.getString("issuedPurchaseOrderNumber"));
    assertThat(po.getDouble("lines[0].quantity")).isEqualTo(120.0);
    assertThat(po.getString("lines[0].uom")).isEqualTo("EA");
  }

  @Test
  void exhaustedWeeklyCapacityBecomesASourcingException() {
    String item = unique("SKU-CAP");
    contract("SUP-CAP", item, "1.00").with("capacityPerWeek", 150).create();
    JsonPath first = processed(send(newOrder(item, "DC-EAST", "100", IN_TWO_WEEKS)));
    assertThat(first.getString("status")).isEqualTo("ISSUED");

    // Another location, so it cannot amend the first order; 100 + 100 > 150 in the same week.
    String second = send(newOrder(item, "DC-WEST", "100", IN_TWO_WEEKS));
    JsonPath failed = processed(second);

    assertThat(failed.getString("status")).isEqualTo("SOURCING_FAILED");
    JsonPath exceptions = exceptionsFor(second);
    assertThat(exceptions.getString("items[0].reason")).isEqualTo("CAPACITY_EXHAUSTED");
    assertThat(exceptions.getString("items[0].detail")).contains("remaining weekly capacity 50");
  }

  @Test
  void itemWithoutContractBecomesANoSupplierException() {
    String item = unique("SKU-NONE");
    String requestId = send(newOrder(item, "DC-EAST", "10", IN_TWO_WEEKS));

    assertThat(processed(requestId).getString("status")).isEqualTo("SOURCING_FAILED");
    JsonPath exceptions = exceptionsFor(requestId);
    assertThat(exceptions.getInt("total")).isEqualTo(1);
    assertThat(exceptions.getString("items[0].reason")).isEqualTo("NO_CONTRACT");
    assertThat(exceptions.getString("items[0].itemId")).isEqualTo(item);
    assertThat(exceptions.getString("items[0].caseId")).startsWith("CASE-");
  }

  @Test
  void everyContractTooSlowGivesALeadTimeException() {
    String item = unique("SKU-SLOW");
    contract("SUP-SLOW", item, "1.00").with("leadTimeDays", 60).create();
    String requestId = send(newOrder(item, "DC-EAST", "10", IN_TWO_WEEKS));

    assertThat(processed(requestId).getString("status")).isEqualTo("SOURCING_FAILED");
    assertThat(exceptionsFor(requestId).getString("items[0].reason"))
        .isEqualTo("LEAD_TIME_TOO_LONG");
  }

  static JsonPath exceptionsFor(String requestId) {
    return given()
        .header("Authorization", BUYER)
        .queryParam("requestId", requestId)
        .get("/api/v1/sourcing-exceptions")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
