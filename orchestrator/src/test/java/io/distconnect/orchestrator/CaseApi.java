package io.distconnect.orchestrator;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/** The orchestrator's case and exception API as the tests read it, authenticated as an admin. */
public final class CaseApi {

  private static final String ADMIN = Flow.ADMIN;

  private CaseApi() {}

  /** The open exceptions of a case, optionally of one type. */
  public static List<Map<String, Object>> exceptions(String caseId, String type) {
    var request = given().header("Authorization", ADMIN).queryParam("caseId", caseId);
    if (type != null) {
      request = request.queryParam("type", type);
    }
    return request
        .get("/api/v1/exceptions")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  /** The dead-letter exceptions of a process domain ({@code null}: every domain), up to 500. */
  public static List<Map<String, Object>> deadLetters(String domain) {
    var request =
        given()
            .header("Authorization", ADMIN)
            .queryParam("type", "DEAD_LETTER")
            .queryParam("size", 500);
    if (domain != null) {
      request = request.queryParam("domain", domain);
    }
    return request
        .get("/api/v1/exceptions")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  /** Waits up to 30 s for the dead-letter exception of a poison event id and answers it. */
  public static Map<String, Object> awaitDeadLetter(String domain, String eventId) {
    return awaitDeadLetter(domain, e -> eventId.equals(e.get("eventId")));
  }

  /** Waits up to 30 s for a dead-letter exception that matches and answers it. */
  public static Map<String, Object> awaitDeadLetter(
      String domain, Predicate<Map<String, Object>> match) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> deadLetters(domain).stream().filter(match).findFirst().orElse(null),
            e -> e != null);
  }

  public static JsonPath detail(String caseId) {
    return given()
        .header("Authorization", ADMIN)
        .get("/api/v1/cases/" + caseId)
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .extract()
        .jsonPath();
  }
}
