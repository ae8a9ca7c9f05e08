package io.distconnect.contracts.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.distconnect.contracts.model.Money;
import org.junit.jupiter.api.Test;

class ProcurementSourcingEventsTest {

  @Test
  void sourcingExceptionIsKeyedBySkuLocationAndRequiresAReasonAndDetail() {
    SourcingExceptionRaised sample = SampleEvents.sourcingExceptionRaised();
    assertThat(sample.partitionKey()).isEqualTo(SampleEvents.ITEM + "@" + SampleEvents.LOCATION);
    assertThat(sample.eventType()).isEqualTo(EventType.SOURCING_EXCEPTION_RAISED);
    assertThatThrownBy(
            () ->
                new SourcingExceptionRaised(
                    sample.requestId(),
                    sample.caseId(),
                    sample.itemId(),
                    sample.locationId(),
                    null,
                    sample.detail(),
                    null,
                    sample.raisedAt()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(
            () ->
                new SourcingExceptionRaised(
                    sample.requestId(),
                    sample.caseId(),
                    sample.itemId(),
                    sample.locationId(),
                    sample.reason(),
                    " ",
                    null,
                    sample.raisedAt()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("detail");
  }

  @Test
  void sourcingExceptionRoundTripsThroughJsonWithItsOptionalPurchaseOrder() {
    SourcingExceptionRaised withPo =
        new SourcingExceptionRaised(
            "req-2",
            SampleEvents.CASE,
            SampleEvents.ITEM,
            SampleEvents.LOCATION,
            SourcingExceptionReason.DELIVERY_FAILED,
            "supplier endpoint answered 503 five times",
            "PO-100001",
            SampleEvents.AT);
    byte[] json = EventJson.toBytes(withPo);
    assertThat(EventJson.fromJson(json, SourcingExceptionRaised.class)).isEqualTo(withPo);
    assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"reason\":\"DELIVERY_FAILED\"");
  }

  @Test
  void escalationCannotPrecedeTheApprovalItEscalates() {
    ApprovalEscalated sample = SampleEvents.approvalEscalated();
    assertThat(sample.partitionKey()).isEqualTo(SampleEvents.ITEM + "@" + SampleEvents.LOCATION);
    assertThatThrownBy(
            () ->
                new ApprovalEscalated(
                    sample.approvalId(),
                    sample.requestId(),
                    sample.caseId(),
                    sample.itemId(),
                    sample.locationId(),
                    Money.of("10.00", "EUR"),
                    sample.buyerGroup(),
                    sample.escalatedAt(),
                    sample.pendingSince()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before pending since");
  }
}
