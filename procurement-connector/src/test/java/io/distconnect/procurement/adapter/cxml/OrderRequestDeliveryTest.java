package io.distconnect.procurement.adapter.cxml;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.distconnect.procurement.Procurement.BUYER;
import static io.distconnect.procurement.Procurement.contract;
import static io.distconnect.procurement.Procurement.newOrder;
import static io.distconnect.procurement.Procurement.processed;
import static io.distconnect.procurement.Procurement.send;
import static io.distconnect.procurement.Procurement.unique;
import static io.distconnect.procurement.SupplierStubResource.CXML_SUPPLIER;
import static io.distconnect.procurement.SupplierStubResource.DOWN_SUPPLIER;
import static io.distconnect.procurement.SupplierStubResource.SECRET;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.distconnect.procurement.SupplierStubResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The OrderRequest a cXML supplier receives, and what happens while a supplier is down. */
@QuarkusTest
class OrderRequestDeliveryTest {

  private static List<LoggedRequest> received(String supplierPath, String po) {
    return SupplierStubResource.server()
        .findAll(postRequestedFor(urlPathEqualTo(supplierPath)))
        .stream()
        .filter(r -> r.getBodyAsString().contains("orderID=\"" + po + "\""))
        .toList();
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    // The DTD named in the DOCTYPE is not needed to read the document; never fetch it.
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes("UTF-8")));
  }

  @Test
  void orderRequestCarriesHeaderLinesAndCredentials() throws Exception {
    String item = unique("SKU-OUT");
    LocalDate needBy = LocalDate.now().plusDays(12);
    contract(CXML_SUPPLIER, item, "4.25").with("orderUom", "CS").with("moq", 2).create();
    // Standard units only convert within their dimension; CS orders need CS requests.
    var request = newOrder(item, "DC-EAST", "1", needBy);
    var inCases =
        new io.distconnect.contracts.event.ReplenishmentRequested(
            request.requestId(),
            request.caseId(),
            item,
            "DC-EAST",
            io.distconnect.contracts.model.Quantity.of(
                "3", io.distconnect.contracts.uom.UnitOfMeasure.CS),
            needBy,
            request.decisionKind(),
            null,
            null,
            request.requestedAt());
    String po = processed(send(inCases)).getString("issuedPurchaseOrderNumber");

    String path = "/cxml/" + CXML_SUPPLIER;
    await().atMost(Duration.ofSeconds(20)).until(() -> received(path, po).size() == 1);
    LoggedRequest sent = received(path, po).get(0);
    assertThat(sent.getHeader("Content-Type")).startsWith("text/xml");
    String body = sent.getBodyAsString();
    assertThat(body)
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .contains("<!DOCTYPE cXML");

    Document doc = parse(body);
    XPath x = XPathFactory.newInstance().newXPath();
    assertThat(x.evaluate("/cXML/@payloadID", doc)).endsWith("@distconnect");
    assertThat(x.evaluate("/cXML/@timestamp", doc))
        .matches("\\d{4}-\\d\\d-\\d\\dT.*[+-]\\d\\d:\\d\\d");
    assertThat(x.evaluate("/cXML/Header/From/Credential/Identity", doc)).isEqualTo("distconnect");
    assertThat(x.evaluate("/cXML/Header/To/Credential/@domain", doc)).isEqualTo("DUNS");
    assertThat(x.evaluate("/cXML/Header/To/Credential/Identity", doc)).isEqualTo(CXML_SUPPLIER);
    assertThat(x.evaluate("/cXML/Header/Sender/Credential/SharedSecret", doc)).isEqualTo(SECRET);
    String header = "/cXML/Request/OrderRequest/OrderRequestHeader";
    assertThat(x.evaluate(header + "/@orderID", doc)).isEqualTo(po);
    assertThat(x.evaluate(header + "/@type", doc)).isEqualTo("new");
    assertThat(x.evaluate(header + "/@orderVersion", doc)).isEqualTo("1");
    assertThat(x.evaluate(header + "/Total/Money", doc)).isEqualTo("12.75");
    assertThat(x.evaluate(header + "/Total/Money/@currency", doc)).isEqualTo("EUR");
    assertThat(x.evaluate(header + "/ShipTo/Address/@addressID", doc)).isEqualTo("DC-EAST");
    String line = "/cXML/Request/OrderRequest/ItemOut[1]";
    assertThat(x.evaluate(line + "/@lineNumber", doc)).isEqualTo("1");
    assertThat(x.evaluate(line + "/@quantity", doc)).isEqualTo("3");
    assertThat(x.evaluate(line + "/@requestedDeliveryDate", doc)).isEqualTo(needBy.toString());
    assertThat(x.evaluate(line + "/ItemID/SupplierPartID", doc)).isEqualTo(item);
    assertThat(x.evaluate(line + "/ItemDetail/UnitPrice/Money", doc)).isEqualTo("4.25");
    assertThat(x.evaluate(line + "/ItemDetail/UnitOfMeasure", doc)).isEqualTo("CS");

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> "DELIVERED".equals(delivery(po).getString("items[0].status")));
  }

  @Test
  void supplierThatStaysDownIsParkedThenFailedAndShownAsException() {
    String item = unique("SKU-DOWN");
    contract(DOWN_SUPPLIER, item, "1").create();
    JsonPath request =
        processed(send(newOrder(item, "DC-EAST", "10", LocalDate.now().plusDays(12))));
    String po = request.getString("issuedPurchaseOrderNumber");

    // Test profile: 3 attempts, 0.3 s backoff doubling; each attempt retries the POST itself.
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonPath delivery = delivery(po);
              assertThat(delivery.getString("items[0].status")).isEqualTo("FAILED");
              assertThat(delivery.getInt("items[0].attempts")).isEqualTo(3);
              assertThat(delivery.getString("items[0].lastError")).isNotBlank();
            });
    assertThat(received("/down/" + DOWN_SUPPLIER, po)).hasSizeGreaterThanOrEqualTo(3);
    JsonPath exceptions =
        given()
            .header("Authorization", BUYER)
            .queryParam("requestId", request.getString("requestId"))
            .queryParam("reason", "DELIVERY_FAILED")
            .get("/api/v1/sourcing-exceptions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(exceptions.getString("items[0].detail")).contains(po).contains(DOWN_SUPPLIER);
  }

  private static JsonPath delivery(String po) {
    return given()
        .header("Authorization", BUYER)
        .queryParam("po", po)
        .get("/api/v1/supplier-deliveries")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
