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
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.distconnect.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Automatic approval under the spend limit, a buyer's decision above it, and escalation. */
@QuarkusTest
class ApprovalFlowTest {

  private static final LocalDate NEED_BY = LocalDate.now().plusDays(14);

  /** 1000 EA at 20 EUR = 20 000 EUR, above the default 10 000 EUR limit. */
  static String expensiveRequest() {
    String item = unique("SKU-BIG");
    contract("SUP-BIG", item, "20").create();
    return send(newOrder(item, "DC-EAST", "1000", NEED_BY));
  }

  static Map<String, Object> pendingApproval(String requestId) {
    List<Map<String, Object>> items =
        given()
            .header("Authorization", BUYER)
            .queryParam("status", "pending")
            .queryParam("size", 500)
            .get("/api/v1/approvals")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    return items.stream()
        .filter(a -> requestId.equals(a.get("requestId")))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void orderWithinTheSpendLimitIsApprovedAutomatically() {
    String item = unique("SKU-SMALL");
    contract("SUP-SMALL", item, "2").create();
    JsonPath request = processed(send(newOrder(item, "DC-EAST", "100", NEED_BY)));
    assertThat(request.getString("status")).isEqualTo("ISSUED");
    assertThat(request.getString("sourcingReasons")).contains("approved automatically");
  }

  @Test
  void orderAboveTheLimitWaitsForABuyerWhoApprovesIt() {
    String requestId = expensiveRequest();
    JsonPath request = processed(requestId);
    assertThat(request.getString("status")).isEqualTo("PENDING_APPROVAL");
    assertThat(request.getString("issuedPurchaseOrderNumber")).isNull();
    Map<String, Object> approval = pendingApproval(requestId);
    assertThat(approval.get("amount")).isEqualTo(20000);
    assertThat(approval.get("buyerGroup")).isEqualTo("default");

    // A comment is required, and only buyers decide.
    given()
        .header("Authorization", BUYER)
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/v1/approvals/{id}/approve", approval.get("id"))
        .then()
        .statusCode(400);
    given()
        .header("Authorization", TestTokens.bearer("service"))
        .contentType(ContentType.JSON)
        .body("{\"comment\":\"ok\"}")
        .post("/api/v1/approvals/{id}/approve", approval.get("id"))
        .then()
        .statusCode(403);

    given()
        .header("Authorization", BUYER)
        .contentType(ContentType.JSON)
        .body("{\"comment\":\"Season peak, agreed with category manager\"}")
        .post("/api/v1/approvals/{id}/approve", approval.get("id"))
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"))
        .body("decidedBy", notNullValue());

    JsonPath issued = processed(requestId);
    assertThat(issued.getString("status")).isEqualTo("ISSUED");
    JsonPath po = purchaseOrder(issued.getString("issuedPurchaseOrderNumber"));
    assertThat(po.getString("requestId")).isEqualTo(requestId);
    assertThat(po.getDouble("lines[0].quantity")).isEqualTo(1000.0);

    // Deciding twice is a conflict.
    given()
        .header("Authorization", BUYER)
        .contentType(ContentType.JSON)
        .body("{\"comment\":\"again\"}")
        .post("/api/v1/approvals/{id}/reject", approval.get("id"))
        .then()
        .statusCode(409);
  }

  @Test
  void rejectedApprovalBecomesAnException() {
    String requestId = expensiveRequest();
    processed(requestId);
    Map<String, Object> approval = pendingApproval(requestId);

    given()
        .header("Authorization", BUYER)
        .contentType(ContentType.JSON)
        .body("{\"comment\":\"Too much stock already\"}")
        .post("/api/v1/approvals/{id}/reject", approval.get("id"))
        .then()
        .statusCode(200);

    assertThat(processed(requestId).getString("status")).isEqualTo("REJECTED");
    JsonPath exceptions = SourcingFlowTest.exceptionsFor(requestId);
    assertThat(exceptions.getString("items[0].reason")).isEqualTo("APPROVAL_REJECTED");
    assertThat(exceptions.getString("items[0].detail")).contains("Too much stock already");
  }

  @Test
  void approvalLeftPendingIsEscalated() {
    String requestId = expensiveRequest();
    processed(requestId);
    assertThat(pendingApproval(requestId).get("escalated")).isEqualTo(false);

    // Test profile: escalate after 3 s, checked every second.
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () -> {
              Map<String, Object> approval = pendingApproval(requestId);
              assertThat(approval.get("escalated")).isEqualTo(true);
              assertThat(approval.get("escalatedAt")).isNotNull();
            });
  }
}
