package io.distconnect.procurement.messaging;

import static io.distconnect.procurement.Procurement.BUYER;
import static io.distconnect.procurement.Procurement.newOrder;
import static io.distconnect.procurement.Procurement.processed;
import static io.distconnect.procurement.Procurement.send;
import static io.distconnect.procurement.Procurement.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.distconnect.contracts.event.EventJson;
import io.distconnect.contracts.event.MasterDataChanged;
import io.distconnect.contracts.event.Topics;
import io.distconnect.contracts.model.Item;
import io.distconnect.contracts.model.ItemHierarchy;
import io.distconnect.contracts.model.ItemStatus;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UnitConversion;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.procurement.persistence.ItemUnitRepository;
import io.distconnect.testsupport.KafkaBrokerResource;
import io.distconnect.testsupport.OnVertx;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.CRC32;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** With seed-demo on, an ERP item gets a preferred and an alternative demo contract, once. */
@QuarkusTest
@TestProfile(DemoContractSeedTest.SeedDemo.class)
class DemoContractSeedTest {

  /** Turns the demo seed on for this test only. */
  public static class SeedDemo implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("distconnect.procurement.seed-demo", "true");
    }
  }

  private static final String TYPE = "io.distconnect.erp.MasterDataChanged.v1";

  @Inject ItemUnitRepository items;

  private static Item item(String sku) {
    return new Item(
        sku,
        "Still water 1 l",
        new ItemHierarchy("Beverages", "Water"),
        UnitOfMeasure.EA,
        List.of(UnitConversion.of(UnitOfMeasure.CS, "12", UnitOfMeasure.EA)),
        Quantity.of("1", UnitOfMeasure.EA),
        null,
        ItemStatus.ACTIVE);
  }

  private static void publish(MasterDataChanged change) {
    RecordHeaders headers = new RecordHeaders();
    headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
    headers.add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    headers.add("ce_type", TYPE.getBytes(StandardCharsets.UTF_8));
    headers.add("ce_source", "/distconnect/erp-connector".getBytes(StandardCharsets.UTF_8));
    headers.add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
    try (KafkaCompanion kafka = new KafkaCompanion(KafkaBrokerResource.bootstrapServers())) {
      kafka
          .produceStrings()
          .fromRecords(
              new ProducerRecord<>(
                  Topics.ERP_MASTER_DATA_EVENTS,
                  null,
                  change.partitionKey(),
                  EventJson.toJson(change),
                  headers))
          .awaitCompletion(Duration.ofSeconds(10));
    }
  }

  private Long cachedRevision(String sku) {
    return OnVertx.await(() -> Panache.withSession(() -> items.revision(sku)));
  }

  private static JsonPath contracts(String sku) {
    return given()
        .header("Authorization", BUYER)
        .queryParam("item", sku)
        .get("/api/v1/supplier-contracts")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The documented rule: CRC-32 of the SKU picks the preferred and then another SUP-10xx. */
  private static Set<String> expectedSuppliers(String sku) {
    CRC32 crc = new CRC32();
    crc.update(sku.getBytes(StandardCharsets.UTF_8));
    long h = crc.getValue();
    long preferred = h % 17;
    long alternative = (preferred + 1 + (h / 17) % 16) % 17;
    return Set.of("SUP-" + (1001 + preferred), "SUP-" + (1001 + alternative));
  }

  @Test
  void publishedItemGetsTwoDemoContractsOnceAndIsSourced() {
    String sku = unique("SKU-DEMO");
    publish(MasterDataChanged.ofItem(item(sku), 1, Instant.now()));
    await().atMost(Duration.ofSeconds(20)).until(() -> cachedRevision(sku) != null);

    JsonPath seeded = contracts(sku);
    assertThat(seeded.getList("items")).hasSize(2);
    List<String> suppliers = seeded.getList("items.supplierId", String.class);
    assertThat(Set.copyOf(suppliers)).isEqualTo(expectedSuppliers(sku));
    assertThat(seeded.getList("items.preferred", Boolean.class))
        .containsExactlyInAnyOrder(true, false);
    assertThat(seeded.getList("items.orderUom", String.class)).containsOnly("CS");

    publish(MasterDataChanged.ofItem(item(sku), 2, Instant.now()));
    await().atMost(Duration.ofSeconds(20)).until(() -> Long.valueOf(2).equals(cachedRevision(sku)));
    assertThat(contracts(sku).getList("items")).hasSize(2);

    JsonPath request =
        processed(send(newOrder(sku, "DC-EAST", "240", LocalDate.now().plusDays(30))));
    assertThat(request.getString("status")).isIn("ISSUED", "PENDING_APPROVAL");
  }
}
