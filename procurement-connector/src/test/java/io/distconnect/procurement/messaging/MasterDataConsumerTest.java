package io.distconnect.procurement.messaging;

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
import static org.hamcrest.Matchers.equalTo;

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
import io.distconnect.contracts.uom.UomConverter;
import io.distconnect.procurement.persistence.ItemUnitRepository;
import io.distconnect.testsupport.KafkaBrokerResource;
import io.distconnect.testsupport.OnVertx;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ERP's item conversions reach sourcing: MasterDataChanged on Kafka fills the item-unit cache,
 * and a request in the base unit is then sourced against a contract in cases.
 */
@QuarkusTest
class MasterDataConsumerTest {

  private static final String TYPE = "io.distconnect.erp.MasterDataChanged.v1";
  private static final String DLQ = Topics.ERP_MASTER_DATA_EVENTS + ".dlq.procurement-connector";
  private static final LocalDate IN_TWO_WEEKS = LocalDate.now().plusDays(14);

  @Inject ItemUnitRepository items;

  private KafkaCompanion kafka;

  @BeforeEach
  void connect() {
    kafka = new KafkaCompanion(KafkaBrokerResource.bootstrapServers());
  }

  @AfterEach
  void close() {
    kafka.close();
  }

  private static Item item(String sku, String eachPerCase) {
    return new Item(
        sku,
        "Sparkling water 0.5 l",
        new ItemHierarchy("Beverages", "Water"),
        UnitOfMeasure.EA,
        List.of(UnitConversion.of(UnitOfMeasure.CS, eachPerCase, UnitOfMeasure.EA)),
        Quantity.of("1", UnitOfMeasure.EA),
        null,
        ItemStatus.ACTIVE);
  }

  private String sendChange(String eventId, String key, String json) {
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
    return eventId;
  }

  private String publish(MasterDataChanged change) {
    return sendChange(
        UUID.randomUUID().toString(), change.partitionKey(), EventJson.toJson(change));
  }

  private Long cachedRevision(String sku) {
    return OnVertx.await(() -> Panache.withSession(() -> items.revision(sku)));
  }

  private UomConverter cachedConverter(String sku) {
    return OnVertx.await(() -> Panache.withSession(() -> items.converterFor(sku)));
  }

  private static boolean claimed(String eventId) {
    Number n =
        OnVertx.await(
            () ->
                Panache.withSession(
                    () ->
                        Panache.getSession()
                            .flatMap(
                                s ->
                                    s.createNativeQuery(
                                            "SELECT count(*) FROM processed_event"
                                                + " WHERE consumer = 'master-data'"
                                                + " AND event_id = :id",
                                            Long.class)
                                        .setParameter("id", eventId)
                                        .getSingleResult())));
    return n.longValue() == 1;
  }

  @Test
  void requestInEachesIsSourcedInCasesWithTheItemsConversion() {
    String sku = unique("SKU-CASE");
    publish(MasterDataChanged.ofItem(item(sku, "24"), 1, Instant.now()));
    await().atMost(Duration.ofSeconds(20)).until(() -> cachedRevision(sku) != null);
    // 240 EA = 10 CS; MOQ 8 CS is met, the multiple of 4 CS rounds 10 up to 12.
    String contractId =
        contract("SUP-CS", sku, "30.00")
            .with("orderUom", "CS")
            .with("moq", 8)
            .with("orderMultiple", 4)
            .create();

    JsonPath request = processed(send(newOrder(sku, "DC-EAST", "240", IN_TWO_WEEKS)));

    assertThat(request.getString("status")).isEqualTo("ISSUED");
    assertThat(request.getString("contractId")).isEqualTo(contractId);
    assertThat(request.getDouble("orderQuantity")).isEqualTo(12.0);
    assertThat(request.getString("orderUom")).isEqualTo("CS");
    JsonPath po = purchaseOrder(request.getString("issuedPurchaseOrderNumber"));
    assertThat(po.getDouble("lines[0].quantity")).isEqualTo(12.0);
    assertThat(po.getString("lines[0].uom")).isEqualTo("CS");
    assertThat(po.getDouble("lines[0].unitPrice")).isEqualTo(30.0);
  }

  @Test
  void itemTheErpHasNotPublishedStillNeedsAStandardConversion() {
    String sku = unique("SKU-UNKNOWN");
    contract("SUP-CS", sku, "30.00").with("orderUom", "CS").create();

    JsonPath request = processed(send(newOrder(sku, "DC-EAST", "240", IN_TWO_WEEKS)));

    assertThat(request.getString("status")).isEqualTo("SOURCING_FAILED");
    assertThat(request.getString("sourcingReasons")).contains("SUP-CS");
    given()
        .header("Authorization", BUYER)
        .queryParam("requestId", request.getString("requestId"))
        .get("/api/v1/sourcing-exceptions")
        .then()
        .statusCode(200)
        .body("items[0].reason", equalTo("NO_UNIT_CONVERSION"));
  }

  @Test
  void olderRevisionDoesNotOverwriteANewerOne() {
    String sku = unique("SKU-REV");
    publish(MasterDataChanged.ofItem(item(sku, "24"), 3, Instant.now()));
    // Same key, so it is consumed after revision 3.
    String stale = publish(MasterDataChanged.ofItem(item(sku, "12"), 2, Instant.now()));

    await().atMost(Duration.ofSeconds(20)).until(() -> claimed(stale));
    assertThat(cachedRevision(sku)).isEqualTo(3L);
    assertThat(
            cachedConverter(sku)
                .convert(Quantity.of("1", UnitOfMeasure.CS), UnitOfMeasure.EA)
                .value())
        .isEqualByComparingTo("24");

    String newer = publish(MasterDataChanged.ofItem(item(sku, "12"), 4, Instant.now()));
    await().atMost(Duration.ofSeconds(20)).until(() -> claimed(newer));
    assertThat(cachedRevision(sku)).isEqualTo(4L);
    assertThat(
            cachedConverter(sku)
                .convert(Quantity.of("1", UnitOfMeasure.CS), UnitOfMeasure.EA)
                .value())
        .isEqualByComparingTo("12");
  }

  @Test
  void locationChangeIsClaimedWithoutEffect() {
    String code = unique("DC");
    String eventId =
        publish(
            MasterDataChanged.ofLocation(
                new Location(code, LocationType.DC, "EU", ZoneId.of("Europe/Berlin")),
                1,
                Instant.now()));

    await().atMost(Duration.ofSeconds(20)).until(() -> claimed(eventId));
    assertThat(cachedRevision(code)).isNull();
  }

  @Test
  void malformedChangeGoesToTheDeadLetterTopic() {
    String sku = unique("SKU-POISON");
    String valid = EventJson.toJson(MasterDataChanged.ofItem(item(sku, "24"), 1, Instant.now()));
    String noRevision = valid.replaceFirst("\"revision\":1", "\"revision\":0");
    assertThat(noRevision).isNotEqualTo(valid);
    var dead = kafka.consumeStrings().fromTopics(DLQ);
    String poisonId = sendChange(UUID.randomUUID().toString(), "item:" + sku, noRevision);
    sendChange(UUID.randomUUID().toString(), "item:" + sku, valid);

    await().atMost(Duration.ofSeconds(30)).until(() -> cachedRevision(sku) != null);
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
                              .contains(poisonId);
                        }));
    assertThat(claimed(poisonId)).isFalse();
    dead.stop();
  }
}
