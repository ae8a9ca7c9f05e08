package io.distconnect.procurement.adapter.cxml;

import static io.distconnect.procurement.Procurement.contract;
import static io.distconnect.procurement.Procurement.newOrder;
import static io.distconnect.procurement.Procurement.processed;
import static io.distconnect.procurement.Procurement.purchaseOrder;
import static io.distconnect.procurement.Procurement.send;
import static io.distconnect.procurement.Procurement.unique;
import static io.distconnect.procurement.SupplierStubResource.CXML_SUPPLIER;
import static io.distconnect.procurement.SupplierStubResource.SECRET;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.distconnect.contracts.event.Topics;
import io.distconnect.procurement.domain.SupplierDocument;
import io.distconnect.testsupport.KafkaBrokerResource;
import io.distconnect.testsupport.OnVertx;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Confirmations and ship notices from a cXML supplier, and what is refused. */
@QuarkusTest
class CxmlInboundTest {

  private KafkaCompanion kafka;
  private ConsumerTask<String, String> events;

  @BeforeEach
  void listen() {
    kafka = new KafkaCompanion(KafkaBrokerResource.bootstrapServers());
    events = kafka.consumeStrings().fromTopics(Topics.PROCUREMENT_PURCHASE_ORDER_EVENTS);
  }

  @AfterEach
  void close() {
    events.stop();
    kafka.close();
  }

  /** A PO issued to the WireMock cXML supplier, which takes it but never confirms by itself. */
  static String issuedOrder(String quantity) {
    String item = unique("SKU-CX");
    contract(CXML_SUPPLIER, item, "4.25").create();
    return processed(send(newOrder(item, "DC-EAST", quantity, LocalDate.now().plusDays(14))))
        .getString("issuedPurchaseOrderNumber");
  }

  static Response post(String document) {
    return post(document.getBytes(StandardCharsets.UTF_8), "text/xml; charset=UTF-8");
  }

  static Response post(byte[] document, String contentType) {
    return given().contentType(contentType).body(document).post("/api/v1/cxml");
  }

