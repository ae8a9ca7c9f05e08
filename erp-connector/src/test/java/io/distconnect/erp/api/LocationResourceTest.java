package io.distconnect.erp.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.distconnect.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LocationResourceTest {

  private static final String ADMIN = TestTokens.bearer("integration-admin");
  private static final String PLANNER = TestTokens.bearer("planner");

  private static String body(String code) {
    return """
        {"code":"%s","name":"Memphis DC","type":"DC","region":"US-SOUTH","timeZone":"America/Chicago"}
        """
        .formatted(code);
  }

  private static String newCode() {
    return "DC-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void withoutTokenIs401() {
    given().get("/api/v1/locations").then().statusCode(401);
  }

  @Test
  void tokenSignedByAnotherKeyIs401() {
    given()
        .header("Authorization", TestTokens.foreignBearer("integration-admin"))
        .get("/api/v1/locations")
        .then()
        .statusCode(401);
  }

  @Test
  void plannerMayReadButNotCreate() {
    given().header("Authorization", PLANNER).get("/api/v1/locations").then().statusCode(200);
    given()
        .header("Authorization", PLANNER)
        .contentType(ContentType.JSON)
        .body(body(newCode()))
        .post("/api/v1/locations")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void createsAndReadsALocation() {
    String code = newCode();
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(body(code))
        .post("/api/v1/locations")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/locations/" + code))
        .body("code", equalTo(code), "timeZone", equalTo("America/Chicago"));
    given()
        .header("Authorization", PLANNER)
        .get("/api/v1/locations/{code}", code)
        .then()
        .statusCode(200)
        .body("name", equalTo("Memphis DC"), "type", equalTo("DC"));
    given()
        .header("Authorization", PLANNER)
        .queryParam("region", "US-SOUTH")
        .queryParam("size", 500)
        .get("/api/v1/locations")
        .then()
        .statusCode(200)
        .body("items.code", hasItems(code), "size", equalTo(500));
  }

  @Test
  void invalidInputIs400ProblemNamingTheFields() {
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(
            """
            {"code":"","name":"X","type":"DC","region":"EU","timeZone":"Mars/Olympus"}
            """)
        .post("/api/v1/locations")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "type", equalTo("https://distconnect.dev/problems/validation"),
            "status", equalTo(400),
            "violations.field", hasItems("code", "timeZone"),
            "traceId", notNullValue());
  }

  @Test
  void unknownEnumValueAndUnknownPropertyAre400() {
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(
            """
            {"code":"X1","name":"X","type":"MOON_BASE","region":"EU","timeZone":"UTC"}
            """)
        .post("/api/v1/locations")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("type"));
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(
            """
            {"code":"X1","name":"X","type":"DC","region":"EU","timeZone":"UTC","colour":"red"}
            """)
        .post("/api/v1/locations")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("colour"));
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body("{\"code\":")
        .post("/api/v1/locations")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("not valid JSON"));
  }

  @Test
  void badPaginationIs400() {
    given()
        .header("Authorization", PLANNER)
        .queryParam("size", 0)
        .get("/api/v1/locations")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("size"));
  }

  @Test
  void unknownLocationIs404Problem() {
    given()
        .header("Authorization", PLANNER)
        .get("/api/v1/locations/{code}", "NOPE-404")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body(
            "detail",
            equalTo("No location NOPE-404"),
            "instance",
            equalTo("/api/v1/locations/NOPE-404"));
  }

  @Test
  void duplicateCodeIs409() {
    String code = newCode();
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(body(code))
        .post("/api/v1/locations")
        .then()
        .statusCode(201);
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(body(code))
        .post("/api/v1/locations")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void idempotencyKeyReplaysTheFirstAnswerAndRejectsAnotherBody() {
    String code = newCode();
    String key = UUID.randomUUID().toString();
    given()
        .header("Authorization", ADMIN)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(body(code))
        .post("/api/v1/locations")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", nullValue());
    given()
        .header("Authorization", ADMIN)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(body(code))
        .post("/api/v1/locations")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", equalTo("true"))
        .header("Location", containsString(code))
        .body("code", equalTo(code));
    given()
        .header("Authorization", ADMIN)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(body(newCode()))
        .post("/api/v1/locations")
        .then()
        .statusCode(409)
        .body("detail", containsString("different request body"));
  }

  @Test
  void unknownPathIs404ProblemAndHealthIsPublic() {
    given().header("Authorization", PLANNER).get("/api/v1/nothing-here").then().statusCode(404);
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    given().get("/q/openapi").then().statusCode(200);
  }
}
