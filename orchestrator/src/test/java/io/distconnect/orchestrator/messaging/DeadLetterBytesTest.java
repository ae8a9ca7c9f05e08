package io.distconnect.orchestrator.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.distconnect.contracts.event.Topics;
import io.distconnect.orchestrator.CaseApi;
import io.distconnect.orchestrator.Flow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/**
 * Poison that is not text: a NUL byte and invalid UTF-8 must neither stop the exception queue nor
 * be altered on the way through the dead-letter topic, the database and a replay.
 */
@QuarkusTest
class DeadLetterBytesTest {

  private static final String FORECAST_REVISED = "io.distconnect.planning.ForecastRevised.v1";

  @Test
  void binaryPoisonIsListedAndReplayedByteForByteAndTheQueueKeepsGoing() throws Exception {
    try (Flow flow = new Flow("BINPOISON")) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write("{\"itemId\":\"".getBytes(StandardCharsets.UTF_8));
      out.write(new byte[] {0x00, (byte) 0xff, (byte) 0xfe});
      out.write("\"}".getBytes(StandardCharsets.UTF_8));
      byte[] poison = out.toByteArray();
      String poisonId = UUID.randomUUID().toString();
      produce(flow, Topics.FORECAST_REVISIONS, flow.key(), cloudEvent(poisonId), poison);

      String id = awaitDeadLetter(e -> poisonId.equals(e.get("eventId")));
      JsonPath dead = detail(id);
      assertThat(dead.getString("exception.sourceTopic")).isEqualTo(Topics.FORECAST_REVISIONS);
      assertThat(dead.getString("exception.recordKey")).isEqualTo(flow.key());
      // Readable preview: NUL and the invalid bytes shown as replacement characters.
      assertThat(dead.getString("payload")).startsWith("{\"itemId\":\"").contains("\uFFFD");
      assertThat(dead.getString("payload")).doesNotContain("\u0000");

      // The channel did not stop: a later, ordinary poison message is listed too.
      String laterId = UUID.randomUUID().toString();
      flow.sendRaw(Topics.FORECAST_REVISIONS, laterId, FORECAST_REVISED, flow.key(), "not json");
      awaitDeadLetter(e -> laterId.equals(e.get("eventId")));

      ConsumerTask<String, byte[]> source =
          flow.kafka.consume(String.class, byte[].class).fromTopics(Topics.FORECAST_REVISIONS);
      given()
          .header("Authorization", Flow.ADMIN)
          .contentType(ContentType.JSON)
          .body("{\"exceptionIds\":[\"" + id + "\"],\"comment\":\"bytes check\"}")
          .post("/api/v1/dead-letters/" + Topics.FORECAST_REVISIONS + "/replay")
          .then()
          .statusCode(200)
          .body("replayed", equalTo(1));
      ConsumerRecord<String, byte[]> replayed =
          await()
              .atMost(Duration.ofSeconds(20))
              .until(
                  () ->
                      source.getRecords().stream()
                          .filter(r -> id.equals(header(r, "distconnect-replay-of")))
                          .findFirst()
                          .orElse(null),
                  r -> r != null);
      source.stop();
      assertThat(replayed.value()).isEqualTo(poison);
      assertThat(header(replayed, "ce_id")).isEqualTo(poisonId);
      assertThat(replayed.key()).isEqualTo(flow.key());
    }
  }

  @Test
  void deadLetterTheDatabaseRejectsIsListedInReducedFormAndTheQueueKeepsGoing() {
    try (Flow flow = new Flow("NULKEY")) {
      // PostgreSQL rejects a NUL in any text column (SQLState 22021): here in the record key.
      String dlq = Topics.FORECAST_REVISIONS + DeadLetterConsumer.DLQ_SUFFIX;
      RecordMetadata at =
          produce(
              flow,
              dlq,
              "bad\u0000key",
              cloudEvent(UUID.randomUUID().toString()),
              "{}".getBytes(StandardCharsets.UTF_8));
      String where = dlq + "-" + at.partition() + "@" + at.offset();

      String id =
          awaitDeadLetter(
              e -> e.get("reason") != null && ((String) e.get("reason")).contains(where));
      JsonPath dead = detail(id);
      assertThat(dead.getString("exception.reason"))
          .startsWith("payload could not be stored: ")
          .contains("22021");
      assertThat(dead.getString("exception.sourceTopic")).isEqualTo(Topics.FORECAST_REVISIONS);
      assertThat(dead.getString("exception.status")).isEqualTo("OPEN");

      String laterId = UUID.randomUUID().toString();
      flow.sendRaw(Topics.FORECAST_REVISIONS, laterId, FORECAST_REVISED, flow.key(), "not json");
      awaitDeadLetter(e -> laterId.equals(e.get("eventId")));
    }
  }

  private static RecordHeaders cloudEvent(String id) {
    RecordHeaders headers = new RecordHeaders();
    headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
    headers.add("ce_id", id.getBytes(StandardCharsets.UTF_8));
    headers.add("ce_type", FORECAST_REVISED.getBytes(StandardCharsets.UTF_8));
    headers.add("ce_source", "/distconnect/test".getBytes(StandardCharsets.UTF_8));
    return headers;
  }

  private static RecordMetadata produce(
      Flow flow, String topic, String key, RecordHeaders headers, byte[] value) {
    return flow.kafka
        .produce(String.class, byte[].class)
        .fromRecords(new ProducerRecord<>(topic, null, key, value, headers))
        .awaitCompletion(Duration.ofSeconds(10))
        .getFirstRecord();
  }

  private static String awaitDeadLetter(Predicate<Map<String, Object>> match) {
    return (String) CaseApi.awaitDeadLetter("planning-decision", match).get("id");
  }

  private static JsonPath detail(String id) {
    return given()
        .header("Authorization", Flow.ADMIN)
        .get("/api/v1/exceptions/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    var h = record.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