  private List<ConsumerRecord<String, String>> eventsOf(String po, String type) {
    return events.getRecords().stream()
        .filter(r -> po.equals(r.key()))
        .filter(
            r ->
                new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)
                    .equals("io.distconnect.procurement." + type + ".v1"))
        .toList();
  }

  private static long stored(String payloadId, int code) {
    return OnVertx.await(
        () ->
            Panache.withSession(
                () ->
                    SupplierDocument.count("payloadId = ?1 and statusCode = ?2", payloadId, code)));
  }

  @Test
  void acceptedOrderIsAcknowledgedOnceEvenWhenTheSupplierResends() {
    String po = issuedOrder("40");
    String payload = CxmlDocuments.payloadId();
    String document = CxmlDocuments.confirmation(payload, CXML_SUPPLIER, SECRET, po, "accept");

    Response answer = post(document);
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body().asString()).contains("<Status code=\"200\" text=\"OK\"");
    assertThat(purchaseOrder(po).getString("status")).isEqualTo("ACKNOWLEDGED");

    assertThat(post(document).statusCode()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> eventsOf(po, "SupplierAcknowledged").size() == 1);
    ConsumerRecord<String, String> event = eventsOf(po, "SupplierAcknowledged").get(0);
    assertThat(event.value())
        .contains("\"outcome\":\"ACKNOWLEDGED\"")
        .contains("\"supplierId\":\"" + CXML_SUPPLIER + "\"")
        .contains("\"action\":\"ACCEPT\"");
    assertThat(stored(payload, 200)).isEqualTo(1);
  }

  @Test
  void changedLineIsPublishedWithThePromise() {
    String po = issuedOrder("40");
    Response answer =
        post(
            CxmlDocuments.lineChange(
                CxmlDocuments.payloadId(), CXML_SUPPLIER, SECRET, po, "25", "2026-12-24"));
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(purchaseOrder(po).getString("status")).isEqualTo("CHANGED");
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(eventsOf(po, "SupplierAcknowledged"))
                    .singleElement()
                    .satisfies(
                        e ->
                            assertThat(e.value())
                                .contains("\"outcome\":\"CHANGED\"")
                                .contains("\"action\":\"CHANGE\"")
                                .contains("\"promisedDate\":\"2026-12-24\"")
                                .contains("Partial allocation this week")));
  }

  @Test
  void rejectedOrderIsRejectedAndCannotShipLater() {
    String po = issuedOrder("40");
    assertThat(
            post(CxmlDocuments.confirmation(
                    CxmlDocuments.payloadId(), CXML_SUPPLIER, SECRET, po, "reject"))
                .statusCode())
        .isEqualTo(200);
    assertThat(purchaseOrder(po).getString("status")).isEqualTo("REJECTED");
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(eventsOf(po, "SupplierAcknowledged"))
                    .singleElement()
                    .satisfies(e -> assertThat(e.value()).contains("\"outcome\":\"REJECTED\"")));

    Response ship =
        post(CxmlDocuments.shipNotice(CxmlDocuments.payloadId(), CXML_SUPPLIER, SECRET, po, "40"));
    assertThat(ship.statusCode()).isEqualTo(409);
    assertThat(ship.body().asString()).contains("code=\"409\"").contains("REJECTED");
  }

  @Test
  void shipNoticeBecomesAShipmentMilestone() {
    String po = issuedOrder("40");
    post(
        CxmlDocuments.confirmation(CxmlDocuments.payloadId(), CXML_SUPPLIER, SECRET, po, "accept"));
    Response answer =
        post(CxmlDocuments.shipNotice(CxmlDocuments.payloadId(), CXML_SUPPLIER, SECRET, po, "40"));
    assertThat(answer.statusCode()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(eventsOf(po, "ShipmentMilestoneReached"))
                    .singleElement()
                    .satisfies(
                        e ->
                            assertThat(e.value())
                                .contains("\"asnId\":\"ASN-" + po + "\"")
                                .contains("\"status\":\"SHIPPED\"")
                                .contains("\"carrier\":\"DHLC\"")
                                .contains("\"trackingNumber\":\"JD014600003123456789\"")
                                .contains("\"estimatedArrival\":\"2026-12-02T09:00:00Z\"")));
  }

  @Test
  void wrongSharedSecretIsUnauthorizedAndChangesNothing() {
    String po = issuedOrder("40");
    String payload = CxmlDocuments.payloadId();
    Response answer =
        post(CxmlDocuments.confirmation(payload, CXML_SUPPLIER, "guessed", po, "accept"));
    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.contentType()).startsWith("text/xml");
    assertThat(answer.body().asString()).contains("<Status code=\"401\" text=\"Unauthorized\"");
    assertThat(purchaseOrder(po).getString("status")).isEqualTo("ISSUED");
    assertThat(stored(payload, 401)).isEqualTo(1);
  }

  @Test
  void unknownOrderIsNotAcceptable() {
    String payload = CxmlDocuments.payloadId();
    Response answer =
        post(CxmlDocuments.confirmation(payload, CXML_SUPPLIER, SECRET, "PO-404404", "accept"));
    assertThat(answer.statusCode()).isEqualTo(406);
    assertThat(answer.body().asString()).contains("Unknown purchase order PO-404404");
    assertThat(stored(payload, 406)).isEqualTo(1);
  }

  @Test
  void lineTheOrderDoesNotHaveIsNotAcceptableAndNothingIsApplied() {
    String po = issuedOrder("40");
    String document =
        CxmlDocuments.lineChange(
                CxmlDocuments.payloadId(), CXML_SUPPLIER, SECRET, po, "25", "2026-12-24")
            .replace("lineNumber=\"1\"", "lineNumber=\"7\"");
    assertThat(post(document).statusCode()).isEqualTo(406);
    assertThat(purchaseOrder(po).getString("status")).isEqualTo("ISSUED");
  }

  @Test
  void malformedXmlIsABadRequest() {
    String payload = CxmlDocuments.payloadId();
    String broken =
        CxmlDocuments.confirmation(payload, CXML_SUPPLIER, SECRET, "PO-1", "accept")
            .replace("</ConfirmationRequest>", "");
    Response answer = post(broken);
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body().asString())
        .contains("code=\"400\"")
        .contains("Not a well-formed cXML document");
    assertThat(post("this is not xml").statusCode()).isEqualTo(400);
  }

  @Test
  void externalEntityIsRejectedAndNothingIsRead() {
    String po = issuedOrder("40");
    String xxe =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE cXML [
          <!ENTITY xxe SYSTEM "file:///etc/passwd">
        ]>
        <cXML payloadID="xxe-1@attacker" timestamp="2026-11-27T09:15:00-05:00">
        %s
          <Request>
            <ConfirmationRequest>
              <ConfirmationHeader type="accept" noticeDate="2026-11-27T09:10:00-05:00"/>
              <OrderReference orderID="%s"/>
              <ConfirmationItem lineNumber="1" quantity="1">
                <ConfirmationStatus type="detail" quantity="1" deliveryDate="2026-12-01">
                  <Comments>&xxe;</Comments>
                </ConfirmationStatus>
              </ConfirmationItem>
            </ConfirmationRequest>
          </Request>
        </cXML>
        """
            .formatted(CxmlDocuments.header(CXML_SUPPLIER, SECRET), po);
    Response answer = post(xxe);
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body().asString()).doesNotContain("root:").contains("xxe");
    assertThat(purchaseOrder(po).getString("status")).isEqualTo("ISSUED");
    await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(3))
        .until(() -> eventsOf(po, "SupplierAcknowledged").isEmpty());
  }

  @Test
  void latinOneDocumentWithNamespaceAndCompactLayoutIsAccepted() {
    String po = issuedOrder("40");
    String document =
        CxmlDocuments.lineChange(
                CxmlDocuments.payloadId(), CXML_SUPPLIER, SECRET, po, "40", "2026-12-30")
            .replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
            .replace("<cXML ", "<cXML xmlns=\"http://xml.cxml.org/schemas/cXML/1.2.014\" ")
            .replace("Partial allocation this week", "Lieferung verzögert, Grüße")
            .replaceAll(">\\s+<", "><");
    Response answer = post(document.getBytes(StandardCharsets.ISO_8859_1), "application/xml");
    assertThat(answer.statusCode()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(eventsOf(po, "SupplierAcknowledged"))
                    .singleElement()
                    .satisfies(e -> assertThat(e.value()).contains("Lieferung verzögert")));
  }

  @Test
  void confirmationOfASupersededRevisionIsAConflict() {
    String item = unique("SKU-REV");
    LocalDate needBy = LocalDate.now().plusDays(14);
    contract(CXML_SUPPLIER, item, "4.25").create();
    String po =
        processed(send(newOrder(item, "DC-EAST", "40", needBy)))
            .getString("issuedPurchaseOrderNumber");
    String revisionOne =
        given()
            .header("Authorization", io.distconnect.procurement.Procurement.BUYER)
            .queryParam("po", po)
            .get("/api/v1/supplier-deliveries")
            .then()
            .statusCode(200)
            .extract()
            .path("items[0].payloadId");
    processed(send(newOrder(item, "DC-EAST", "10", needBy.plusDays(1))));
    assertThat(purchaseOrder(po).getInt("revision")).isEqualTo(2);

    String stale =
        CxmlDocuments.confirmation(CxmlDocuments.payloadId(), CXML_SUPPLIER, SECRET, po, "accept")
            .replace("order-" + po + "@distconnect", revisionOne);
    Response answer = post(stale);
    assertThat(answer.statusCode()).isEqualTo(409);
    assertThat(answer.body().asString()).contains("Confirms revision 1");
    assertThat(purchaseOrder(po).getString("status")).isEqualTo("ISSUED");
  }
}
