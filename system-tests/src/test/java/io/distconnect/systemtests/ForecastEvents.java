package io.distconnect.systemtests;

import static io.distconnect.systemtests.Demo.ADMIN;
import static io.distconnect.systemtests.SystemUnderTest.ERP;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.distconnect.systemtests.Demo.Target;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** ForecastRevised records written by the test itself, for the duplicate and replay scenarios. */
final class ForecastEvents {

  static final String FORECASTS = "planning.forecast-revisions.v1";

  private final SystemUnderTest system;
  private final Topics topics;

  ForecastEvents(SystemUnderTest system, Topics topics) {
    this.system = system;
    this.topics = topics;
  }

  /**
   * A ForecastRevised for the target as planning's outbox relay sends it: a real record from the
   * topic is the template (its CloudEvents headers and JSON), with a new id, subject and payload.
   */
  ProducerRecord<byte[], byte[]> forecastEvent(Target t, String id) {
    ConsumerRecord<byte[], byte[]> template =
        topics.await(FORECASTS, "a ForecastRevised from planning", r -> header(r, "ce_id") != null);
    try {
      ObjectNode payload = (ObjectNode) Api.JSON.readTree(template.value());
      JsonNode item = Api.get(system.url(ERP) + "/api/v1/items/" + t.sku(), ADMIN);
      payload.put("itemId", t.sku());
      payload.put("locationId", t.location());
      payload.put("itemCategory", item.get("hierarchy").get("category").asText());
      payload.put("planningCycleId", "system-test-" + id);
      payload.put("periodStart", java.time.LocalDate.now().plusDays(1).toString());
      payload.put("periodEnd", java.time.LocalDate.now().plusDays(7).toString());
      payload.put("uom", "EA");
      payload.put("oldQuantity", "0");
      payload.put("newQuantity", Long.toString(t.weeklyQuantity()));
      payload.put("absoluteDelta", Long.toString(t.weeklyQuantity()));
      payload.remove("relativeDelta");
      RecordHeaders headers = new RecordHeaders();
      for (Header h : template.headers()) {
        switch (h.key()) {
          case "ce_id" -> headers.add("ce_id", utf8(id));
          case "ce_subject" -> headers.add("ce_subject", utf8(t.key()));
          case "traceparent", "tracestate" -> {}
          default -> headers.add(h.key(), h.value());
        }
      }
      return new ProducerRecord<>(
          FORECASTS, null, utf8(t.key()), Api.JSON.writeValueAsBytes(payload), headers);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
    return Topics.header(r, name);
  }
}
