package io.distconnect.planning.messaging;

import static io.distconnect.planning.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.distconnect.contracts.event.EventJson;
import io.distconnect.contracts.event.MasterDataChanged;
import io.distconnect.contracts.event.Topics;
import io.distconnect.contracts.model.Item;
import io.distconnect.contracts.model.ItemHierarchy;
import io.distconnect.contracts.model.ItemStatus;
import io.distconnect.contracts.model.Location;
import io.distconnect.contracts.model.LocationType;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UnitConversion;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.testsupport.KafkaBrokerResource;
import io.distconnect.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** MasterDataChanged events from the ERP keep the cache current, newest revision wins. */
@QuarkusTest
class MasterDataConsumerTest {

  private static final String TYPE = "io.distconnect.erp.MasterDataChanged.v1";
  private static final String DLQ = Topics.ERP_MASTER_DATA_EVENTS + ".dlq.planning-connector";

  private KafkaCompanion kafka;

  @BeforeEach
  void connect() {
    kafka = new KafkaCompanion(KafkaBrokerResource.bootstrapServers());
  }

  @AfterEach
  void close() {
    kafka.close();
  }

  private static Item item(String sku, String category) {
    return new Item(
        sku,
        "Sparkling water 6x1.5L",
        new ItemHierarchy(category, "WATER"),
        UnitOfMeasure.EA,
        List.of(UnitConversion.of(UnitOfMeasure.CS, "6", UnitOfMeasure.EA)),
        Quantity.of(6, UnitOfMeasure.EA),
        null,
        ItemStatus.ACTIVE);
  }

  private void send(String eventId, String key, String json) {
    RecordHeaders headers = new RecordHeaders();
    headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
    headers.add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
    headers.add("ce_type", TYPE.getBytes(StandardCharsets.UTF_8));
    headers.add("ce_source", "/distconnect/erp-connector".getBytes(StandardCharsets.UTF_8));
    headers.add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
    kafka
        .produceStrings()
        .fromRecords(new ProducerRecord<>(Topics.ERP_MASTER_DATA_EVENTS, null, key, json, headers))
        .awaitCompletion(Duration.ofSeconds(10));
  }

  private void send(MasterDataChanged change) {
    send(UUID.randomUUID().toString(), change.partitionKey(), EventJson.toJson(change));
  }

  private static JsonPath cached(String path, String id) {
    return given()
        .header("Authorization", TestTokens.bearer("integration-admin"))
        .get("/api/v1/master-data/" + path + "/{id}", id)
        .then()
        .extract()
        .jsonPath();
  }

  private static int status(String path, String id) {
    return given()
        .header("Authorization", TestTokens.bearer("integration-admin"))
        .get("/api/v1/master-data/" + path + "/{id}", id)
        .statusCode();
  }

  @Test
  void itemChangesUpdateTheCacheAndAnOlderRevisionIsIgnored() {
    String sku = unique("SKU");
    send(MasterDataChanged.ofItem(item(sku, "BEVERAGES"), 2, Instant.now()));
    await().atMost(Duration.ofSeconds(20)).until(() -> status("items", sku) == 200);
    assertThat(cached("items", sku).getString("category")).isEqualTo("BEVERAGES");
    assertThat(cached("items", sku).getLong("revision")).isEqualTo(2);

    // Same key, so same partition and order: the stale change arrives before the newer one.
    send(MasterDataChanged.ofItem(item(sku, "STALE"), 1, Instant.now()));
    send(MasterDataChanged.ofItem(item(sku, "SOFT-DRINKS"), 3, Instant.now()));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> "SOFT-DRINKS".equals(cached("items", sku).getString("category")));
    send(MasterDataChanged.ofItem(item(sku, "STALE"), 1, Instant.now()));
    String marker = unique("SKU");
    send(MasterDataChanged.ofItem(item(marker, "MARKER"), 1, Instant.now()));
    await().atMost(Duration.ofSeconds(20)).until(() -> status("items", marker) == 200);
    assertThat(cached("items", sku).getString("category")).isEqualTo("SOFT-DRINKS");
    assertThat(cached("items", sku).getLong("revision")).isEqualTo(3);
  }

  @Test
  void locationChangesUpdateTheCacheOncePerEvent() {
    String code = unique("DC");
    String eventId = UUID.randomUUID().toString();
    Location location = new Location(code, LocationType.DC, "NORTH", ZoneId.of("Europe/Oslo"));
    MasterDataChanged first = MasterDataChanged.ofLocation(location, 5, Instant.now());
    send(eventId, first.partitionKey(), EventJson.toJson(first));
    await().atMost(Duration.ofSeconds(20)).until(() -> status("locations", code) == 200);

    // Redelivery of the same event id with other content: the inbox skips it.
    Location moved = new Location(code, LocationType.DC, "SOUTH", ZoneId.of("Europe/Rome"));
    MasterDataChanged redelivered = MasterDataChanged.ofLocation(moved, 6, Instant.now());
    send(eventId, redelivered.partitionKey(), EventJson.toJson(redelivered));
    String marker = unique("DC");
    send(
        MasterDataChanged.ofLocation(
            new Location(marker, LocationType.STORE, "NORTH", ZoneId.of("Europe/Oslo")),
            1,
            Instant.now()));
    await().atMost(Duration.ofSeconds(20)).until(() -> status("locations", marker) == 200);
    JsonPath cached = cached("locations", code);
    assertThat(cached.getString("region")).isEqualTo("NORTH");
    assertThat(cached.getString("timeZone")).isEqualTo("Europe/Oslo");
    assertThat(cached.getLong("revision")).isEqualTo(5);
  }

  @Test
  void poisonGoesToTheDeadLetterTopic() {
    String sku = unique("SKU");
    String poisonId = UUID.randomUUID().toString();
    var dead = kafka.consumeStrings().fromTopics(DLQ);
    send(poisonId, "item:" + sku, "{\"kind\":\"ITEM\",\"id\":\"" + sku + "\",\"revision\":0}");
    String good = unique("SKU");
    send(MasterDataChanged.ofItem(item(good, "BEVERAGES"), 1, Instant.now()));

    await().atMost(Duration.ofSeconds(20)).until(() -> status("items", good) == 200);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(dead.getRecords())
                    .anySatisfy(
                        r -> {
                          assertThat(r.key()).isEqualTo("item:" + sku);
                          assertThat(
                                  new String(
                                      r.headers().lastHeader("dead-letter-reason").value(),
                                      StandardCharsets.UTF_8))
                              .contains(poisonId)
                              .contains("violates its schema");
                        }));
    dead.stop();
    assertThat(status("items", sku)).isEqualTo(404);
  }
}
