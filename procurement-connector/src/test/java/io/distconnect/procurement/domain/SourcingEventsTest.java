package io.distconnect.procurement.domain;

import static io.distconnect.procurement.Procurement.BUYER;
import static io.distconnect.procurement.Procurement.contract;
import static io.distconnect.procurement.Procurement.newOrder;
import static io.distconnect.procurement.Procurement.processed;
import static io.distconnect.procurement.Procurement.send;
import static io.distconnect.procurement.Procurement.unique;
import static io.distconnect.procurement.SupplierStubResource.GONE_SUPPLIER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.distconnect.contracts.event.EventJson;
import io.distconnect.contracts.event.EventType;
import io.distconnect.contracts.event.ReplenishmentRequested;
import io.distconnect.contracts.event.Topics;
import io.distconnect.contracts.schema.EventSchemaValidator;
import io.distconnect.procurement.messaging.OutboxEvent;
import io.distconnect.testsupport.KafkaBrokerResource;
import io.distconnect.testsupport.OnVertx;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the orchestrator hears on {@code procurement.sourcing-events.v1}: one {@code
 * SourcingExceptionRaised} per exception, whichever step gave up, and one {@code ApprovalEscalated}
 * per approval left waiting — read from the real topic, checked against the contracts' schemas.
 */
@QuarkusTest
class SourcingEventsTest {

  private static final LocalDate NEED_BY = LocalDate.now().plusDays(14);

  /** The ids an event must carry. */
  private record Ids(String requestId, String caseId, String itemId, String locationId) {
    static Ids of(ReplenishmentRequested r) {
      return new Ids(r.requestId(), r.caseId(), r.itemId(), r.locationId());
    }
  }

  @Inject ApprovalService approvals;

  private KafkaCompanion kafka;
  private ConsumerTask<String, String> events;

  @BeforeEach
  void listen() {
    kafka = new KafkaCompanion(KafkaBrokerResource.bootstrapServers());
    events =
        kafka
            .consumeStrings()
            .withOffsetReset(OffsetResetStrategy.EARLIEST)
            .fromTopics(Topics.PROCUREMENT_SOURCING_EVENTS);
  }

  @AfterEach
  void stop() {
    events.stop();
    kafka.close();
  }

  @Test
  void itemWithoutContractRaisesNoContract() throws Exception {
    ReplenishmentRequested request = newOrder(unique("SKU-EV-NONE"), "DC-EAST", "10", NEED_BY);
    send(request);

    JsonNode data = raisedFor(Ids.of(request), "NO_CONTRACT");
    assertThat(data.path("detail").asText()).isEqualTo(recordedDetail(request.requestId()));
    assertThat(data.path("purchaseOrderNumber").isMissingNode()).isTrue();
  }

  @Test
  void exhaustedCapacityRaisesCapacityExhausted() throws Exception {
    String item = unique("SKU-EV-CAP");
    contract("SUP-EV-CAP", item, "1.00").with("capacityPerWeek", 150).create();
    assertThat(processed(send(newOrder(item, "DC-EAST", "100", NEED_BY))).getString("status"))
        .isEqualTo("ISSUED");
    ReplenishmentRequested second = newOrder(item, "DC-WEST", "100", NEED_BY);
    send(second);

    JsonNode data = raisedFor(Ids.of(second), "CAPACITY_EXHAUSTED");
    assertThat(data.path("detail").asText()).contains("remaining weekly capacity 50");
  }

  @Test
  void buyerRejectionRaisesApprovalRejected() throws Exception {
    String requestId = ApprovalFlowTest.expensiveRequest();
    processed(requestId);
    Ids request = stored(requestId);
    given()
        .header("Authorization", BUYER)
        .contentType(ContentType.JSON)
        .body("{\"comment\":\"Season is over\"}")
        .post(
            "/api/v1/approvals/{id}/reject", ApprovalFlowTest.pendingApproval(requestId).get("id"))
        .then()
        .statusCode(200);

    JsonNode data = raisedFor(request, "APPROVAL_REJECTED");
    assertThat(data.path("detail").asText()).contains("Season is over");
  }

  @Test
  void supplierThatStaysDownRaisesDeliveryFailedNamingThePo() throws Exception {
    String item = unique("SKU-EV-DOWN");
    contract(GONE_SUPPLIER, item, "1").create();
    ReplenishmentRequested request = newOrder(item, "DC-EAST", "10", NEED_BY);
    String po = processed(send(request)).getString("issuedPurchaseOrderNumber");

    JsonNode data = raisedFor(Ids.of(request), "DELIVERY_FAILED");
    assertThat(data.path("purchaseOrderNumber").asText()).isEqualTo(po);
    assertThat(data.path("detail").asText()).contains(po).contains(GONE_SUPPLIER);
  }

