package io.distconnect.procurement.api;

import static io.distconnect.procurement.Procurement.BUYER;
import static io.distconnect.procurement.Procurement.contract;
import static io.distconnect.procurement.Procurement.newOrder;
import static io.distconnect.procurement.Procurement.processed;
import static io.distconnect.procurement.Procurement.send;
import static io.distconnect.procurement.Procurement.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.distconnect.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The purchase-order read API the orchestrator codes against. */
@QuarkusTest
class PurchaseOrderResourceTest {

  @Test
  void ordersAreFoundByNumberAndFilters() {
    String item = unique("SKU-READ");
    LocalDate needBy = LocalDate.now().plusDays(14);
    contract("SUP-READ", item, "1.75").create();
    var request = newOrder(item, "DC-SOUTH", "12", needBy);
    String number = processed(send(request)).getString("issuedPurchaseOrderNumber");

    given()
        .header("Authorization", TestTokens.bearer("service"))
        .get("/api/v1/purchase-orders/{n}", number)
        .then()
        .statusCode(200)
        .body("number", equalTo(number))
        .body("supplierId", equalTo("SUP-READ"))
        .body("shipToLocationId", equalTo("DC-SOUTH"))
        .body("currency", equalTo("EUR"))
        .body("revision", equalTo(1))
        .body("caseId", equalTo(request.caseId()))
        .body("requestId", equalTo(request.requestId()))
        .body("issuedAt", notNullValue())
        .body("lines[0].lineNumber", equalTo(1))
        .body("lines[0].itemId", equalTo(item))
        .body("lines[0].supplierPartId", equalTo(item))
        .body("lines[0].quantity", equalTo(12))
        .body("lines[0].uom", equalTo("EA"))
        .body("lines[0].unitPrice", equalTo(1.75f))
        .body("lines[0].needByDate", equalTo(needBy.toString()));

    given()
        .header("Authorization", BUYER)
        .queryParam("item", item)
        .queryParam("location", "DC-SOUTH")
        .queryParam("supplier", "SUP-READ")
        .get("/api/v1/purchase-orders")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("size", equalTo(50))
        .body("items[0].number", equalTo(number));
    given()
        .header("Authorization", BUYER)
        .queryParam("item", item)
        .queryParam("status", "closed")
        .get("/api/v1/purchase-orders")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    given()
        .header("Authorization", BUYER)
        .queryParam("status", "SHIPPED-ISH")
        .get("/api/v1/purchase-orders")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .header("Authorization", BUYER)
        .get("/api/v1/purchase-orders/{n}", "PO-NOPE")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given().get("/api/v1/purchase-orders/{n}", number).then().statusCode(401);
  }
}
