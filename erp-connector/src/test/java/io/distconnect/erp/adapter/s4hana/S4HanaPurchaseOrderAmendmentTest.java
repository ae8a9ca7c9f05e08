package io.distconnect.erp.adapter.s4hana;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.distconnect.erp.adapter.s4hana.S4HanaOrderPayloads.ITEM_10;
import static io.distconnect.erp.adapter.s4hana.S4HanaOrderPayloads.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.distconnect.erp.domain.ConflictException;
import io.distconnect.erp.domain.InvalidFieldException;
import io.distconnect.erp.domain.PurchaseOrderCommands;
import io.distconnect.erp.domain.PurchaseOrderView;
import io.distconnect.erp.messaging.OutboxEvent;
import io.distconnect.testsupport.OnVertx;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PO amendments against WireMock serving API_PURCHASEORDER_PROCESS_SRV in SAP's shape: the order
 * read with its etags, PATCHes of the item and its schedule line under If-Match with a CSRF token
 * and session cookie (fetched again once after a 403), the added item POSTed to the order's
 * to_PurchaseOrderItem, and the order read back.
 */
@QuarkusTest
class S4HanaPurchaseOrderAmendmentTest {

  private static final String BASIC = "Basic RElTVENPTk5FQ1RfQ09NTTp0ZXN0LW9ubHktc2VjcmV0";
  private static final String SCHEDULE_10 =
      SERVICE
          + "/A_PurchaseOrderScheduleLine(PurchasingDocument='4500000031',PurchasingDocumentItem='10',ScheduleLine='1')";
  private static final String ITEM_ETAG = "W/\"datetimeoffset'2025-11-27T11%3A30%3A00.0000000Z'\"";
  private static final String SCHEDULE_ETAG = "W/\"'7F3A0C2E1B'\"";

  @Inject S4HanaErpPlatform platform;
  @Inject CircuitBreakerMaintenance breakers;

  private WireMockServer sap;
  private S4HanaPlants plants;

  @BeforeEach
  void setUp() {
    sap = S4HanaStubResource.server();
    sap.resetAll();
    breakers.resetAll();
    plants = S4HanaPlants.create();
  }

  private String sapOrder(String quantity10, String date10, boolean withItem30) {
    return S4HanaOrderPayloads.order(plants, quantity10, date10, withItem30);
  }

