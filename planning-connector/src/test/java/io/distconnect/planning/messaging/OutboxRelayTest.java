package io.distconnect.planning.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.distconnect.testsupport.KafkaBrokerResource;
import io.distconnect.testsupport.OnVertx;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/** An event written to the outbox in a committed transaction reaches its Kafka topic. */
@QuarkusTest
class OutboxRelayTest {

  @Inject EventOutbox outbox;

  @Test
  void committedEventIsPublishedWithKeyAndCloudEventsHeaders() {
    String topic = "planning.test-outbox." + UUID.randomUUID();
    String key = "SKU-1@DC-EAST";
    try (KafkaCompanion kafka = new KafkaCompanion(KafkaBrokerResource.bootstrapServers())) {
      kafka.topics().createAndWait(topic, 1);
      ConsumerTask<String, String> records = kafka.consumeStrings().fromTopics(topic, 1);

      OnVertx.await(
          () ->
              Panache.withTransaction(
                  () ->
                      outbox.append(
                          topic,
                          key,
                          "io.distconnect.planning.Test.v1",
                          key,
                          Map.of("item", "SKU-1", "quantity", "12"))));

      ConsumerRecord<String, String> record =
          records.awaitCompletion(Duration.ofSeconds(20)).getFirstRecord();
      assertThat(record.key()).isEqualTo(key);
      assertThat(record.value()).contains("\"item\":\"SKU-1\"");
      assertThat(header(record, "ce_type")).isEqualTo("io.distconnect.planning.Test.v1");
      assertThat(header(record, "ce_source")).isEqualTo("/distconnect/planning-connector");
      assertThat(header(record, "ce_subject")).isEqualTo(key);
      assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
      assertThat(header(record, "ce_id")).isNotBlank();
      assertThat(header(record, "content-type")).isEqualTo("application/json");
    }
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                OnVertx.await(
                        () ->
                            Panache.withSession(
                                () ->
                                    OutboxEvent.count(
                                        "topic = ?1 and publishedAt is not null", topic)))
                    == 1);
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header h = record.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
