package io.distconnect.procurement.adapter.embedded;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.distconnect.procurement.Procurement.contract;
import static io.distconnect.procurement.Procurement.newOrder;
import static io.distconnect.procurement.Procurement.processed;
import static io.distconnect.procurement.Procurement.purchaseOrder;
import static io.distconnect.procurement.Procurement.send;
import static io.distconnect.procurement.Procurement.unique;
import static io.distconnect.procurement.SupplierStubResource.CXML_SUPPLIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.distconnect.procurement.SupplierStubResource;
import io.distconnect.procurement.adapter.cxml.CxmlXml;
import io.distconnect.testsupport.OnVertx;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The simulated supplier's owed answers are rows, not timers: an answer a previous run of the
 * connector queued before it stopped is still sent.
 */
@QuarkusTest
class PendingAnswerTest {

  @Inject SimulatedConfirmationWriter confirmations;

  @Test
  void answerQueuedBeforeARestartIsStillSent() {
    // An order to a real cXML supplier, which never confirms by itself in this test...
    String item = unique("SKU-RESTART");
    contract(CXML_SUPPLIER, item, "2").create();
    String po =
        processed(send(newOrder(item, "DC-EAST", "10", LocalDate.now().plusDays(12))))
            .getString("issuedPurchaseOrderNumber");
    String orderRequest =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    SupplierStubResource.server()
                        .findAll(postRequestedFor(urlPathEqualTo("/cxml/" + CXML_SUPPLIER)))
                        .stream()
                        .map(r -> r.getBodyAsString())
                        .filter(body -> body.contains("orderID=\"" + po + "\""))
                        .findFirst()
                        .orElse(null),
                Objects::nonNull);
    assertThat(purchaseOrder(po).getString("status")).isEqualTo("ISSUED");

    // ...and the confirmation a previous process had queued for it when it stopped: only the row
    // is left, no timer of this process knows about it.
    PendingAnswer left = new PendingAnswer();
    left.id = UUID.randomUUID();
    left.supplierId = CXML_SUPPLIER;
    left.purchaseOrderNumber = po;
    left.revision = 1;
    left.answer = SimulatedAnswer.ACCEPT;
    left.document =
        confirmations.render(
            CxmlXml.read(orderRequest.getBytes(StandardCharsets.UTF_8)), SimulatedAnswer.ACCEPT);
    left.createdAt = Instant.now().minus(Duration.ofMinutes(10));
    left.dueAt = Instant.now().minus(Duration.ofMinutes(9));
    OnVertx.await(() -> Panache.withTransaction(left::persist));

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> "ACKNOWLEDGED".equals(purchaseOrder(po).getString("status")));
    PendingAnswer sent =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    OnVertx.await(
                        () ->
                            Panache.withSession(
                                () -> PendingAnswer.<PendingAnswer>findById(left.id))),
                a -> a.answeredAt != null);
    assertThat(sent.lastCode).isEqualTo(200);
    assertThat(sent.attempts).isEqualTo(1);
  }
}