  private void stubCsrf() {
    sap.stubFor(
        get(urlPathEqualTo(SERVICE + "/"))
            .withHeader("X-CSRF-Token", equalTo("Fetch"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("X-CSRF-Token", "amend-token")
                    .withHeader("Set-Cookie", "SAP_SESSIONID_S4H_100=s1; path=/; HttpOnly")
                    .withHeader("Set-Cookie", "sap-usercontext=sap-client=100; path=/")));
  }

  @Test
  void patchesTheItemAndScheduleLineUnderIfMatchAddsALineAndReadsTheOrderBack() {
    sap.stubFor(
        get(urlPathEqualTo(SERVICE + "/A_PurchaseOrder('4500000031')"))
            .inScenario("amend")
            .whenScenarioStateIs(STARTED)
            .willReturn(okJson(sapOrder("10", "/Date(1767139200000)/", false))));
    sap.stubFor(
        get(urlPathEqualTo(SERVICE + "/A_PurchaseOrder('4500000031')"))
            .inScenario("amend")
            .whenScenarioStateIs("added")
            .willReturn(okJson(sapOrder("12", "/Date(1768435200000)/", true))));
    stubCsrf();
    // The first PATCH arrives after the token expired: SAP refuses it with 403 before changing
    // anything, so the adapter fetches a new token and sends it once more.
    sap.stubFor(
        patch(urlPathEqualTo(ITEM_10))
            .inScenario("token")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(403).withHeader("X-CSRF-Token", "Required"))
            .willSetStateTo("refetched"));
    sap.stubFor(
        patch(urlPathEqualTo(ITEM_10))
            .inScenario("token")
            .whenScenarioStateIs("refetched")
            .willReturn(aResponse().withStatus(204)));
    sap.stubFor(patch(urlPathEqualTo(SCHEDULE_10)).willReturn(aResponse().withStatus(204)));
    sap.stubFor(
        post(urlPathEqualTo(SERVICE + "/A_PurchaseOrder('4500000031')/to_PurchaseOrderItem"))
            .inScenario("amend")
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"d\":{\"PurchaseOrder\":\"4500000031\",\"PurchaseOrderItem\":\"30\"}}"))
            .willSetStateTo("added"));

    PurchaseOrderCommands.Amend amend =
        new PurchaseOrderCommands.Amend(
            List.of(
                new PurchaseOrderCommands.LineChange(
                    1, new BigDecimal("12"), LocalDate.of(2026, 1, 15))),
            List.of(
                new PurchaseOrderCommands.NewLine(
                    "TG13",
                    new BigDecimal("5"),
                    "EA",
                    new BigDecimal("2.50"),
                    LocalDate.of(2026, 1, 20))),
            "supplier confirmed more");

    PurchaseOrderView amended =
        OnVertx.await(
            () -> Panache.withTransaction(() -> platform.amendPurchaseOrder("4500000031", amend)));

    assertThat(amended.lines()).hasSize(3);
    assertThat(amended.lines().get(0).quantity()).isEqualByComparingTo("12");
    assertThat(amended.lines().get(0).needByDate()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(amended.lines().get(2).lineNumber()).isEqualTo(3);
    assertThat(amended.lines().get(2).itemId()).isEqualTo("TG13");
    assertThat(amended.shipToLocationId()).isEqualTo(plants.location());

    sap.verify(2, getRequestedFor(urlPathEqualTo(SERVICE + "/A_PurchaseOrder('4500000031')")));
    // One token per write, plus one after the refused PATCH.
    sap.verify(
        4,
        getRequestedFor(urlPathEqualTo(SERVICE + "/"))
            .withHeader("X-CSRF-Token", equalTo("Fetch"))
            .withHeader("Authorization", equalTo(BASIC)));
    sap.verify(
        2,
        patchRequestedFor(urlPathEqualTo(ITEM_10))
            .withHeader("X-CSRF-Token", equalTo("amend-token"))
            .withHeader(
                "Cookie", equalTo("SAP_SESSIONID_S4H_100=s1; sap-usercontext=sap-client=100"))
            .withHeader("If-Match", equalTo(ITEM_ETAG))
            .withHeader("Authorization", equalTo(BASIC))
            .withRequestBody(
                equalToJson("{\"OrderQuantity\":\"12\",\"PurchaseOrderQuantityUnit\":\"KAR\"}")));
    sap.verify(
        1,
        patchRequestedFor(urlPathEqualTo(SCHEDULE_10))
            .withHeader("X-CSRF-Token", equalTo("amend-token"))
            .withHeader("If-Match", equalTo(SCHEDULE_ETAG))
            .withRequestBody(
                equalToJson("{\"ScheduleLineDeliveryDate\":\"/Date(1768435200000)/\"}")));
    sap.verify(
        1,
        postRequestedFor(
                urlPathEqualTo(SERVICE + "/A_PurchaseOrder('4500000031')/to_PurchaseOrderItem"))
            .withHeader("X-CSRF-Token", equalTo("amend-token"))
            .withHeader("If-Match", absent())
            .withRequestBody(
                equalToJson(
                    """
            {"PurchaseOrder":"4500000031","PurchaseOrderItem":"30","Material":"TG13","Plant":"%s",
             "OrderQuantity":"5","PurchaseOrderQuantityUnit":"PC","NetPriceAmount":"2.5",
             "NetPriceQuantity":"1","DocumentCurrency":"USD",
             "to_ScheduleLine":[{"ScheduleLine":"1","ScheduleLineDeliveryDate":"/Date(1768867200000)/",
                                 "ScheduleLineOrderQuantity":"5"}]}
            """
                        .formatted(plants.plant()))));
    Long events =
        OnVertx.await(
            () ->
                Panache.withSession(
                    () ->
                        OutboxEvent.count(
                            "type = ?1 and recordKey = ?2 and payload like ?3",
                            "io.distconnect.erp.ErpPurchaseOrderChanged.v1",
                            "4500000031",
                            "%AMENDED%")));
    assertThat(events).isEqualTo(1);
  }

  @Test
  void anUnknownLineIsRejectedNamingTheFieldBeforeAnythingIsWritten() {
    sap.stubFor(
        get(urlPathEqualTo(SERVICE + "/A_PurchaseOrder('4500000031')"))
            .willReturn(okJson(sapOrder("10", "/Date(1767139200000)/", false))));
    PurchaseOrderCommands.Amend amend =
        new PurchaseOrderCommands.Amend(
            List.of(new PurchaseOrderCommands.LineChange(7, new BigDecimal("3"), null)),
            List.of(),
            null);

    assertThatThrownBy(
            () ->
                OnVertx.await(
                    () ->
                        Panache.withTransaction(
                            () -> platform.amendPurchaseOrder("4500000031", amend))))
        .isInstanceOf(InvalidFieldException.class)
        .satisfies(
            e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("lines[0].lineNumber"));
    sap.verify(0, patchRequestedFor(urlPathEqualTo(ITEM_10)));
    sap.verify(0, getRequestedFor(urlPathEqualTo(SERVICE + "/")));
  }

  @Test
  void aConcurrentChangeInSapIsAConflictNotARetriedWrite() {
    sap.stubFor(
        get(urlPathEqualTo(SERVICE + "/A_PurchaseOrder('4500000031')"))
            .willReturn(okJson(sapOrder("10", "/Date(1767139200000)/", false))));
    stubCsrf();
    sap.stubFor(
        patch(urlPathEqualTo(ITEM_10))
            .willReturn(
                aResponse()
                    .withStatus(412)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":{\"code\":\"/IWBEP/CM_MGW_RT/022\",\"message\":{\"lang\":\"en\",\"value\":\"Precondition failed\"}}}")));
    PurchaseOrderCommands.Amend amend =
        new PurchaseOrderCommands.Amend(
            List.of(new PurchaseOrderCommands.LineChange(1, new BigDecimal("11"), null)),
            List.of(),
            null);

    assertThatThrownBy(
            () ->
                OnVertx.await(
                    () ->
                        Panache.withTransaction(
                            () -> platform.amendPurchaseOrder("4500000031", amend))))
        .isInstanceOf(io.distconnect.erp.domain.PlatformRejectedException.class)
        .hasMessageContaining("Precondition failed");
    sap.verify(1, patchRequestedFor(urlPathEqualTo(ITEM_10)));
  }

  @Test
  void aCancelledOrderCannotBeAmended() {
    sap.stubFor(
        get(urlPathEqualTo(SERVICE + "/A_PurchaseOrder('4500000031')"))
            .willReturn(
                okJson(
                    sapOrder("10", "/Date(1767139200000)/", false)
                        .replace(
                            "\"PurchasingDocumentDeletionCode\":\"\"",
                            "\"PurchasingDocumentDeletionCode\":\"L\""))));
    PurchaseOrderCommands.Amend amend =
        new PurchaseOrderCommands.Amend(
            List.of(new PurchaseOrderCommands.LineChange(1, new BigDecimal("11"), null)),
            List.of(),
            null);
    assertThatThrownBy(
            () ->
                OnVertx.await(
                    () ->
                        Panache.withTransaction(
                            () -> platform.amendPurchaseOrder("4500000031", amend))))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("CANCELLED");
  }
}
