package io.distconnect.orchestrator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.distconnect.contracts.event.EventJson;
import io.distconnect.contracts.event.EventPayload;
import io.distconnect.contracts.event.EventType;
import io.distconnect.contracts.event.ForecastRevised;
import io.distconnect.contracts.event.PurchaseOrderIssueKind;
import io.distconnect.contracts.event.PurchaseOrderIssued;
import io.distconnect.contracts.event.SupplierAcknowledged;
import io.distconnect.contracts.model.AcknowledgmentAction;
import io.distconnect.contracts.model.AcknowledgmentLine;
import io.distconnect.contracts.model.Money;
import io.distconnect.contracts.model.PurchaseOrderLine;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.testsupport.KafkaBrokerResource;
import io.distconnect.testsupport.TestTokens;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * One test's SKU-location with its stubbed connectors and the events that drive it. Every test gets
 * its own item id, since all tests share one application, broker and database.
 */
public final class Flow implements AutoCloseable {

  public static final String LOCATION = "DC-EAST";
  public static final String ADMIN = TestTokens.bearer("integration-admin");
  private static final ObjectMapper JSON = new ObjectMapper();

  public final String item;

  /** The item category planning sends (policy overrides are per category). */
  public String category = "BEVERAGES";

  public final KafkaCompanion kafka = new KafkaCompanion(KafkaBrokerResource.bootstrapServers());

  public Flow(String tag) {
    this.item = "SKU-" + tag + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public String key() {
    return item + "@" + LOCATION;
  }

  public static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  /**
   * The ERP is down for this item's stock reads: 503 with Retry-After, as erp-connector answers.
   */
  public com.github.tomakehurst.wiremock.stubbing.StubMapping erpDown() {
    return ConnectorStubs.server()
        .stubFor(
            post(urlEqualTo("/api/v1/inventory-positions/batch"))
                .atPriority(1)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(item))
                .willReturn(
                    aResponse()
                        .withStatus(503)
                        .withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody(
                            "{\"type\":\"https://distconnect.dev/problems/downstream-unavailable\","
                                + "\"title\":\"Platform unavailable\",\"status\":503,"
                                + "\"detail\":\"The ERP does not answer\"}")));
  }

  /** Item master in EA, 1 CS = 24 EA, no pack size. */
  public Flow item() {
    ConnectorStubs.server()
        .stubFor(
            get(urlEqualTo("/api/v1/items/" + item))
                .willReturn(
                    okJson(
                        """
                        {"sku":"%s","description":"Test item","hierarchy":{"category":"BEVERAGES","family":"WATER"},
                         "baseUom":"EA","conversions":[{"from":"CS","factor":24,"to":"EA"}],
                         "packSize":null,"gtin":null,"status":"ACTIVE"}
                        """
                            .formatted(item))));
    return this;
  }

