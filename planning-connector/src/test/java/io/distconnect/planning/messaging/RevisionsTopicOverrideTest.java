package io.distconnect.planning.messaging;

import static io.distconnect.planning.Fixtures.item;
import static io.distconnect.planning.Fixtures.location;
import static io.distconnect.planning.Fixtures.publish;
import static io.distconnect.planning.Fixtures.row;
import static io.distconnect.planning.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.distconnect.planning.RehearsalProfile;
import io.distconnect.testsupport.KafkaBrokerResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A copy of the service that must not feed the real consumers on a shared broker (the 1M-row
 * benchmark, a rehearsal) names its own topic for ForecastRevised; the events go there, and only
 * there, keyed as usual.
 */
@QuarkusTest
@TestProfile(RehearsalProfile.class)
class RevisionsTopicOverrideTest {

  static final String TOPIC = RehearsalProfile.REVISIONS_TOPIC;

  @Inject AgroalDataSource dataSource;

  @Test
  void revisionsGoToTheConfiguredTopic() throws Exception {
    String sku = unique("SKU");
    String dc = unique("DC");
    String key = sku + "@" + dc;
    item(sku, "GROCERY");
    location(dc);

    try (KafkaCompanion kafka = new KafkaCompanion(KafkaBrokerResource.bootstrapServers())) {
      ConsumerTask<String, String> records = kafka.consumeStrings().fromTopics(TOPIC);
      publish(
              unique("2027-W30"),
              List.of(row(sku, dc, "2027-07-26", "10"), row(sku, dc, "2027-08-02", "20")))
          .then()
          .statusCode(201);

      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> records.getRecords().stream().filter(r -> key.equals(r.key())).count() == 2);
      records.stop();
      assertThat(records.getRecords())
          .filteredOn(r -> key.equals(r.key()))
          .extracting(ConsumerRecord::topic)
          .containsOnly(TOPIC);
    }
    // One outbox row is one send: rows naming only the override prove the catalog topic got none.
    assertThat(outboxTopics(key)).containsExactly(TOPIC, TOPIC);
  }

  private List<String> outboxTopics(String key) throws Exception {
    List<String> topics = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT topic FROM outbox_event WHERE record_key = ? ORDER BY seq")) {
      st.setString(1, key);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          topics.add(rs.getString(1));
        }
      }
    }
    return topics;
  }
}
