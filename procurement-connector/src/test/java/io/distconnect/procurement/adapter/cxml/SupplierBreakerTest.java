package io.distconnect.procurement.adapter.cxml;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.distconnect.procurement.Procurement.BUYER;
import static io.distconnect.procurement.Procurement.contract;
import static io.distconnect.procurement.Procurement.newOrder;
import static io.distconnect.procurement.Procurement.processed;
import static io.distconnect.procurement.Procurement.send;
import static io.distconnect.procurement.Procurement.unique;
import static io.distconnect.procurement.SupplierStubResource.BROKEN_SUPPLIER;
import static io.distconnect.procurement.SupplierStubResource.CXML_SUPPLIER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.distconnect.procurement.SupplierStubResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Each supplier has its own circuit breaker: a supplier that is down stops receiving tries, and the
 * others keep receiving orders meanwhile.
 */
@QuarkusTest
class SupplierBreakerTest {

  private static final LocalDate NEED_BY = LocalDate.now().plusDays(12);

  @Inject CircuitBreakerMaintenance breakers;

  @Test
  void supplierThatIsDownOpensOnlyItsOwnBreaker() {
    String brokenItem = unique("SKU-BRK");
    contract(BROKEN_SUPPLIER, brokenItem, "1").create();
    String brokenPo =
        processed(send(newOrder(brokenItem, "DC-EAST", "10", NEED_BY)))
            .getString("issuedPurchaseOrderNumber");

    // Test profile: a rolling window of 4 calls, open for 60 s. The first attempt's three POSTs
    // and the second attempt's first one fill it with failures.
    await()
        .atMost(Duration.ofSeconds(30))
        .ignoreExceptions()
        .until(() -> state(BROKEN_SUPPLIER) == CircuitBreakerState.OPEN);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "FAILED".equals(delivery(brokenPo).getString("items[0].status")));
    // Three attempts of three tries each would be nine POSTs; the open breaker kept the rest back.
    assertThat(posts(BROKEN_SUPPLIER)).isEqualTo(4);
    assertThat(delivery(brokenPo).getString("items[0].lastError")).containsIgnoringCase("circuit");

    // Another supplier is not held back by it.
    String item = unique("SKU-BRK-OK");
    contract(CXML_SUPPLIER, item, "1").create();
    String po =
        processed(send(newOrder(item, "DC-EAST", "10", NEED_BY)))
            .getString("issuedPurchaseOrderNumber");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> "DELIVERED".equals(delivery(po).getString("items[0].status")));
    assertThat(delivery(po).getInt("items[0].attempts")).isEqualTo(1);
    assertThat(state(CXML_SUPPLIER)).isEqualTo(CircuitBreakerState.CLOSED);
    assertThat(state(BROKEN_SUPPLIER)).isEqualTo(CircuitBreakerState.OPEN);
  }

  private CircuitBreakerState state(String supplierId) {
    return breakers.currentState(SupplierGuards.breakerName(supplierId));
  }

  private static int posts(String supplierId) {
    return SupplierStubResource.server()
        .findAll(postRequestedFor(urlPathEqualTo("/down/" + supplierId)))
        .size();
  }

  private static JsonPath delivery(String po) {
    return given()
        .header("Authorization", BUYER)
        .queryParam("po", po)
        .get("/api/v1/supplier-deliveries")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
