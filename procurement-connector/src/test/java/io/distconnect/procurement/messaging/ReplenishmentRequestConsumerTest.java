package io.distconnect.procurement.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.distconnect.contracts.event.EventJson;
import io.distconnect.contracts.event.ReplenishmentDecisionKind;
import io.distconnect.contracts.event.ReplenishmentRequested;
import io.distconnect.contracts.event.Topics;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.procurement.domain.ReplenishmentRequest;
import io.distconnect.testsupport.KafkaBrokerResource;
import io.distconnect.testsupport.OnVertx;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The consumer applies each event once and sends poison to the dead-letter topic. */
@QuarkusTest
class ReplenishmentRequestConsumerTest {

  private static final String TYPE = "io.distconnect.procurement.ReplenishmentRequested.v1";
  private static final String DLQ = Topics.REPLENISHMENT_REQUESTS + ".dlq.procurement-connector";

  private KafkaCompanion kafka;

  @BeforeEach
  void connect() {
    kafka = new KafkaCompanion(KafkaBrokerResource.bootstrapServers());
  }

  @AfterEach
  void close() {
    kafka.close();
  }

  private static ReplenishmentRequested request(String requestId, String item) {
    return new ReplenishmentRequested(
        requestId,
        "case-" + requestId,
        item,
        "DC-WEST",
        new Quantity(new java.math.BigDecimal("48"), UnitOfMeasure.EA),
        LocalDate.now().plusDays(10),
        ReplenishmentDecisionKind.NEW_ORDER,
        null,
        null,
        Instant.now());
  }

  private void send(String eventId, String type, String key, String json) {
    RecordHeaders headers = new RecordHeaders();
    headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
    headers.add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
    headers.add("ce_type", type.getBytes(StandardCharsets.UTF_8));
    headers.add("ce_source", "/distconnect/orchestrator".getBytes(StandardCharsets.UTF_8));
    headers.add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
    kafka
        .produceStrings()
        .fromRecords(new ProducerRecord<>(Topics.REPLENISHMENT_REQUESTS, null, key, json, headers))
        .awaitCompletion(Duration.ofSeconds(10));
  }

  private static long stored(String requestId) {
    return OnVertx.await(
        () -> Panache.withSession(() -> ReplenishmentRequest.count("requestId", requestId)));
  }

  private static long storedForItem(String item) {
    return OnVertx.await(
        () -> Panache.withSession(() -> ReplenishmentRequest.count("itemId", item)));
  }

  @Test
  void redeliveredEventIsAppliedOnce() {
    String eventId = UUID.randomUUID().toString();
    String item = "SKU-DUP-" + eventId.substring(0, 6);
    // Same event id twice; the second carries another request id, so a second effect would show.
    send(eventId, TYPE, item + "@DC-WEST", EventJson.toJson(request("R1-" + eventId, item)));
    send(eventId, TYPE, item + "@DC-WEST", EventJson.toJson(request("R2-" + eventId, item)));
    String marker = "R3-" + eventId;
    send(
        UUID.randomUUID().toString(),
        TYPE,
        item + "@DC-WEST",
        EventJson.toJson(request(marker, item)));

    await().atMost(Duration.ofSeconds(20)).until(() -> stored(marker) == 1);
    assertThat(stored("R1-" + eventId)).isEqualTo(1);
    assertThat(stored("R2-" + eventId)).isZero();
    assertThat(storedForItem(item)).isEqualTo(2);
  }

  @Test
  void poisonGoesToTheDeadLetterTopicAndTheStreamKeepsFlowing() {
    String item = "SKU-POISON-" + UUID.randomUUID().toString().substring(0, 6);
    String valid = EventJson.toJson(request("R-ok-" + item, item));
    String negative = valid.replace("\"48\"", "\"-48\"").replace(":48", ":-48");
    String poisonId = UUID.randomUUID().toString();
    var dead = kafka.consumeStrings().fromTopics(DLQ);
    send(poisonId, TYPE, item + "@DC-WEST", negative);
    send(UUID.randomUUID().toString(), "io.distconnect.nobody.Unknown.v1", item, "{}");
    send(UUID.randomUUID().toString(), TYPE, item + "@DC-WEST", valid);

    await().atMost(Duration.ofSeconds(30)).until(() -> stored("R-ok-" + item) == 1);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(dead.getRecords())
                    .anySatisfy(
                        r -> {
                          assertThat(r.key()).isEqualTo(item + "@DC-WEST");
                          assertThat(
                                  new String(
                                      r.headers().lastHeader("dead-letter-reason").value(),
                                      StandardCharsets.UTF_8))
                              .contains("violates its schema")
                              .contains(poisonId);
                        })
                    .anySatisfy(
                        r ->
                            assertThat(
                                    new String(
                                        r.headers().lastHeader("dead-letter-reason").value(),
                                        StandardCharsets.UTF_8))
                                .contains("Unknown event type")));
    dead.stop();
  }
}
