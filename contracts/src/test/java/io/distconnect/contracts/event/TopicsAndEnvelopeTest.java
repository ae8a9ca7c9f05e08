package io.distconnect.contracts.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TopicsAndEnvelopeTest {

  @Test
  void topicNamesAreTheAgreedOnes() {
    assertThat(Topics.ALL)
        .containsExactly(
            "planning.forecast-revisions.v1",
            "procurement.replenishment-requests.v1",
            "procurement.purchase-order-events.v1",
            "procurement.sourcing-events.v1",
            "erp.inventory-events.v1",
            "erp.purchase-order-events.v1",
            "erp.master-data-events.v1",
            "orchestrator.case-transitions.v1");
    assertThat(Topics.ERP_MASTER_DATA_EVENTS).isEqualTo("erp.master-data-events.v1");
  }

  @Test
  void deadLetterTopicIsPerTopicAndConsumer() {
    assertThat(Topics.deadLetter(Topics.FORECAST_REVISIONS, "orchestrator"))
        .isEqualTo("planning.forecast-revisions.v1.dlq.orchestrator");
    assertThat(Topics.deadLetter(Topics.REPLENISHMENT_REQUESTS, "procurement-connector"))
        .isEqualTo("procurement.replenishment-requests.v1.dlq.procurement-connector");
    assertThatThrownBy(() -> Topics.deadLetter(Topics.FORECAST_REVISIONS, "Orchestrator Service"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                Topics.deadLetter(
                    "planning.forecast-revisions.v1.dlq.orchestrator", "orchestrator"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already a dead-letter topic");
  }

  @Test
  void cloudEventsSourceNamesTheService() {
    assertThat(CloudEventsConventions.source("planning-connector"))
        .isEqualTo(URI.create("/distconnect/planning-connector"));
    assertThat(CloudEventsConventions.SPEC_VERSION).isEqualTo("1.0");
    assertThat(CloudEventsConventions.DATA_CONTENT_TYPE).isEqualTo("application/json");
    assertThatThrownBy(() -> CloudEventsConventions.source("../etc"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void envelopeTakesTypeAndSubjectFromItsData() {
    ForecastRevised data = SampleEvents.forecastRevised();
    Instant time = Instant.parse("2025-03-03T08:15:31Z");
    EventEnvelope<ForecastRevised> envelope =
        EventEnvelope.wrap(data, CloudEventsConventions.PLANNING_CONNECTOR, time);
    assertThat(envelope.type()).isEqualTo("io.distconnect.planning.ForecastRevised.v1");
    assertThat(envelope.subject()).isEqualTo("SKU-10042@DC-EAST");
    assertThat(envelope.source()).hasToString("/distconnect/planning-connector");
    assertThat(envelope.topic()).isEqualTo(Topics.FORECAST_REVISIONS);
    assertThat(envelope.specVersion()).isEqualTo("1.0");
    assertThat(envelope.dataContentType()).isEqualTo("application/json");
    assertThat(envelope.id())
        .isNotEqualTo(EventEnvelope.wrap(data, "planning-connector", time).id());
  }

  @Test
  void erpEnvelopesUseThePurchaseOrderOrMasterDataKeyAsSubject() {
    EventEnvelope<GoodsReceived> receipt =
        EventEnvelope.wrap(
            SampleEvents.goodsReceived(), CloudEventsConventions.ERP_CONNECTOR, SampleEvents.AT);
    assertThat(receipt.subject()).isEqualTo(SampleEvents.PO);
    assertThat(receipt.topic()).isEqualTo(Topics.ERP_PURCHASE_ORDER_EVENTS);
    EventEnvelope<MasterDataChanged> item =
        EventEnvelope.wrap(
            SampleEvents.masterDataChanged(),
            CloudEventsConventions.ERP_CONNECTOR,
            SampleEvents.AT);
    assertThat(item.type()).isEqualTo("io.distconnect.erp.MasterDataChanged.v1");
    assertThat(item.subject()).isEqualTo("item:SKU-10042");
    assertThat(item.topic()).isEqualTo(Topics.ERP_MASTER_DATA_EVENTS);
    assertThatThrownBy(
            () ->
                new EventEnvelope<>(
                    "id-1",
                    "io.distconnect.erp.GoodsReceived.v1",
                    CloudEventsConventions.source(CloudEventsConventions.ERP_CONNECTOR),
                    "SKU-10042@DC-EAST",
                    SampleEvents.AT,
                    SampleEvents.goodsReceived()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subject");
  }

  @Test
  void envelopeRefusesAttributesThatContradictTheData() {
    ForecastRevised data = SampleEvents.forecastRevised();
    URI source = CloudEventsConventions.source("planning-connector");
    Instant time = SampleEvents.AT;
    assertThatThrownBy(
            () ->
                new EventEnvelope<>(
                    "id-1",
                    "io.distconnect.erp.GoodsReceived.v1",
                    source,
                    "SKU-10042@DC-EAST",
                    time,
                    data))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not match the data");
    assertThatThrownBy(
            () ->
                new EventEnvelope<>(
                    "id-1",
                    "io.distconnect.planning.ForecastRevised.v1",
                    source,
                    "SKU-10042@DC-WEST",
                    time,
                    data))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subject");
  }
}
