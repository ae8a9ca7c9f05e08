package io.distconnect.planning.messaging;

import static io.distconnect.planning.Fixtures.item;
import static io.distconnect.planning.Fixtures.location;
import static io.distconnect.planning.Fixtures.publish;
import static io.distconnect.planning.Fixtures.row;
import static io.distconnect.planning.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.distconnect.contracts.event.EventJson;
import io.distconnect.contracts.event.ForecastRevised;
import io.distconnect.contracts.event.Topics;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.testsupport.KafkaBrokerResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * Revisions above the noise threshold reach {@code planning.forecast-revisions.v1} through the
 * outbox: keyed item@location, CloudEvents binary headers, a payload valid against the contract.
 */
@QuarkusTest
class ForecastRevisedPublicationTest {

  @Test
  void revisionsArePublishedWithKeyHeadersAndContractPayload() {
    String sku = unique("SKU");
    String dc = unique("DC");
    String cycle = unique("2027-W20");
    String key = sku + "@" + dc;
    item(sku, "GROCERY");
    location(dc);

    try (KafkaCompanion kafka = new KafkaCompanion(KafkaBrokerResource.bootstrapServers())) {
      ConsumerTask<String, String> records =
          kafka.consumeStrings().fromTopics(Topics.FORECAST_REVISIONS);

      publish(
              cycle,
              List.of(row(sku, dc, "2027-05-03", "2", "CS"), row(sku, dc, "2027-05-10", "5")))
          .then()
          .statusCode(201);
      publish(cycle, List.of(row(sku, dc, "2027-05-03", "60"), row(sku, dc, "2027-05-10", "5")))
          .then()
          .statusCode(201);

      await().atMost(Duration.ofSeconds(30)).until(() -> mine(records, key).size() == 3);
      List<ConsumerRecord<String, String>> mine = mine(records, key);
      records.stop();

      ConsumerRecord<String, String> record = mine.get(0);
      assertThat(header(record, "ce_type")).isEqualTo("io.distconnect.planning.ForecastRevised.v1");
      assertThat(header(record, "ce_source")).isEqualTo("/distconnect/planning-connector");
      assertThat(header(record, "ce_subject")).isEqualTo(key);
      assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
      assertThat(header(record, "ce_id")).isNotBlank();
      assertThat(header(record, "content-type")).isEqualTo("application/json");
      assertThat(mine).extracting(r -> header(r, "ce_id")).doesNotHaveDuplicates();

      List<ForecastRevised> events =
          mine.stream().map(r -> EventJson.fromJson(r.value(), ForecastRevised.class)).toList();
      assertThat(events)
          .anySatisfy(
              e -> {
                assertThat(e.planningCycleId()).isEqualTo(cycle);
                assertThat(e.version()).isEqualTo(1);
                assertThat(e.itemCategory()).isEqualTo("GROCERY");
                assertThat(e.periodStart()).isEqualTo(LocalDate.of(2027, 5, 3));
                assertThat(e.periodEnd()).isEqualTo(LocalDate.of(2027, 5, 9));
                assertThat(e.uom()).isEqualTo(UnitOfMeasure.EA);
                assertThat(e.oldQuantity()).isEqualByComparingTo("0");
                assertThat(e.newQuantity()).isEqualByComparingTo("48");
                assertThat(e.relativeDelta()).isNull();
              })
          .anySatisfy(
              e -> {
                assertThat(e.version()).isEqualTo(2);
                assertThat(e.oldQuantity()).isEqualByComparingTo("48");
                assertThat(e.newQuantity()).isEqualByComparingTo("60");
                assertThat(e.absoluteDelta()).isEqualByComparingTo("12");
                assertThat(e.relativeDelta()).isEqualByComparingTo(new BigDecimal("0.25"));
              });
    }
  }

  private static List<ConsumerRecord<String, String>> mine(
      ConsumerTask<String, String> records, String key) {
    return records.getRecords().stream().filter(r -> key.equals(r.key())).toList();
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header h = record.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
