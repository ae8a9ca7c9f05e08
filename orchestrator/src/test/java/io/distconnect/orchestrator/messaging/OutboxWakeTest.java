package io.distconnect.orchestrator.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.distconnect.testsupport.KafkaBrokerResource;
import io.distconnect.testsupport.OnVertx;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
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
      return Map.of(
          "distconnect.outbox.poll-interval",
          "1h",
          // A connect option given as its own property, not in the URL.
          "quarkus.datasource.reactive.additional-properties.application_name",
          APPLICATION_NAME);
    }
  }

  static final String APPLICATION_NAME = "outbox-wake-test";

  @Inject EventOutbox outbox;
  @Inject Pool pool;

  @Test
  void eachCommitWakesTheRelay() {
    String topic = "orchestrator.test-outbox-wake." + UUID.randomUUID();
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

  /**
   * The listener's own connection is made with every option of the pool, not only those in the URL
   * (TLS settings given as separate properties would otherwise be lost): the LISTEN session carries
   * the application name the profile sets as a separate property.
   */
  @Test
  void theListenerConnectsWithThePoolsOptions() {
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                OnVertx.await(
                    () ->
                        pool.preparedQuery(
                                "SELECT count(*) FROM pg_stat_activity WHERE application_name = $1"
                                    + " AND query ILIKE 'LISTEN%outbox_event%'")
                            .execute(Tuple.of(APPLICATION_NAME))
                            .map(rows -> rows.iterator().next().getLong(0))),
            n -> n == 1);
  }

  private io.smallrye.mutiny.Uni<Void> append(String topic, String key) {
    return outbox
        .append(topic, key, "io.distconnect.orchestrator.Test.v1", key, Map.of("key", key))
        .replaceWithVoid();
  }
}
