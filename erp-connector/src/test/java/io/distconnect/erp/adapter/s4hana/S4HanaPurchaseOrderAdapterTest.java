package io.distconnect.erp.adapter.s4hana;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.erp.domain.DownstreamUnavailableException;
import io.distconnect.erp.domain.NotFoundException;
import io.distconnect.erp.domain.Paged;
import io.distconnect.erp.domain.PurchaseOrderCommands;
import io.distconnect.erp.domain.PurchaseOrderQuery;
import io.distconnect.erp.domain.PurchaseOrderView;
import io.distconnect.erp.messaging.OutboxEvent;
import io.distconnect.testsupport.OnVertx;
import io.distconnect.testsupport.TestTokens;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SAP S/4HANA adapter against WireMock serving API_PURCHASEORDER_PROCESS_SRV payloads in SAP's
 * shape: exact requests (paths, basic auth, CSRF token and session cookie, deep-insert body), the
 * mapping both ways, and the circuit breaker opening after repeated failures.
 */
@QuarkusTest
class S4HanaPurchaseOrderAdapterTest {

  private static final String SERVICE = "/sap/opu/odata/sap/API_PURCHASEORDER_PROCESS_SRV";
  private static final String BASIC = "Basic RElTVENPTk5FQ1RfQ09NTTp0ZXN0LW9ubHktc2VjcmV0";

  @Inject S4HanaPurchaseOrderClient client;
  @Inject S4HanaErpPlatform platform;
  @Inject CircuitBreakerMaintenance breakers;

  private WireMockServer sap;
  private String location;
  private String plant;

  @BeforeEach
  void setUp() {
    sap = S4HanaStubResource.server();
    sap.resetAll();
    breakers.resetAll();
    location = "DC-" + UUID.randomUUID().toString().substring(0, 8);
    plant = String.valueOf(1000 + (int) (Math.random() * 8999));
    String admin = TestTokens.bearer("integration-admin");
    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(
            "{\"code\":\""
                + location
                + "\",\"name\":\"Plant DC\",\"type\":\"DC\",\"region\":\"US-EAST\",\"timeZone\":\"America/New_York\"}")
        .post("/api/v1/locations")
        .then()
        .statusCode(201);
    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(
            "{\"platform\":\"ERP\",\"platformCode\":\""
                + plant
                + "\",\"locationCode\":\""
                + location
                + "\"}")
        .put("/api/v1/location-mappings")
        .then()
        .statusCode(200);
  }

  private String sapOrder(String number, String deletion, boolean delivered) {
    return """
        {"d":{"__metadata":{"type":"API_PURCHASEORDER_PROCESS_SRV.A_PurchaseOrderType"},
          "PurchaseOrder":"%s","CompanyCode":"1710","PurchaseOrderType":"NB","Supplier":"17300001",
          "PurchasingOrganization":"1710","PurchasingGroup":"001","DocumentCurrency":"USD",
          "CreationDate":"/Date(1764201600000)/","LastChangeDateTime":"/Date(1764243000000+0000)/",
          "CorrespncExternalReference":"PROC-77","CorrespncInternalReference":"",
          "to_PurchaseOrderItem":{"results":[
            {"PurchaseOrder":"%s","PurchaseOrderItem":"10","Material":"TG11","Plant":"%s",
             "OrderQuantity":"10","PurchaseOrderQuantityUnit":"KAR","NetPriceAmount":"1250.00",
             "NetPriceQuantity":"100","DocumentCurrency":"USD","PurchasingDocumentDeletionCode":"%s",
             "IsCompletelyDelivered":%s,
             "to_ScheduleLine":{"results":[{"ScheduleLine":"1","ScheduleLineDeliveryDate":"/Date(1767139200000)/","ScheduleLineOrderQuantity":"10"}]}},
            {"PurchaseOrder":"%s","PurchaseOrderItem":"20","Material":"TG12","Plant":"%s",
             "OrderQuantity":"48","PurchaseOrderQuantityUnit":"PC","NetPriceAmount":"0.99",
             "NetPriceQuantity":"1","DocumentCurrency":"USD","PurchasingDocumentDeletionCode":"%s",
             "IsCompletelyDelivered":%s,
             "to_ScheduleLine":{"results":[{"ScheduleLine":"1","ScheduleLineDeliveryDate":"/Date(1767225600000)/","ScheduleLineOrderQuantity":"48"}]}}
          ]}}}
        """
        .formatted(number, number, plant, deletion, delivered, number, plant, deletion, delivered);
  }