  @Test
  void approvalLeftPendingIsEscalatedOnceOnTheTopic() throws Exception {
    String requestId = ApprovalFlowTest.expensiveRequest();
    processed(requestId);
    Ids request = stored(requestId);
    String approvalId = (String) ApprovalFlowTest.pendingApproval(requestId).get("id");

    // Test profile: escalated after 3 s by the check that runs every second.
    ConsumerRecord<String, String> record =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> escalations(approvalId), list -> !list.isEmpty())
            .get(0);
    assertCloudEvent(record, request, EventType.APPROVAL_ESCALATED);
    JsonNode data = EventJson.mapper().readTree(record.value());
    assertThat(data.path("requestId").asText()).isEqualTo(requestId);
    assertThat(data.path("caseId").asText()).isEqualTo(request.caseId());
    assertThat(new java.math.BigDecimal(data.path("orderValue").path("amount").asText()))
        .isEqualByComparingTo("20000");
    assertThat(data.path("orderValue").path("currency").asText()).isEqualTo("EUR");
    assertThat(data.path("buyerGroup").asText()).isNotBlank();

    // The check keeps running (and runs here twice more on demand): the approval is still
    // pending, yet it is never escalated a second time. A run that collides with the scheduled
    // one on another approval's version fails as a replica would, so it is simply repeated.
    for (int run = 0; run < 2; run++) {
      await()
          .atMost(Duration.ofSeconds(10))
          .ignoreExceptions()
          .untilAsserted(() -> OnVertx.await(() -> approvals.escalate()));
    }
    long queued =
        OnVertx.await(
            () ->
                Panache.withSession(
                    () ->
                        OutboxEvent.count(
                            "type = ?1 and payload like ?2",
                            EventType.APPROVAL_ESCALATED.typeName(),
                            "%\"approvalId\":\"" + approvalId + "\"%")));
    assertThat(queued).isEqualTo(1);
    assertThat(escalations(approvalId)).hasSize(1);
    assertThat(ApprovalFlowTest.pendingApproval(requestId).get("escalated")).isEqualTo(true);
  }

  /**
   * Waits for the request's one SourcingExceptionRaised, checks its envelope, schema and ids, and
   * answers its data.
   */
  private JsonNode raisedFor(Ids request, String reason) throws Exception {
    List<ConsumerRecord<String, String>> raised =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> raisedFor(request.requestId()), list -> !list.isEmpty());
    assertThat(raised).hasSize(1);
    ConsumerRecord<String, String> record = raised.get(0);
    assertCloudEvent(record, request, EventType.SOURCING_EXCEPTION_RAISED);
    JsonNode data = EventJson.mapper().readTree(record.value());
    assertThat(data.path("reason").asText()).isEqualTo(reason);
    assertThat(data.path("requestId").asText()).isEqualTo(request.requestId());
    assertThat(data.path("caseId").asText()).isEqualTo(request.caseId());
    assertThat(data.path("itemId").asText()).isEqualTo(request.itemId());
    assertThat(data.path("locationId").asText()).isEqualTo(request.locationId());
    assertThat(data.path("raisedAt").asText()).isNotBlank();
    return data;
  }

  private List<ConsumerRecord<String, String>> raisedFor(String requestId) {
    return events.getRecords().stream()
        .filter(r -> EventType.SOURCING_EXCEPTION_RAISED.typeName().equals(header(r, "ce_type")))
        .filter(r -> r.value().contains("\"requestId\":\"" + requestId + "\""))
        .toList();
  }

  private List<ConsumerRecord<String, String>> escalations(String approvalId) {
    return events.getRecords().stream()
        .filter(r -> EventType.APPROVAL_ESCALATED.typeName().equals(header(r, "ce_type")))
        .filter(r -> r.value().contains("\"approvalId\":\"" + approvalId + "\""))
        .toList();
  }

  private static void assertCloudEvent(
      ConsumerRecord<String, String> record, Ids request, EventType type) {
    String key = request.itemId() + "@" + request.locationId();
    assertThat(record.topic()).isEqualTo("procurement.sourcing-events.v1");
    assertThat(record.key()).isEqualTo(key);
    assertThat(header(record, "ce_type"))
        .isEqualTo(
            type == EventType.APPROVAL_ESCALATED
                ? "io.distconnect.procurement.ApprovalEscalated.v1"
                : "io.distconnect.procurement.SourcingExceptionRaised.v1");
    assertThat(header(record, "ce_id")).isNotBlank();
    assertThat(header(record, "ce_source")).isEqualTo("/distconnect/procurement-connector");
    assertThat(header(record, "ce_subject")).isEqualTo(key);
    assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
    assertThat(EventSchemaValidator.shared().validate(type, record.value())).isEmpty();
  }

  /** The ids procurement stored for a request sent by a helper that hides them. */
  private static Ids stored(String requestId) {
    var json =
        given()
            .header("Authorization", BUYER)
            .get("/api/v1/replenishment-requests/{id}", requestId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    return new Ids(
        requestId,
        json.getString("caseId"),
        json.getString("itemId"),
        json.getString("locationId"));
  }

  private static String recordedDetail(String requestId) {
    return SourcingFlowTest.exceptionsFor(requestId).getString("items[0].detail");
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header h = record.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
