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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.distconnect.contracts.model.InventoryPosition;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.erp.domain.DownstreamUnavailableException;
import io.distconnect.erp.domain.InvalidFieldException;
import io.distconnect.erp.domain.InventoryKey;
import io.distconnect.erp.domain.PositionBatch;
import io.distconnect.erp.domain.PurchaseOrderCommands;
import io.distconnect.erp.domain.ReceiptView;
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
 * Goods receipts posted to API_MATERIAL_DOCUMENT_SRV (movement type 101, deep insert, CSRF) and
 * stock read from API_MATERIAL_STOCK_SRV plus open items of API_PURCHASEORDER_PROCESS_SRV, against
 * WireMock serving SAP's OData v2 shapes.
 */
@QuarkusTest
class S4HanaGoodsReceiptAndStockTest {

  private static final String PO_SERVICE = "/sap/opu/odata/sap/API_PURCHASEORDER_PROCESS_SRV";
  private static final String DOC_SERVICE = "/sap/opu/odata/sap/API_MATERIAL_DOCUMENT_SRV";
  private static final String STOCK =
      "/sap/opu/odata/sap/API_MATERIAL_STOCK_SRV/A_MatlStkInAcctMod";
  private static final String BASIC = "Basic RElTVENPTk5FQ1RfQ09NTTp0ZXN0LW9ubHktc2VjcmV0";

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

  private String sapOrder() {
    return """
        {"d":{"PurchaseOrder":"4500000032","Supplier":"17300001","DocumentCurrency":"USD",
          "CreationDate":"/Date(1764201600000)/","CorrespncExternalReference":"PROC-79",
          "CorrespncInternalReference":"CASE-32",
          "to_PurchaseOrderItem":{"results":[
            {"PurchaseOrder":"4500000032","PurchaseOrderItem":"10","Material":"TG11","Plant":"%s",
             "OrderQuantity":"10","PurchaseOrderQuantityUnit":"KAR","NetPriceAmount":"12.50",
             "NetPriceQuantity":"1","DocumentCurrency":"USD","PurchasingDocumentDeletionCode":"",
             "IsCompletelyDelivered":false,
             "to_ScheduleLine":{"results":[{"ScheduleLine":"1","ScheduleLineDeliveryDate":"/Date(1767139200000)/","ScheduleLineOrderQuantity":"10"}]}},
            {"PurchaseOrder":"4500000032","PurchaseOrderItem":"20","Material":"TG12","Plant":"%s",
             "OrderQuantity":"48","PurchaseOrderQuantityUnit":"PC","NetPriceAmount":"0.99",
             "NetPriceQuantity":"1","DocumentCurrency":"USD","PurchasingDocumentDeletionCode":"",
             "IsCompletelyDelivered":true,
             "to_ScheduleLine":{"results":[{"ScheduleLine":"1","ScheduleLineDeliveryDate":"/Date(1767225600000)/","ScheduleLineOrderQuantity":"48"}]}}
          ]}}}
        """
        .formatted(plants.plant(), plants.plant());
  }