  public Flow position(int onHand, int allocated, int onOrder, int backordered) {
    try {
      ConnectorStubs.position(
          JSON.readTree(
              """
              {"itemId":"%s","locationId":"%s","uom":"EA","onHand":%d,"allocated":%d,"onOrder":%d,
               "inTransit":0,"backordered":%d,"available":%d,"inventoryPosition":%d,"asOf":"%s"}
              """
                  .formatted(
                      item,
                      LOCATION,
                      onHand,
                      allocated,
                      onOrder,
                      backordered,
                      onHand - allocated,
                      onHand + onOrder - allocated - backordered,
                      Instant.now())));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  /** One EA contract at 2.00 EUR, lead time 9 ± 2 days, no MOQ, multiple 1. */
  public Flow contract(String unitPrice) {
    ConnectorStubs.server()
        .stubFor(
            get(urlPathEqualTo("/api/v1/supplier-contracts"))
                .withQueryParam("item", equalTo(item))
                .willReturn(
                    okJson(
                        """
                        {"items":[{"id":"K-%1$s","supplierId":"SUP-1","itemId":"%1$s","unitPrice":%2$s,
                          "currency":"EUR","leadTimeDays":9,"leadTimeStdDevDays":2,"orderUom":"EA",
                          "moq":0,"orderMultiple":1,"capacityPerWeek":100000,"validFrom":"2020-01-01",
                          "validTo":null,"preferred":true}],"page":0,"size":100,"total":1}
                        """
                            .formatted(item, unitPrice))));
    return this;
  }

  public Flow noOpenOrders() {
    ConnectorStubs.server()
        .stubFor(
            get(urlPathEqualTo("/api/v1/purchase-orders"))
                .withQueryParam("item", equalTo(item))
                .willReturn(okJson("{\"items\":[],\"page\":0,\"size\":200,\"total\":0}")));
    return this;
  }

  /**
   * The ERP cannot create procurement's {@code poNumber} for now: 503, as erp-connector answers.
   */
  public com.github.tomakehurst.wiremock.stubbing.StubMapping erpCreateDown(String poNumber) {
    return ConnectorStubs.server()
        .stubFor(
            post(urlEqualTo("/api/v1/purchase-orders"))
                .atPriority(1)
                .withRequestBody(matchingJsonPath("$.externalReference", equalTo(poNumber)))
                .willReturn(
                    aResponse()
                        .withStatus(503)
                        .withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody(
                            "{\"type\":\"https://distconnect.dev/problems/downstream-unavailable\","
                                + "\"title\":\"Platform unavailable\",\"status\":503,"
                                + "\"detail\":\"The ERP does not answer\"}")));
  }

  /** The ERP creates the order for procurement's {@code poNumber} as {@code erpNumber}. */
  public Flow erpCreates(String poNumber, String erpNumber) {
    ConnectorStubs.server()
        .stubFor(
            post(urlEqualTo("/api/v1/purchase-orders"))
                .withRequestBody(matchingJsonPath("$.externalReference", equalTo(poNumber)))
                .willReturn(
                    aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            """
                            {"number":"%s","supplierId":"SUP-1","shipToLocationId":"%s","currency":"EUR",
                             "status":"ISSUED","externalReference":"%s","caseId":null,"revision":1,
                             "lines":[],"createdAt":"%s","updatedAt":"%s"}
                            """
                                .formatted(
                                    erpNumber, LOCATION, poNumber, Instant.now(), Instant.now()))));
    return this;
  }

  /**
   * One open ERP order for the item: procurement's {@code poNumber}, the ERP's {@code erpNumber},
   * line 1 of {@code quantity} EA (nothing received) due {@code needBy}. Answers both the
   * open-order read of the enrichment and the look-up by external reference before an amendment.
   */
  public Flow openOrder(String poNumber, String erpNumber, int quantity, LocalDate needBy) {
    String order =
        """
        {"number":"%s","supplierId":"SUP-1","shipToLocationId":"%s","currency":"EUR","status":"ISSUED",
         "externalReference":"%s","caseId":null,"revision":1,
         "lines":[{"lineNumber":1,"itemId":"%s","quantity":%d,"uom":"EA","unitPrice":2.00,
                   "needByDate":"%s","receivedQuantity":0}],
         "createdAt":"%s","updatedAt":"%s"}
        """
            .formatted(
                erpNumber,
                LOCATION,
                poNumber,
                item,
                quantity,
                needBy,
                Instant.now(),
                Instant.now());
    String page = "{\"items\":[" + order + "],\"page\":0,\"size\":200,\"total\":1}";
    ConnectorStubs.server()
        .stubFor(
            get(urlPathEqualTo("/api/v1/purchase-orders"))
                .withQueryParam("item", equalTo(item))
                .willReturn(okJson(page)));
    ConnectorStubs.server()
        .stubFor(
            get(urlPathEqualTo("/api/v1/purchase-orders"))
                .withQueryParam("externalReference", equalTo(poNumber))
                .willReturn(okJson(page)));
    return this;
  }

  /** The ERP amends its order {@code erpNumber} (procurement's {@code poNumber}). */
  public Flow erpAmends(String poNumber, String erpNumber) {
    ConnectorStubs.server()
        .stubFor(
            post(urlEqualTo("/api/v1/purchase-orders/" + erpNumber + "/amendments"))
                .willReturn(
                    okJson(
                        """
                        {"number":"%s","supplierId":"SUP-1","shipToLocationId":"%s","currency":"EUR",
                         "status":"CHANGED","externalReference":"%s","caseId":null,"revision":2,
                         "lines":[],"createdAt":"%s","updatedAt":"%s"}
                        """
                            .formatted(
                                erpNumber, LOCATION, poNumber, Instant.now(), Instant.now()))));
    return this;
  }

  /** Procurement's amendment {@code revision} of {@code poNumber}: line 1 now as given. */
  public PurchaseOrderIssued amended(
      String caseId,
      String requestId,
      String poNumber,
      int revision,
      String quantity,
      LocalDate needBy) {
    return new PurchaseOrderIssued(
        poNumber,
        revision,
        PurchaseOrderIssueKind.AMENDED,
        "SUP-1",
        LOCATION,
        Currency.getInstance("EUR"),
        List.of(
            new PurchaseOrderLine(
                1, item, Quantity.of(quantity, UnitOfMeasure.EA), Money.of("2.00", "EUR"), needBy)),
        caseId,
        requestId,
        Instant.now());
  }

  /** A revision of the 90-day bucket starting today. */
  public ForecastRevised forecast(
      String cycle, int version, String oldQty, String newQty, Instant revisedAt) {
    return forecast(LOCATION, cycle, version, oldQty, newQty, revisedAt);
  }

  /** As {@link #forecast(String, int, String, String, Instant)}, for another location. */
  public ForecastRevised forecast(
      String location, String cycle, int version, String oldQty, String newQty, Instant revisedAt) {
    BigDecimal o = new BigDecimal(oldQty);
    BigDecimal n = new BigDecimal(newQty);
    BigDecimal rel =
        o.signum() == 0 ? null : n.subtract(o).divide(o, 6, java.math.RoundingMode.HALF_UP);
    return new ForecastRevised(
        cycle,
        version,
        item,
        "BEVERAGES",
        location,
        today(),
        today().plusDays(89),
        UnitOfMeasure.EA,
        o,
        n,
        n.subtract(o),
        rel,
        revisedAt);
  }

  public PurchaseOrderIssued issued(
      String caseId, String requestId, String poNumber, String quantity) {
    return new PurchaseOrderIssued(
        poNumber,
        1,
        PurchaseOrderIssueKind.NEW,
        "SUP-1",
        LOCATION,
        Currency.getInstance("EUR"),
        List.of(
            new PurchaseOrderLine(
                1,
                item,
                Quantity.of(quantity, UnitOfMeasure.EA),
                Money.of("2.00", "EUR"),
                today().plusDays(9))),
        caseId,
        requestId,
        Instant.now());
  }

  public SupplierAcknowledged acknowledged(String caseId, String poNumber, String quantity) {
    return new SupplierAcknowledged(
        poNumber,
        "SUP-1",
        PurchaseOrderStatus.ACKNOWLEDGED,
        List.of(
            new AcknowledgmentLine(
                1,
                AcknowledgmentAction.ACCEPT,
                Quantity.of(quantity, UnitOfMeasure.EA),
                today().plusDays(9),
                null)),
        caseId,
        Instant.now());
  }

  /** Publishes an event as its producer would: binary CloudEvents, keyed, on its topic. */
  public String send(EventPayload payload) {
    return send(UUID.randomUUID().toString(), payload);
  }

  public String send(String eventId, EventPayload payload) {
    EventType type = EventType.of(payload.getClass());
    return sendRaw(
        type.topic(), eventId, type.typeName(), payload.partitionKey(), EventJson.toJson(payload));
  }

  public String sendRaw(String topic, String eventId, String type, String key, String json) {
    return sendRaw(topic, eventId, type, key, json, Map.of());
  }

  /** As {@link #send(EventPayload)}, with extra headers (e.g. a W3C {@code traceparent}). */
  public String send(EventPayload payload, Map<String, String> extraHeaders) {
    EventType type = EventType.of(payload.getClass());
    return sendRaw(
        type.topic(),
        UUID.randomUUID().toString(),
        type.typeName(),
        payload.partitionKey(),
        EventJson.toJson(payload),
        extraHeaders);
  }

  public String sendRaw(
      String topic,
      String eventId,
      String type,
      String key,
      String json,
      Map<String, String> extraHeaders) {
    RecordHeaders headers = new RecordHeaders();
    extraHeaders.forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
    headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
    headers.add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
    headers.add("ce_type", type.getBytes(StandardCharsets.UTF_8));
    headers.add("ce_source", "/distconnect/test".getBytes(StandardCharsets.UTF_8));
    headers.add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
    kafka
        .produceStrings()
        .fromRecords(new ProducerRecord<>(topic, null, key, json, headers))
        .awaitCompletion(Duration.ofSeconds(10));
    return eventId;
  }

  /** The item's cases, newest first. */
  public List<Map<String, Object>> cases() {
    return given()
        .header("Authorization", ADMIN)
        .queryParam("item", item)
        .get("/api/v1/cases")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  /** The newest case's state, or null before there is one. */
  public String state() {
    List<Map<String, Object>> cases = cases();
    return cases.isEmpty() ? null : (String) cases.get(0).get("state");
  }

  public String caseId() {
    return (String) cases().get(0).get("id");
  }

  @Override
  public void close() {
    kafka.close();
  }
}
