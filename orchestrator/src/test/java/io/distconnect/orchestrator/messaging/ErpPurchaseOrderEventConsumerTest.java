package io.distconnect.orchestrator.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.distconnect.contracts.event.GoodsReceived;
import io.distconnect.contracts.event.Topics;
import io.distconnect.contracts.model.GoodsReceipt;
import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.orchestrator.CaseApi;
import io.distconnect.orchestrator.Flow;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code erp.purchase-order-events.v1} carries GoodsReceived beside ErpPurchaseOrderChanged: a
 * receipt is a valid event the orchestrator does not act on, so it must be acknowledged (and
 * counted), never dead-lettered as if it were poison.
 */
@QuarkusTest
class ErpPurchaseOrderEventConsumerTest {

  private static final Pattern IGNORED_RECEIPTS =
      Pattern.compile(
          "distconnect_events_ignored_total\\{[^}]*type=\"GoodsReceived\"[^}]*\\} ([0-9.]+)");

  @Test
  void goodsReceiptIsAcknowledgedWithoutEffectAndNotDeadLettered() {
    try (Flow flow = new Flow("RECEIPT")) {
      String po = "4500" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000);
      double before = ignoredReceipts();
      GoodsReceived receipt =
          GoodsReceived.of(
              new GoodsReceipt(
                  "5000000001",
                  po,
                  10,
                  flow.item,
                  Flow.LOCATION,
                  Quantity.of(8, UnitOfMeasure.CS),
                  LocalDate.now()),
              Quantity.of(4, UnitOfMeasure.CS),
              PurchaseOrderStatus.PARTIALLY_RECEIVED,
              null,
              Instant.now());
      String receiptId = flow.send(receipt);
      // Poison behind it on the same key (same partition): once it is dead-lettered, the receipt
      // was handled before it.
      String poisonId = UUID.randomUUID().toString();
      flow.sendRaw(
          Topics.ERP_PURCHASE_ORDER_EVENTS,
          poisonId,
          "io.distconnect.erp.ErpPurchaseOrderChanged.v1",
          po,
          "{\"not\":\"an order change\"}");

      await().atMost(Duration.ofSeconds(60)).until(() -> deadLetterEventIds().contains(poisonId));
      assertThat(deadLetterEventIds()).doesNotContain(receiptId);
      assertThat(ignoredReceipts()).isEqualTo(before + 1);
    }
  }

  private static List<String> deadLetterEventIds() {
    return CaseApi.deadLetters(null).stream().map(e -> (String) e.get("eventId")).toList();
  }

  private static double ignoredReceipts() {
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    Matcher matcher = IGNORED_RECEIPTS.matcher(metrics);
    return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
  }
}
