package io.distconnect.erp.api;

import static io.distconnect.erp.api.ErpFixtures.ADMIN;
import static io.distconnect.erp.api.ErpFixtures.BUYER;
import static io.distconnect.erp.api.ErpFixtures.PLANNER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SupplierResourceTest {

  private static String body(String id, String name, String taxId, String duns) {
    return """
        {"id":"%s","legalName":"%s","taxId":"%s",%s
         "addresses":[{"lines":["1 Harbour Road"],"city":"Bremen","postalCode":"28195","countryCode":"DE"}]}
        """
        .formatted(id, name, taxId, duns == null ? "" : "\"duns\":\"" + duns + "\",");
  }

  private static void create(String body, int status) {
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/suppliers")
        .then()
        .statusCode(status);
  }

  @Test
  void createsReadsAndListsSuppliers() {
    String id = ErpFixtures.unique("SUP");
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(body(id, "Hanse Getränke GmbH", "DE811111111", "12-345-6789"))
        .post("/api/v1/suppliers")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/suppliers/" + id))
        .body("status", equalTo("ACTIVE"), "addresses[0].countryCode", equalTo("DE"));
    given()
        .header("Authorization", BUYER)
        .get("/api/v1/suppliers/{id}", id)
        .then()
        .statusCode(200)
        .body("legalName", equalTo("Hanse Getränke GmbH"), "duns", equalTo("12-345-6789"));
    given()
        .header("Authorization", BUYER)
        .queryParam("size", 500)
        .get("/api/v1/suppliers")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));
    create(body(id, "Other", "DE899999999", null), 409);
    given()
        .header("Authorization", BUYER)
        .get("/api/v1/suppliers/{id}", "NOBODY")
        .then()
        .statusCode(404);
  }

  @Test
  void invalidSupplierDataIs400() {
    create(body(ErpFixtures.unique("SUP"), "X", "DE1", "123"), 400);
    create(body(ErpFixtures.unique("SUP"), "X", "DE1", null).replace("\"DE\"", "\"Germany\""), 400);
    given()
        .header("Authorization", PLANNER)
        .contentType(ContentType.JSON)
        .body(body(ErpFixtures.unique("SUP"), "X", "DE811111112", null))
        .post("/api/v1/suppliers")
        .then()
        .statusCode(403);
  }

  @Test
  void duplicateReportFindsTheSameCompanyKeyedTwice() {
    String taxId = "DE7" + (100000 + (int) (Math.random() * 899999)) + "1";
    String a = ErpFixtures.unique("SUP");
    String b = ErpFixtures.unique("SUP");
    create(body(a, "Nordsee Fisch Handels GmbH", taxId, null), 201);
    create(
        body(
            b,
            "NORDSEE FISCH HANDELS G.M.B.H.",
            taxId.substring(0, 2) + " " + taxId.substring(2),
            null),
        201);
    List<Map<String, Object>> pairs =
        given()
            .header("Authorization", BUYER)
            .queryParam("size", 500)
            .get("/api/v1/suppliers/duplicates")
            .then()
            .statusCode(200)
            .extract()
            .path("items");
    Map<String, Object> pair =
        pairs.stream()
            .filter(
                p ->
                    List.of(a, b).contains(((Map<?, ?>) p.get("supplier")).get("id"))
                        && List.of(a, b).contains(((Map<?, ?>) p.get("candidate")).get("id")))
            .findFirst()
            .orElseThrow();
    assertThat(((Number) pair.get("score")).doubleValue()).isGreaterThanOrEqualTo(0.95);
    assertThat(pair.get("probableDuplicate")).isEqualTo(true);
    assertThat((List<?>) pair.get("reasons"))
        .anySatisfy(r -> assertThat(r.toString()).contains("same tax id"));
    given()
        .header("Authorization", BUYER)
        .queryParam("minScore", 2)
        .get("/api/v1/suppliers/duplicates")
        .then()
        .statusCode(400);
  }
}