  @Test
  void readsAnOrderAndMapsItToTheCanonicalShape() {
    sap.stubFor(
        get(urlPathEqualTo(SERVICE + "/A_PurchaseOrder('4500000017')"))
            .willReturn(okJson(sapOrder("4500000017", "", false))));

    PurchaseOrderView po = OnVertx.await(() -> platform.purchaseOrder("4500000017"));

    assertThat(po.number()).isEqualTo("4500000017");
    assertThat(po.supplierId()).isEqualTo("17300001");
    assertThat(po.shipToLocationId()).isEqualTo(location);
    assertThat(po.status()).isEqualTo(PurchaseOrderStatus.ISSUED);
    assertThat(po.externalReference()).isEqualTo("PROC-77");
    assertThat(po.caseId()).isNull();
    assertThat(po.lines()).hasSize(2);
    PurchaseOrderView.Line first = po.lines().get(0);
    assertThat(first.lineNumber()).isEqualTo(1);
    assertThat(first.uom()).isEqualTo(UnitOfMeasure.CS);
    assertThat(first.quantity()).isEqualByComparingTo("10");
    // SAP prices per price unit of 100; the canonical price is per one unit.
    assertThat(first.unitPrice()).isEqualByComparingTo("12.5");
    assertThat(first.needByDate()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(po.lines().get(1).uom()).isEqualTo(UnitOfMeasure.EA);
    assertThat(po.createdAt().toString()).isEqualTo("2025-11-27T00:00:00Z");

    sap.verify(
        1,
        getRequestedFor(urlPathEqualTo(SERVICE + "/A_PurchaseOrder('4500000017')"))
            .withHeader("Authorization", equalTo(BASIC))
            .withQueryParam("$expand", equalTo("to_PurchaseOrderItem/to_ScheduleLine"))
            .withQueryParam("$format", equalTo("json")));
  }

  @Test
  void listsOpenOrdersOfAnItemAtALocationThroughTheirItems() {
    sap.stubFor(
        get(urlPathEqualTo(SERVICE + "/A_PurchaseOrderItem"))
            .withQueryParam("$filter", equalTo("Material eq 'TG11' and Plant eq '" + plant + "'"))
            .withQueryParam("$select", equalTo("PurchaseOrder"))
            .willReturn(
                okJson(
                    """
            {"d":{"results":[{"PurchaseOrder":"4500000017"},{"PurchaseOrder":"4500000017"},
                             {"PurchaseOrder":"4500000021"}]}}
            """)));
    String results =
        "{\"d\":{\"__count\":\"2\",\"results\":["
            + inner(sapOrder("4500000021", "", false))
            + ","
            + inner(sapOrder("4500000017", "L", false))
            + "]}}";
    sap.stubFor(
        get(urlPathEqualTo(SERVICE + "/A_PurchaseOrder"))
            .withQueryParam(
                "$filter",
                equalTo("(PurchaseOrder eq '4500000021' or PurchaseOrder eq '4500000017')"))
            .willReturn(okJson(results)));

    Paged<PurchaseOrderView> open =
        OnVertx.await(
            () ->
                platform.purchaseOrders(
                    new PurchaseOrderQuery("TG11", location, null, null, true, null), 0, 50));

    // 4500000017 has its items deleted in SAP: cancelled, so not open.
    assertThat(open.items()).extracting(PurchaseOrderView::number).containsExactly("4500000021");
    assertThat(open.total()).isEqualTo(2);
    sap.verify(
        1,
        getRequestedFor(urlPathEqualTo(SERVICE + "/A_PurchaseOrder"))
            .withQueryParam("$inlinecount", equalTo("allpages"))
            .withQueryParam("$expand", equalTo("to_PurchaseOrderItem/to_ScheduleLine")));
  }

  /** The order object inside SAP's {"d": ...} envelope. */
  private static String inner(String envelope) {
    String trimmed = envelope.strip();
    return trimmed.substring(trimmed.indexOf(':') + 1, trimmed.length() - 1);
  }

  @Test
  void deletedAndDeliveredItemsBecomeCancelledAndReceived() {
    sap.stubFor(
        get(urlPathEqualTo(SERVICE + "/A_PurchaseOrder('4500000018')"))
            .willReturn(okJson(sapOrder("4500000018", "L", false))));
    sap.stubFor(
        get(urlPathEqualTo(SERVICE + "/A_PurchaseOrder('4500000019')"))
            .willReturn(okJson(sapOrder("4500000019", "", true))));
    assertThat(OnVertx.await(() -> platform.purchaseOrder("4500000018")).status())
        .isEqualTo(PurchaseOrderStatus.CANCELLED);
    PurchaseOrderView received = OnVertx.await(() -> platform.purchaseOrder("4500000019"));
    assertThat(received.status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
    assertThat(received.lines().get(1).receivedQuantity()).isEqualByComparingTo("48");
  }

  @Test
  void createFetchesACsrfTokenDeepInsertsAndRetriesOnceWhenTheTokenExpired() {
    // The first token has expired by the time the POST arrives; SAP answers 403 "Required".
    sap.stubFor(
        get(urlPathEqualTo(SERVICE + "/"))
            .inScenario("csrf")
            .whenScenarioStateIs(STARTED)
            .withHeader("X-CSRF-Token", equalTo("Fetch"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("X-CSRF-Token", "stale-token")
                    .withHeader("Set-Cookie", "SAP_SESSIONID_S4H_100=old; path=/; HttpOnly"))
            .willSetStateTo("stale"));
    sap.stubFor(
        post(urlPathEqualTo(SERVICE + "/A_PurchaseOrder"))
            .inScenario("csrf")
            .whenScenarioStateIs("stale")
            .willReturn(aResponse().withStatus(403).withHeader("X-CSRF-Token", "Required"))
            .willSetStateTo("expired"));
    sap.stubFor(
        get(urlPathEqualTo(SERVICE + "/"))
            .inScenario("csrf")
            .whenScenarioStateIs("expired")
            .withHeader("X-CSRF-Token", equalTo("Fetch"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("X-CSRF-Token", "fresh-token")
                    .withHeader("Set-Cookie", "SAP_SESSIONID_S4H_100=new; path=/; HttpOnly")
                    .withHeader("Set-Cookie", "sap-usercontext=sap-client=100; path=/"))
            .willSetStateTo("fresh"));
    sap.stubFor(
        post(urlPathEqualTo(SERVICE + "/A_PurchaseOrder"))
            .inScenario("csrf")
            .whenScenarioStateIs("fresh")
            .withHeader("X-CSRF-Token", equalTo("fresh-token"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(sapOrder("4500000042", "", false))));

    String caseId = "CASE-" + UUID.randomUUID().toString().substring(0, 8);
    PurchaseOrderCommands.Create command =
        new PurchaseOrderCommands.Create(
            "17300001",
            location,
            "USD",
            "PROC-77",
            caseId,
            List.of(
                new PurchaseOrderCommands.NewLine(
                    "TG11",
                    new BigDecimal("10"),
                    "CS",
                    new BigDecimal("12.50"),
                    LocalDate.of(2025, 12, 31)),
                new PurchaseOrderCommands.NewLine(
                    "TG12",
                    new BigDecimal("48"),
                    "EA",
                    new BigDecimal("0.99"),
                    LocalDate.of(2026, 1, 1))));

    PurchaseOrderView created =
        OnVertx.await(() -> Panache.withTransaction(() -> platform.createPurchaseOrder(command)));

    assertThat(created.number()).isEqualTo("4500000042");
    assertThat(created.shipToLocationId()).isEqualTo(location);
    sap.verify(
        2,
        getRequestedFor(urlPathEqualTo(SERVICE + "/"))
            .withHeader("X-CSRF-Token", equalTo("Fetch")));
    sap.verify(2, postRequestedFor(urlPathEqualTo(SERVICE + "/A_PurchaseOrder")));
    sap.verify(
        1,
        postRequestedFor(urlPathEqualTo(SERVICE + "/A_PurchaseOrder"))
            .withHeader("X-CSRF-Token", equalTo("fresh-token"))
            .withHeader(
                "Cookie", equalTo("SAP_SESSIONID_S4H_100=new; sap-usercontext=sap-client=100"))
            .withHeader("Authorization", equalTo(BASIC))
            .withRequestBody(
                equalToJson(
                    """
            {"CompanyCode":"1710","PurchaseOrderType":"NB","Supplier":"17300001",
             "PurchasingOrganization":"1710","PurchasingGroup":"001","DocumentCurrency":"USD",
             "CorrespncExternalReference":"PROC-77","CorrespncInternalReference":"%s",
             "to_PurchaseOrderItem":[
              {"PurchaseOrderItem":"10","Material":"TG11","Plant":"%s","OrderQuantity":"10",
               "PurchaseOrderQuantityUnit":"KAR","NetPriceAmount":"12.5","NetPriceQuantity":"1",
               "DocumentCurrency":"USD","to_ScheduleLine":[{"ScheduleLine":"1",
               "ScheduleLineDeliveryDate":"/Date(1767139200000)/","ScheduleLineOrderQuantity":"10"}]},
              {"PurchaseOrderItem":"20","Material":"TG12","Plant":"%s","OrderQuantity":"48",
               "PurchaseOrderQuantityUnit":"PC","NetPriceAmount":"0.99","NetPriceQuantity":"1",
               "DocumentCurrency":"USD","to_ScheduleLine":[{"ScheduleLine":"1",
               "ScheduleLineDeliveryDate":"/Date(1767225600000)/","ScheduleLineOrderQuantity":"48"}]}]}
            """
                        .formatted(caseId, plant, plant))));
    // The creation is announced like any ERP change, through the outbox.
    Long events =
        OnVertx.await(
            () ->
                Panache.withSession(
                    () ->
                        OutboxEvent.count(
                            "type = ?1 and recordKey = ?2 and payload like ?3",
                            "io.distconnect.erp.ErpPurchaseOrderChanged.v1",
                            "4500000042",
                            "%" + caseId + "%")));
    assertThat(events).isEqualTo(1);
  }

  @Test
  void anUnknownOrderIs404AndDoesNotCountAgainstTheBreaker() {
    sap.stubFor(
        get(urlPathEqualTo(SERVICE + "/A_PurchaseOrder('4599999999')"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":{\"code\":\"SY/530\",\"message\":{\"lang\":\"en\",\"value\":\"Resource not found\"}}}")));
    for (int i = 0; i < 6; i++) {
      assertThatThrownBy(() -> OnVertx.await(() -> client.purchaseOrder("4599999999")))
          .isInstanceOf(NotFoundException.class);
    }
    // Not retried, and the breaker stayed closed: every call reached SAP once.
    sap.verify(6, getRequestedFor(urlPathEqualTo(SERVICE + "/A_PurchaseOrder('4599999999')")));
  }

  @Test
  void repeatedOutagesOpenTheBreakerAndTheFallbackReportsTheErpUnavailable() {
    sap.stubFor(
        get(urlPathEqualTo(SERVICE + "/A_PurchaseOrder('4500000666')"))
            .willReturn(aResponse().withStatus(503)));
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> OnVertx.await(() -> client.purchaseOrder("4500000666")))
          .isInstanceOf(DownstreamUnavailableException.class)
          .satisfies(
              e ->
                  assertThat(((DownstreamUnavailableException) e).retryAfter().toSeconds())
                      .isEqualTo(30));
    }
    // Call 1: three attempts (two retries). Call 2: the fourth failure fills the breaker's window
    // of four and opens it, so its retries and call 3 never reach SAP.
    sap.verify(4, getRequestedFor(urlPathEqualTo(SERVICE + "/A_PurchaseOrder('4500000666')")));
  }
}
