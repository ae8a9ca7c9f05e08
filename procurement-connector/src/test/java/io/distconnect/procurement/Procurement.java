package io.distconnect.procurement;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.distconnect.contracts.event.EventJson;
import io.distconnect.contracts.event.ReplenishmentDecisionKind;
import io.distconnect.contracts.event.ReplenishmentRequested;
import io.distconnect.contracts.event.Topics;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.testsupport.KafkaBrokerResource;
import io.distconnect.testsupport.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Drives the connector the way its neighbours do: contracts over REST with a buyer token,
 * replenishment requests as CloudEvents on the real Kafka topic, results read over REST.
 */
public final class Procurement {

  public static final String BUYER = TestTokens.bearer("buyer");

  private Procurement() {}

  /** A unique id per test run, so tests sharing one database never see each other's rows. */
  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  /** Contract terms; adjust with the setters, then {@link #create()}. */
  public static final class Contract {
    public final Map<String, Object> body = new LinkedHashMap<>();

    Contract(String supplier, String item, String price) {
      body.put("supplierId", supplier);
      body.put("itemId", item);
      body.put("unitPrice", new BigDecimal(price));
      body.put("currency", "EUR");
      body.put("leadTimeDays", 5);
      body.put("orderUom", "EA");
      body.put("moq", BigDecimal.ZERO);
      body.put("orderMultiple", BigDecimal.ONE);
      body.put("validFrom", LocalDate.now().minusDays(1).toString());
      body.put("preferred", false);
    }

    public Contract with(String field, Object value) {
      body.put(field, value);
      return this;
    }

    /** Creates it over REST and returns the contract id. */
    public String create() {
      return given()
          .header("Authorization", BUYER)
          .contentType(ContentType.JSON)
          .body(body)
          .post("/api/v1/supplier-contracts")
          .then()
          .statusCode(201)
          .extract()
          .path("id");
    }
  }

  public static Contract contract(String supplier, String item, String price) {
    return new Contract(supplier, item, price);
  }

  public static ReplenishmentRequested newOrder(
      String item, String location, String quantity, LocalDate needBy) {
    return new ReplenishmentRequested(
        unique("RR"),
        unique("CASE"),
        item,
        location,
        Quantity.of(quantity, UnitOfMeasure.EA),
        needBy,
        ReplenishmentDecisionKind.NEW_ORDER,
        null,
        null,
        Instant.now());
  }

  /** Sends the request as the orchestrator does, under a fresh CloudEvents id. */
  public static String send(ReplenishmentRequested request) {
    return send(request, UUID.randomUUID().toString());
  }

  public static String send(ReplenishmentRequested request, String eventId) {
    return send(request, eventId, null);
  }

  /** As {@link #send(ReplenishmentRequested, String)}, inside the caller's W3C trace context. */
  public static String send(ReplenishmentRequested request, String eventId, String traceparent) {
    RecordHeaders headers = new RecordHeaders();
    if (traceparent != null) {
      headers.add("traceparent", bytes(traceparent));
    }
    headers.add("ce_specversion", bytes("1.0"));
    headers.add("ce_id", bytes(eventId));
    headers.add("ce_type", bytes("io.distconnect.procurement.ReplenishmentRequested.v1"));
    headers.add("ce_source", bytes("/distconnect/orchestrator"));
    headers.add("content-type", bytes("application/json"));
    try (KafkaCompanion kafka = new KafkaCompanion(KafkaBrokerResource.bootstrapServers())) {
      kafka
          .produceStrings()
          .fromRecords(
              new ProducerRecord<>(
                  Topics.REPLENISHMENT_REQUESTS,
                  null,
                  request.partitionKey(),
                  EventJson.toJson(request),
                  headers))
          .awaitCompletion(Duration.ofSeconds(10));
    }
    return request.requestId();
  }

  /** The request once procurement has taken it past RECEIVED. */
  public static JsonPath processed(String requestId) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              var response =
                  given()
                      .header("Authorization", BUYER)
                      .get("/api/v1/replenishment-requests/{id}", requestId);
              return response.statusCode() == 200 ? response.jsonPath() : null;
            },
            json -> json != null && !"RECEIVED".equals(json.getString("status")));
  }

  public static JsonPath purchaseOrder(String number) {
    return given()
        .header("Authorization", BUYER)
        .get("/api/v1/purchase-orders/{n}", number)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