  @Test
  void postsAMaterialDocumentWithMovementType101AndReportsWhatIsStillOpen() {
    sap.stubFor(
        get(urlPathEqualTo(PO_SERVICE + "/A_PurchaseOrder('4500000032')"))
            .willReturn(okJson(sapOrder())));
    sap.stubFor(
        get(urlPathEqualTo(DOC_SERVICE + "/"))
            .withHeader("X-CSRF-Token", equalTo("Fetch"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("X-CSRF-Token", "gr-token")
                    .withHeader("Set-Cookie", "SAP_SESSIONID_S4H_100=gr; path=/; HttpOnly")));
    // The first token expired on the way: 403, a new token, the POST once more.
    sap.stubFor(
        post(urlPathEqualTo(DOC_SERVICE + "/A_MaterialDocumentHeader"))
            .inScenario("gr")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(403).withHeader("X-CSRF-Token", "Required"))
            .willSetStateTo("fresh"));
    sap.stubFor(
        post(urlPathEqualTo(DOC_SERVICE + "/A_MaterialDocumentHeader"))
            .inScenario("gr")
            .whenScenarioStateIs("fresh")
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
            {"d":{"__metadata":{"type":"API_MATERIAL_DOCUMENT_SRV.A_MaterialDocumentHeaderType"},
              "MaterialDocumentYear":"2025","MaterialDocument":"5000000123",
              "PostingDate":"/Date(1764633600000)/","GoodsMovementCode":"01",
              "CreationDate":"/Date(1764633600000)/",
              "to_MaterialDocumentItem":{"results":[{"MaterialDocumentYear":"2025",
                "MaterialDocument":"5000000123","MaterialDocumentItem":"1","GoodsMovementType":"101",
                "PurchaseOrder":"4500000032","PurchaseOrderItem":"10","Material":"TG11",
                "QuantityInEntryUnit":"4","EntryUnit":"KAR"}]}}}
            """)));
    sap.stubFor(
        get(urlPathEqualTo(DOC_SERVICE + "/A_MaterialDocumentItem"))
            .withQueryParam(
                "$filter", equalTo("PurchaseOrder eq '4500000032' and PurchaseOrderItem eq '10'"))
            .withQueryParam("$format", equalTo("json"))
            .willReturn(
                okJson(
                    """
            {"d":{"results":[
              {"MaterialDocument":"5000000101","MaterialDocumentYear":"2025","GoodsMovementType":"101","QuantityInEntryUnit":"5","EntryUnit":"KAR"},
              {"MaterialDocument":"5000000102","MaterialDocumentYear":"2025","GoodsMovementType":"102","QuantityInEntryUnit":"1","EntryUnit":"KAR"},
              {"MaterialDocument":"5000000123","MaterialDocumentYear":"2025","GoodsMovementType":"101","QuantityInEntryUnit":"4","EntryUnit":"KAR"}]}}
            """)));

    ReceiptView receipt =
        OnVertx.await(
            () ->
                Panache.withTransaction(
                    () ->
                        platform.postGoodsReceipt(
                            new PurchaseOrderCommands.Receive(
                                "4500000032",
                                1,
                                new BigDecimal("4"),
                                "CS",
                                LocalDate.of(2025, 12, 2)))));

    assertThat(receipt.receiptId()).isEqualTo("5000000123-2025");
    assertThat(receipt.itemId()).isEqualTo("TG11");
    assertThat(receipt.locationId()).isEqualTo(plants.location());
    assertThat(receipt.uom()).isEqualTo(UnitOfMeasure.CS);
    assertThat(receipt.quantity()).isEqualByComparingTo("4");
    // 10 ordered; 5 received, 1 reversed, 4 now: 2 still to come.
    assertThat(receipt.openQuantity()).isEqualByComparingTo("2");
    assertThat(receipt.purchaseOrderStatus()).isEqualTo(PurchaseOrderStatus.PARTIALLY_RECEIVED);

    sap.verify(
        2,
        getRequestedFor(urlPathEqualTo(DOC_SERVICE + "/"))
            .withHeader("X-CSRF-Token", equalTo("Fetch")));
    sap.verify(2, postRequestedFor(urlPathEqualTo(DOC_SERVICE + "/A_MaterialDocumentHeader")));
    sap.verify(
        postRequestedFor(urlPathEqualTo(DOC_SERVICE + "/A_MaterialDocumentHeader"))
            .withHeader("X-CSRF-Token", equalTo("gr-token"))
            .withHeader("Cookie", equalTo("SAP_SESSIONID_S4H_100=gr"))
            .withHeader("Authorization", equalTo(BASIC))
            .withRequestBody(
                equalToJson(
                    """
            {"GoodsMovementCode":"01","PostingDate":"/Date(1764633600000)/",
             "DocumentDate":"/Date(1764633600000)/",
             "to_MaterialDocumentItem":[{"GoodsMovementType":"101","PurchaseOrder":"4500000032",
               "PurchaseOrderItem":"10","Material":"TG11","Plant":"%s",
               "QuantityInEntryUnit":"4","EntryUnit":"KAR"}]}
            """
                        .formatted(plants.plant()))));
    Long events =
        OnVertx.await(
            () ->
                Panache.withSession(
                    () ->
                        OutboxEvent.count(
                            "type = ?1 and recordKey = ?2 and payload like ?3",
                            "io.distconnect.erp.GoodsReceived.v1",
                            "4500000032",
                            "%5000000123-2025%")));
    assertThat(events).isEqualTo(1);
  }

  @Test
  void aReceiptInAnotherUnitThanTheOrderIsRejectedBeforeSapIsWrittenTo() {
    sap.stubFor(
        get(urlPathEqualTo(PO_SERVICE + "/A_PurchaseOrder('4500000032')"))
            .willReturn(okJson(sapOrder())));
    assertThatThrownBy(
            () ->
                OnVertx.await(
                    () ->
                        Panache.withTransaction(
                            () ->
                                platform.postGoodsReceipt(
                                    new PurchaseOrderCommands.Receive(
                                        "4500000032", 1, new BigDecimal("4"), "EA", null)))))
        .isInstanceOf(InvalidFieldException.class)
        .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("uom"));
    sap.verify(0, postRequestedFor(urlPathEqualTo(DOC_SERVICE + "/A_MaterialDocumentHeader")));
  }

  private void stubStock(String material, String body) {
    sap.stubFor(
        get(urlPathEqualTo(STOCK))
            .withQueryParam(
                "$filter",
                equalTo("Material eq '" + material + "' and Plant eq '" + plants.plant() + "'"))
            .withQueryParam("$format", equalTo("json"))
            .willReturn(okJson(body)));
  }

  private String stockEntry(String sloc, String type, String quantity) {
    return """
        {"__metadata":{"type":"API_MATERIAL_STOCK_SRV.A_MatlStkInAcctModType"},
         "Material":"TG11","Plant":"%s","StorageLocation":"%s","Batch":"","Supplier":"",
         "InventoryStockType":"%s","InventorySpecialStockType":"",
         "MatlWrhsStkQtyInMatlBaseUnit":"%s","MaterialBaseUnit":"PC"}
        """
        .formatted(plants.plant(), sloc, type, quantity);
  }

  @Test
  void readsUnrestrictedStockAsOnHandAndOpenOrderItemsAsOnOrder() {
    stubStock(
        "TG11",
        "{\"d\":{\"results\":["
            + String.join(
                ",",
                stockEntry("0001", "01", "60.000"),
                stockEntry("0002", "01", "40.000"),
                stockEntry("0001", "02", "5.000"),
                stockEntry("0001", "07", "3.000"))
            + "]}}");
    stubStock("TG99", "{\"d\":{\"results\":[]}}");
    sap.stubFor(
        get(urlPathEqualTo(PO_SERVICE + "/A_PurchaseOrderItem"))
            .withQueryParam(
                "$filter",
                equalTo(
                    "Material eq 'TG11' and Plant eq '"
                        + plants.plant()
                        + "' and IsCompletelyDelivered eq false"))
            .willReturn(
                okJson(
                    """
            {"d":{"results":[
              {"PurchaseOrder":"4500000040","PurchaseOrderItem":"10","OrderQuantity":"24","PurchaseOrderQuantityUnit":"PC","PurchasingDocumentDeletionCode":""},
              {"PurchaseOrder":"4500000041","PurchaseOrderItem":"20","OrderQuantity":"12","PurchaseOrderQuantityUnit":"PC","PurchasingDocumentDeletionCode":""},
              {"PurchaseOrder":"4500000042","PurchaseOrderItem":"10","OrderQuantity":"50","PurchaseOrderQuantityUnit":"PC","PurchasingDocumentDeletionCode":"L"}]}}
            """)));

    PositionBatch batch =
        OnVertx.await(
            () ->
                platform.inventoryPositions(
                    List.of(
                        new InventoryKey("TG11", plants.location()),
                        new InventoryKey("TG99", plants.location()))));

    assertThat(batch.missing()).containsExactly(new InventoryKey("TG99", plants.location()));
    assertThat(batch.positions()).hasSize(1);
    InventoryPosition position = batch.positions().get(0);
    assertThat(position.uom()).isEqualTo(UnitOfMeasure.EA);
    // Quality inspection (02) and blocked (07) stock cannot be promised.
    assertThat(position.onHand()).isEqualByComparingTo("100");
    // The deleted item is not on order.
    assertThat(position.onOrder()).isEqualByComparingTo("36");
    assertThat(position.allocated()).isEqualByComparingTo("0");
    assertThat(position.backordered()).isEqualByComparingTo("0");
    assertThat(position.inTransit()).isEqualByComparingTo("0");
    sap.verify(
        1,
        getRequestedFor(urlPathEqualTo(PO_SERVICE + "/A_PurchaseOrderItem"))
            .withHeader("Authorization", equalTo(BASIC))
            .withQueryParam(
                "$select",
                equalTo(
                    "PurchaseOrder,PurchaseOrderItem,OrderQuantity,PurchaseOrderQuantityUnit,PurchasingDocumentDeletionCode"))
            .withQueryParam("$format", equalTo("json")));
    // No open items are asked for when SAP holds no stock record at all.
    sap.verify(
        2, getRequestedFor(urlPathEqualTo(STOCK)).withHeader("Authorization", equalTo(BASIC)));
  }

  @Test
  void stockOutagesOpenTheBreakerAndReportTheErpUnavailable() {
    sap.stubFor(get(urlPathEqualTo(STOCK)).willReturn(aResponse().withStatus(503)));
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(
              () -> OnVertx.await(() -> platform.inventoryPosition("TG11", plants.location())))
          .isInstanceOf(DownstreamUnavailableException.class);
    }
    // Call 1: three attempts; call 2: the fourth failure opens the breaker; call 3 never leaves.
    sap.verify(4, getRequestedFor(urlPathEqualTo(STOCK)));
  }
}
