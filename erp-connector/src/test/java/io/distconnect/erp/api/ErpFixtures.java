package io.distconnect.erp.api;

import static io.restassured.RestAssured.given;

import io.distconnect.testsupport.TestTokens;
import io.restassured.http.ContentType;
import java.util.UUID;

/** Creates master data and orders through the API, each with fresh ids so tests never collide. */
final class ErpFixtures {

  static final String ADMIN = TestTokens.bearer("integration-admin");
  static final String SERVICE = TestTokens.bearer("service");
  static final String PLANNER = TestTokens.bearer("planner");
  static final String BUYER = TestTokens.bearer("buyer");

  private ErpFixtures() {}

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  static String location() {
    String code = unique("DC");
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(
            """
            {"code":"%s","name":"Test DC","type":"DC","region":"US-EAST","timeZone":"America/New_York"}
            """
                .formatted(code))
        .post("/api/v1/locations")
        .then()
        .statusCode(201);
    return code;
  }

  /** An item kept in EA, ordered in cases of 24. */
  static String item() {
    String sku = unique("SKU");
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(itemBody(sku, "Sparkling Water 500ml"))
        .post("/api/v1/items")
        .then()
        .statusCode(201);
    return sku;
  }

  static String itemBody(String sku, String description) {
    return """
        {"sku":"%s","description":"%s","hierarchy":{"category":"Beverages","family":"Water"},
         "baseUom":"EA","conversions":[{"from":"CS","factor":24,"to":"EA"}],
         "packSize":{"value":1,"uom":"CS"},"gtin":"00614141000036"}
        """
        .formatted(sku, description);
  }

  static String supplier() {
    String id = unique("SUP");
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(
            """
            {"id":"%s","legalName":"Supplier %s Inc.","taxId":"US%s","addresses":[]}
            """
                .formatted(id, id, Math.abs(id.hashCode())))
        .post("/api/v1/suppliers")
        .then()
        .statusCode(201);
    return id;
  }

  static String orderBody(
      String supplier, String location, String item, String quantity, String uom) {
    return """
        {"supplierId":"%s","shipToLocationId":"%s","currency":"USD","externalReference":"%s",
         "caseId":"CASE-1","lines":[{"itemId":"%s","quantity":%s,"uom":"%s","unitPrice":12.5,
         "needByDate":"2030-03-31"}]}
        """
        .formatted(supplier, location, unique("PROC"), item, quantity, uom);
  }

  /** Creates an order of one line and answers its ERP number. */
  static String order(String supplier, String location, String item, String quantity, String uom) {
    return given()
        .header("Authorization", SERVICE)
        .contentType(ContentType.JSON)
        .body(orderBody(supplier, location, item, quantity, uom))
        .post("/api/v1/purchase-orders")
        .then()
        .statusCode(201)
        .extract()
        .path("number");
  }
}
