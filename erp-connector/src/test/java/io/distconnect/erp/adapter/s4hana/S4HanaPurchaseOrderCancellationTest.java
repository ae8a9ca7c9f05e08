package io.distconnect.erp.adapter.s4hana;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.distconnect.erp.adapter.s4hana.S4HanaOrderPayloads.ITEM_10;
import static io.distconnect.erp.adapter.s4hana.S4HanaOrderPayloads.ITEM_20;
import static io.distconnect.erp.adapter.s4hana.S4HanaOrderPayloads.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.distconnect.contracts.model.IllegalStatusTransitionException;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.erp.domain.PurchaseOrderView;
import io.distconnect.erp.domain.UnsupportedByPlatformException;
import io.distconnect.erp.messaging.OutboxEvent;
import io.distconnect.testsupport.OnVertx;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cancelling a PO in SAP sets the deletion indicator on each item (PATCH under If-Match with a CSRF
 * token), reads the order back as CANCELLED and announces the status change once; other statuses
 * are SAP's to derive and answer 501.
 */
@QuarkusTest
class S4HanaPurchaseOrderCancellationTest {

  private static final String ORDER = SERVICE + "/A_PurchaseOrder('4500000031')";
  private static final String ITEM_ETAG = "W/\"datetimeoffset'2025-11-27T11%3A30%3A00.0000000Z'\"";

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

  private String order(boolean deleted) {
    String json = S4HanaOrderPayloads.order(plants, "10", "/Date(1767139200000)/", false);
    return deleted
        ? json.replace(
            "\"PurchasingDocumentDeletionCode\":\"\"", "\"PurchasingDocumentDeletionCode\":\"L\"")
        : json;
  }

  private void stubCsrf() {
    sap.stubFor(
        get(urlPathEqualTo(SERVICE + "/"))
            .withHeader("X-CSRF-Token", equalTo("Fetch"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("X-CSRF-Token", "cancel-token")
                    .withHeader("Set-Cookie", "SAP_SESSIONID_S4H_100=s1; path=/; HttpOnly")));
  }

  private long statusChangedEvents() {
    return OnVertx.await(
        () ->
            Panache.withSession(
                () ->
                    OutboxEvent.count(
                        "type = ?1 and recordKey = ?2 and payload like ?3",
                        "io.distconnect.erp.ErpPurchaseOrderChanged.v1",
                        "4500000031",
                        "%STATUS_CHANGED%")));
  }

  @Test
  void setsTheDeletionIndicatorOnEveryItemAndReadsTheOrderBackCancelled() {
    sap.stubFor(
        get(urlPathEqualTo(ORDER))
            .inScenario("cancel")
            .whenScenarioStateIs(STARTED)
            .willReturn(okJson(order(false))));
    sap.stubFor(
        get(urlPathEqualTo(ORDER))
            .inScenario("cancel")
            .whenScenarioStateIs("deleted")
            .willReturn(okJson(order(true))));
    stubCsrf();
    sap.stubFor(patch(urlPathEqualTo(ITEM_10)).willReturn(noContent()));
    sap.stubFor(
        patch(urlPathEqualTo(ITEM_20))
            .inScenario("cancel")
            .willReturn(noContent())
            .willSetStateTo("deleted"));
    long before = statusChangedEvents();

    PurchaseOrderView cancelled =
        OnVertx.await(
            () ->
                Panache.withTransaction(
                    () ->
                        platform.changePurchaseOrderStatus(
                            "4500000031", PurchaseOrderStatus.CANCELLED, "demand dropped")));

    assertThat(cancelled.status()).isEqualTo(PurchaseOrderStatus.CANCELLED);
    for (String item : new String[] {ITEM_10, ITEM_20}) {
      sap.verify(
          1,
          patchRequestedFor(urlPathEqualTo(item))
              .withHeader("X-CSRF-Token", equalTo("cancel-token"))
              .withHeader("Cookie", equalTo("SAP_SESSIONID_S4H_100=s1"))
              .withRequestBody(equalToJson("{\"PurchasingDocumentDeletionCode\":\"L\"}")));
    }
    // Item 10 carries an etag in __metadata, so its write is conditional on it.
    sap.verify(
        patchRequestedFor(urlPathEqualTo(ITEM_10)).withHeader("If-Match", equalTo(ITEM_ETAG)));
    assertThat(statusChangedEvents()).isEqualTo(before + 1);
  }

  @Test
  void cancellingACancelledOrderWritesAndAnnouncesNothing() {
    sap.stubFor(get(urlPathEqualTo(ORDER)).willReturn(okJson(order(true))));
    long before = statusChangedEvents();

    PurchaseOrderView order =
        OnVertx.await(
            () ->
                Panache.withTransaction(
                    () ->
                        platform.changePurchaseOrderStatus(
                            "4500000031", PurchaseOrderStatus.CANCELLED, "again")));

    assertThat(order.status()).isEqualTo(PurchaseOrderStatus.CANCELLED);
    sap.verify(0, patchRequestedFor(urlPathEqualTo(ITEM_10)));
    assertThat(statusChangedEvents()).isEqualTo(before);
  }

  @Test
  void aReceivedOrderCannotBeCancelled() {
    sap.stubFor(
        get(urlPathEqualTo(ORDER))
            .willReturn(
                okJson(
                    order(false)
                        .replace(
                            "\"IsCompletelyDelivered\":false", "\"IsCompletelyDelivered\":true"))));

    assertThatThrownBy(
            () ->
                OnVertx.await(
                    () ->
                        Panache.withTransaction(
                            () ->
                                platform.changePurchaseOrderStatus(
                                    "4500000031", PurchaseOrderStatus.CANCELLED, "too late"))))
        .isInstanceOf(IllegalStatusTransitionException.class);
    sap.verify(0, patchRequestedFor(urlPathEqualTo(ITEM_10)));
  }

  @Test
  void otherStatusesAreSapsToDeriveAndSayWhy() {
    assertThatThrownBy(
            () ->
                OnVertx.await(
                    () ->
                        platform.changePurchaseOrderStatus(
                            "4500000031", PurchaseOrderStatus.CLOSED, "done")))
        .isInstanceOf(UnsupportedByPlatformException.class)
        .hasMessageContaining("only cancelling");
  }
}
