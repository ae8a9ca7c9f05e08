package io.distconnect.erp.adapter.s4hana;

/**
 * Purchase order 4500000031 as API_PURCHASEORDER_PROCESS_SRV returns it, for the WireMock stubs.
 */
final class S4HanaOrderPayloads {

  static final String SERVICE = "/sap/opu/odata/sap/API_PURCHASEORDER_PROCESS_SRV";
  static final String ITEM_10 =
      SERVICE + "/A_PurchaseOrderItem(PurchaseOrder='4500000031',PurchaseOrderItem='10')";
  static final String ITEM_20 =
      SERVICE + "/A_PurchaseOrderItem(PurchaseOrder='4500000031',PurchaseOrderItem='20')";

  private S4HanaOrderPayloads() {}

  /** The order as SAP returns it with $expand, etags in __metadata; item 30 only once added. */
  static String order(S4HanaPlants plants, String quantity10, String date10, boolean withItem30) {
    String item30 =
        withItem30
            ? """
            ,{"__metadata":{"type":"API_PURCHASEORDER_PROCESS_SRV.A_PurchaseOrderItemType"},
             "PurchaseOrder":"4500000031","PurchaseOrderItem":"30","Material":"TG13","Plant":"%s",
             "OrderQuantity":"5","PurchaseOrderQuantityUnit":"PC","NetPriceAmount":"2.50",
             "NetPriceQuantity":"1","DocumentCurrency":"USD","PurchasingDocumentDeletionCode":"",
             "IsCompletelyDelivered":false,
             "to_ScheduleLine":{"results":[{"ScheduleLine":"1","ScheduleLineDeliveryDate":"/Date(1768867200000)/","ScheduleLineOrderQuantity":"5"}]}}
            """
                .formatted(plants.plant())
            : "";
    return """
        {"d":{"__metadata":{"type":"API_PURCHASEORDER_PROCESS_SRV.A_PurchaseOrderType",
                            "etag":"W/\\"datetimeoffset'2025-11-27T11%%3A30%%3A00.0000000Z'\\""},
          "PurchaseOrder":"4500000031","CompanyCode":"1710","PurchaseOrderType":"NB","Supplier":"17300001",
          "DocumentCurrency":"USD","CreationDate":"/Date(1764201600000)/",
          "LastChangeDateTime":"/Date(1764243000000+0000)/",
          "CorrespncExternalReference":"PROC-78","CorrespncInternalReference":"CASE-31",
          "to_PurchaseOrderItem":{"results":[
            {"__metadata":{"id":"https://s4.example.com%s","type":"API_PURCHASEORDER_PROCESS_SRV.A_PurchaseOrderItemType",
                           "etag":"W/\\"datetimeoffset'2025-11-27T11%%3A30%%3A00.0000000Z'\\""},
             "PurchaseOrder":"4500000031","PurchaseOrderItem":"10","Material":"TG11","Plant":"%s",
             "OrderQuantity":"%s","PurchaseOrderQuantityUnit":"KAR","NetPriceAmount":"12.50",
             "NetPriceQuantity":"1","DocumentCurrency":"USD","PurchasingDocumentDeletionCode":"",
             "IsCompletelyDelivered":false,
             "to_ScheduleLine":{"results":[{"__metadata":{"type":"API_PURCHASEORDER_PROCESS_SRV.A_PurchaseOrderScheduleLineType",
                "etag":"W/\\"'7F3A0C2E1B'\\""},
                "PurchasingDocument":"4500000031","PurchasingDocumentItem":"10","ScheduleLine":"1",
                "ScheduleLineDeliveryDate":"%s","ScheduleLineOrderQuantity":"%s"}]}},
            {"PurchaseOrder":"4500000031","PurchaseOrderItem":"20","Material":"TG12","Plant":"%s",
             "OrderQuantity":"48","PurchaseOrderQuantityUnit":"PC","NetPriceAmount":"0.99",
             "NetPriceQuantity":"1","DocumentCurrency":"USD","PurchasingDocumentDeletionCode":"",
             "IsCompletelyDelivered":false,
             "to_ScheduleLine":{"results":[{"ScheduleLine":"1","ScheduleLineDeliveryDate":"/Date(1767225600000)/","ScheduleLineOrderQuantity":"48"}]}}
            %s
          ]}}}
        """
        .formatted(ITEM_10, plants.plant(), quantity10, date10, quantity10, plants.plant(), item30);
  }
}
