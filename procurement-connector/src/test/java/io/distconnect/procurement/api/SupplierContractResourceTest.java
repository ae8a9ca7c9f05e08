package io.distconnect.procurement.api;

import static io.distconnect.procurement.Procurement.BUYER;
import static io.distconnect.procurement.Procurement.contract;
import static io.distconnect.procurement.Procurement.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.distconnect.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The supplier-contract API other services code against. */
@QuarkusTest
class SupplierContractResourceTest {

  @Test
  void createReadFilterReplaceAndDelete() {
    String item = unique("SKU-CRUD");
    String id =
        contract("SUP-CRUD", item, "12.5")
            .with("orderUom", "CS")
            .with("moq", 4)
            .with("orderMultiple", 2)
            .with("capacityPerWeek", 500)
            .with("leadTimeStdDevDays", 1.5)
            .with("validTo", LocalDate.now().plusDays(30).toString())
            .with("preferred", true)
            .create();

    given()
        .header("Authorization", TestTokens.bearer("service"))
        .queryParam("item", item)
        .queryParam("validOn", LocalDate.now().toString())
        .get("/api/v1/supplier-contracts")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("page", equalTo(0))
        .body("items[0].id", equalTo(id))
        .body("items[0].supplierId", equalTo("SUP-CRUD"))
        .body("items[0].unitPrice", equalTo(12.5f))
        .body("items[0].currency", equalTo("EUR"))
        .body("items[0].orderUom", equalTo("CS"))
        .body("items[0].moq", equalTo(4))
        .body("items[0].orderMultiple", equalTo(2))
        .body("items[0].capacityPerWeek", equalTo(500))
        .body("items[0].leadTimeStdDevDays", equalTo(1.5f))
        .body("items[0].preferred", equalTo(true));
    given()
        .header("Authorization", BUYER)
        .queryParam("item", item)
        .queryParam("validOn", LocalDate.now().plusDays(60).toString())
        .get("/api/v1/supplier-contracts")
        .then()
        .body("total", equalTo(0));

    Map<String, Object> changed = contract("SUP-CRUD", item, "11").with("leadTimeDays", 9).body;
    given()
        .header("Authorization", BUYER)
        .contentType(ContentType.JSON)
        .body(changed)
        .put("/api/v1/supplier-contracts/{id}", id)
        .then()
        .statusCode(200)
        .body("unitPrice", equalTo(11))
        .body("leadTimeDays", equalTo(9))
        .body("validTo", nullValue());

    given()
        .header("Authorization", BUYER)
        .delete("/api/v1/supplier-contracts/{id}", id)
        .then()
        .statusCode(204);
    given()
        .header("Authorization", BUYER)
        .get("/api/v1/supplier-contracts/{id}", id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void idempotencyKeyCreatesOnceAndInvalidTermsNameTheirFields() {
    Map<String, Object> body = contract("SUP-IDEM", unique("SKU-IDEM"), "1").body;
    String key = unique("key");
    String first =
        given()
            .header("Authorization", BUYER)
            .header("Idempotency-Key", key)
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/v1/supplier-contracts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .header("Authorization", BUYER)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/supplier-contracts")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(first));

    Map<String, Object> bad =
        contract("SUP-BAD", "SKU-BAD", "-1").with("orderMultiple", 0).with("orderUom", "XYZ").body;
    given()
        .header("Authorization", BUYER)
        .contentType(ContentType.JSON)
        .body(bad)
        .post("/api/v1/supplier-contracts")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("unitPrice"))
        .body("violations.field", hasItem("orderMultiple"))
        .body("violations.field", hasItem("orderUom"));

    Map<String, Object> backwards =
        contract("SUP-BAD", "SKU-BAD", "1")
            .with("validTo", LocalDate.now().minusDays(10).toString())
            .body;
    given()
        .header("Authorization", BUYER)
        .contentType(ContentType.JSON)
        .body(backwards)
        .post("/api/v1/supplier-contracts")
        .then()
        .statusCode(400)
        .body("detail", org.hamcrest.Matchers.containsString("validity"));

    given()
        .header("Authorization", TestTokens.bearer("planner"))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/supplier-contracts")
        .then()
        .statusCode(403);
  }
}
