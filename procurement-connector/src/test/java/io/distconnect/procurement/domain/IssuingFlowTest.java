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

import io.distconnect.contracts.event.ReplenishmentDecisionKind;
import io.distconnect.contracts.event.ReplenishmentRequested;
import io.distconnect.contracts.event.Topics;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.testsupport.KafkaBrokerResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/** New orders, amendments of open ones, idempotent intake, and the events on the topic. */
@QuarkusTest
class IssuingFlowTest {

  private static final LocalDate NEED_BY = LocalDate.now().plusDays(14);

  private static List<ConsumerRecord<String, String>> eventsFor(
      ConsumerTask<String, String> task, String poNumber) {
    return task.getRecords().stream().filter(r -> poNumber.equals(r.key())).toList();
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header h = record.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  @Test
  void nearbyRequestAmendsTheOpenOrderAndAFarOneGetsANewOrder() {
    String item = unique("SKU-AMEND");
    contract("SUP-AM", item, "3").create();
    try (KafkaCompanion kafka = new KafkaCompanion(KafkaBrokerResource.bootstrapServers())) {
      ConsumerTask<String, String> events =
          kafka.consumeStrings().fromTopics(Topics.PROCUREMENT_PURCHASE_ORDER_EVENTS);

      ReplenishmentRequested first = newOrder(item, "DC-EAST", "100", NEED_BY);
      String number = processed(send(first)).getString("issuedPurchaseOrderNumber");
      // Needed three days later: inside the 7-day amend window, so the same order grows.
      ReplenishmentRequested second = newOrder(item, "DC-EAST", "50", NEED_BY.plusDays(3));
      JsonPath amended = processed(send(second));
      assertThat(amended.getString("issuedPurchaseOrderNumber")).isEqualTo(number);

      JsonPath po = purchaseOrder(number);
      assertThat(po.getInt("revision")).isEqualTo(2);
      assertThat(po.getDouble("lines[0].quantity")).isEqualTo(150.0);
      assertThat(po.getString("lines[0].needByDate")).isEqualTo(NEED_BY.toString());
      assertThat(po.getString("requestId")).isEqualTo(second.requestId());

      // A month later is outside the window: a new order.
      JsonPath later = processed(send(newOrder(item, "DC-EAST", "40", NEED_BY.plusDays(30))));
      assertThat(later.getString("issuedPurchaseOrderNumber")).isNotEqualTo(number);
      assertThat(purchaseOrder(later.getString("issuedPurchaseOrderNumber")).getInt("revision"))
          .isEqualTo(1);

      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                List<ConsumerRecord<String, String>> records = eventsFor(events, number);
                assertThat(records)
                    .anySatisfy(
                        r -> {
                          assertThat(header(r, "ce_type"))
                              .isEqualTo("io.distconnect.procurement.PurchaseOrderIssued.v1");
                          assertThat(r.value())
                              .contains("\"issueKind\":\"NEW\"")
                              .contains("\"revision\":1")
                              .contains("\"caseId\":\"" + first.caseId() + "\"")
                              .contains("\"requestId\":\"" + first.requestId() + "\"");
                          assertThat(header(r, "ce_source"))
                              .isEqualTo("/distconnect/procurement-connector");
                          assertThat(header(r, "ce_specversion")).isEqualTo("1.0");
                          assertThat(header(r, "ce_subject")).isEqualTo(number);
                          assertThat(header(r, "ce_id")).isNotBlank();
                          assertThat(header(r, "content-type")).isEqualTo("application/json");
                        })
                    .anySatisfy(
                        r ->
                            assertThat(r.value())
                                .contains("\"issueKind\":\"AMENDED\"")
                                .contains("\"revision\":2")
                                .contains("\"requestId\":\"" + second.requestId() + "\""))
                    .anySatisfy(
                        r -> {
                          // The embedded supplier confirms by itself, through real cXML.
                          assertThat(header(r, "ce_type"))
                              .isEqualTo("io.distconnect.procurement.SupplierAcknowledged.v1");
                          assertThat(r.value()).contains("\"outcome\":\"ACKNOWLEDGED\"");
                        });
              });
      events.stop();
    }
  }

  @Test
  void sameRequestSentTwiceUnderNewEventIdsCreatesOneOrder() {
    String item = unique("SKU-ONCE");
    contract("SUP-ONCE", item, "1").create();
    ReplenishmentRequested request = newOrder(item, "DC-EAST", "10", NEED_BY);
    send(request, UUID.randomUUID().toString());
    send(request, UUID.randomUUID().toString());
    // A later request for another item proves both copies were consumed.
    String marker = unique("SKU-MARK");
    processed(send(newOrder(marker, "DC-EAST", "1", NEED_BY)));
    processed(request.requestId());

    JsonPath orders =
        given()
            .header("Authorization", BUYER)
            .queryParam("item", item)
            .get("/api/v1/purchase-orders")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(orders.getInt("total")).isEqualTo(1);
    assertThat(orders.getInt("items[0].revision")).isEqualTo(1);
  }

  @Test
  void orchestratorAmendSetsTheLineTotalAndExpediteMovesTheDate() {
    String item = unique("SKU-ORCH");
    contract("SUP-OR", item, "2").with("orderMultiple", 10).create();
    String number =
        processed(send(newOrder(item, "DC-NORTH", "100", NEED_BY)))
            .getString("issuedPurchaseOrderNumber");

    ReplenishmentRequested amend =
        new ReplenishmentRequested(
            unique("RR"),
            unique("CASE"),
            item,
            "DC-NORTH",
            Quantity.of("155", UnitOfMeasure.EA),
            NEED_BY,
            ReplenishmentDecisionKind.AMEND,
            number,
            null,
            Instant.now());
    assertThat(processed(send(amend)).getString("status")).isEqualTo("ISSUED");
    JsonPath po = purchaseOrder(number);
    assertThat(po.getInt("revision")).isEqualTo(2);
    assertThat(po.getDouble("lines[0].quantity")).isEqualTo(160.0);

    ReplenishmentRequested expedite =
        new ReplenishmentRequested(
            unique("RR"),
            unique("CASE"),
            item,
            "DC-NORTH",
            Quantity.of("160", UnitOfMeasure.EA),
            NEED_BY.minusDays(4),
            ReplenishmentDecisionKind.EXPEDITE,
            number,
            null,
            Instant.now());
    processed(send(expedite));
    po = purchaseOrder(number);
    assertThat(po.getInt("revision")).isEqualTo(3);
    assertThat(po.getString("lines[0].needByDate")).isEqualTo(NEED_BY.minusDays(4).toString());
  }

  @Test
  void amendOfAnUnknownOrderIsAnException() {
    String item = unique("SKU-GONE");
    ReplenishmentRequested amend =
        new ReplenishmentRequested(
            unique("RR"),
            unique("CASE"),
            item,
            "DC-EAST",
            Quantity.of("5", UnitOfMeasure.EA),
            NEED_BY,
            ReplenishmentDecisionKind.AMEND,
            "PO-DOES-NOT-EXIST",
            null,
            Instant.now());
    String requestId = send(amend);
    assertThat(processed(requestId).getString("status")).isEqualTo("SOURCING_FAILED");
    assertThat(SourcingFlowTest.exceptionsFor(requestId).getString("items[0].reason"))
        .isEqualTo("PURCHASE_ORDER_NOT_AMENDABLE");
  }
}
