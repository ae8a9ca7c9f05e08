package io.distconnect.procurement.domain;

import static io.distconnect.procurement.Procurement.BUYER;
import static io.distconnect.procurement.Procurement.contract;
import static io.distconnect.procurement.Procurement.newOrder;
import static io.distconnect.procurement.Procurement.processed;
import static io.distconnect.procurement.Procurement.send;
import static io.distconnect.procurement.Procurement.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.distconnect.contracts.event.ReplenishmentRequested;
import io.distconnect.testsupport.InMemorySpans;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A buyer's approval runs in the buyer's own trace, hours after the flow that asked for the order;
 * its span links back to that flow so Jaeger shows one story.
 */
@QuarkusTest
class ApprovalTraceLinkTest {

  @Inject InMemorySpanExporter spans;

  private static String hex(int length) {
    return UUID.randomUUID().toString().replace("-", "").substring(0, length);
  }

  @Test
  void buyersApprovalLinksToTheFlowThatAskedForTheOrder() {
    String item = unique("SKU-LINK");
    // 1000 EA at 20 EUR is above the default spend limit: a buyer must approve.
    contract("SUP-LINK", item, "20").create();
    ReplenishmentRequested request =
        newOrder(item, "DC-EAST", "1000", LocalDate.now().plusDays(14));
    String flowTrace = hex(32);
    send(request, UUID.randomUUID().toString(), "00-" + flowTrace + "-" + hex(16) + "-01");
    assertThat(processed(request.requestId()).getString("status")).isEqualTo("PENDING_APPROVAL");
    Object approvalId = ApprovalFlowTest.pendingApproval(request.requestId()).get("id");

    String buyerTrace = hex(32);
    given()
        .header("Authorization", BUYER)
        .header("traceparent", "00-" + buyerTrace + "-" + hex(16) + "-01")
        .contentType(ContentType.JSON)
        .body("{\"comment\":\"ok for the promotion\"}")
        .post("/api/v1/approvals/{id}/approve", approvalId)
        .then()
        .statusCode(200);

    SpanData approve =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    InMemorySpans.trace(spans, buyerTrace).stream()
                        .filter(s -> s.getName().equals("ApprovalService.approve"))
                        .findFirst()
                        .orElse(null),
                Objects::nonNull);
    SpanData intake =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    InMemorySpans.trace(spans, flowTrace).stream()
                        .filter(s -> s.getName().equals("ReplenishmentIntake.accept"))
                        .findFirst()
                        .orElse(null),
                Objects::nonNull);

    assertThat(approve.getLinks())
        .as(
            "links of %s in %s",
            approve, InMemorySpans.render(InMemorySpans.trace(spans, buyerTrace)))
        .anySatisfy(
            link -> {
              assertThat(link.getSpanContext().getTraceId()).isEqualTo(flowTrace);
              assertThat(link.getSpanContext().getSpanId()).isEqualTo(intake.getSpanId());
            });
  }
}
