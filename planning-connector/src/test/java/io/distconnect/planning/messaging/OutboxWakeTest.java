package io.distconnect.planning.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.distconnect.testsupport.KafkaBrokerResource;
import io.distconnect.testsupport.OnVertx;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A commit wakes the outbox relay through PostgreSQL's NOTIFY: with the relay's poll an hour apart,
 * each committed event still reaches Kafka within seconds, in commit order.
 */
@QuarkusTest
@TestProfile(OutboxWakeTest.HourlyPoll.class)
class OutboxWakeTest {

  public static class HourlyPoll implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("distconnect.outbox.poll-interval", "1h");
    }
  }

  @Inject EventOutbox outbox;

  @Test
  void eachCommitWakesTheRelay() {
    String topic = "planning.test-outbox-wake." + UUID.randomUUID();
    try (KafkaCompanion kafka = new KafkaCompanion(KafkaBrokerResource.bootstrapServers())) {
      kafka.topics().createAndWait(topic, 1);
      ConsumerTask<String, String> records = kafka.consumeStrings().fromTopics(topic);

      for (int i = 1; i <= 3; i++) {
        String n = "committed-" + i;
        OnVertx.await(() -> Panache.withTransaction(() -> append(topic, n)));
        records.awaitRecords(i, Duration.ofSeconds(10));
      }

      assertThat(records.getRecords())
          .extracting(r -> r.key())
          .containsExactly("committed-1", "committed-2", "committed-3");
    }
  }

  private io.smallrye.mutiny.Uni<Void> append(String topic, String key) {
    return outbox
        .append(topic, key, "io.distconnect.planning.Test.v1", key, Map.of("key", key))
        .replaceWithVoid();
  }
}
