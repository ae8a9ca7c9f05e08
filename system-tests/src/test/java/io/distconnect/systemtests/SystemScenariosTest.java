package io.distconnect.systemtests;

import static io.distconnect.systemtests.Demo.ADMIN;
import static io.distconnect.systemtests.SystemUnderTest.ORCHESTRATOR;
import static io.distconnect.systemtests.SystemUnderTest.PROCUREMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.distconnect.systemtests.Demo.Target;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The seed scenario across the four real services, each its own process. One system start serves
 * all scenarios; the order is deliberate: the happy path and its trace first, then duplicates and
 * poison (which must leave the streams flowing), and last the outage, which restarts a process.
 * Each scenario uses its own SKU-locations, so they do not see each other's cases.
 */
@ExtendWith(SystemExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SystemScenariosTest {

  private static final String FORECASTS = ForecastEvents.FORECASTS;

  /** The seasonal-spike cases, for the trace assertion. */
  private static final List<JsonNode> spikeCases = new ArrayList<>();

  private SystemUnderTest system;
  private Demo demo;
  private Topics topics;
  private CaseChecks checks;
  private ForecastEvents events;

  @BeforeEach
  void setUp(SystemUnderTest system) {
    this.system = system;
    this.demo = new Demo(system);
    this.topics = new Topics(system.bootstrapServers);
    this.checks = new CaseChecks(system, demo);
    this.events = new ForecastEvents(system, topics);
  }

  // ---- 1. seasonal spike ------------------------------------------------------------------------

  @Test
  @Order(1)
  void seasonalSpikeBecomesOneSupplierAndOneErpOrderPerSkuLocation() {
    // Juice (SKU-10035…) in the east region (Atlanta and New Jersey DCs): one seasonal family.
    List<Target> targets = demo.pick(skus(10035, 10049), List.of("DC-ATL", "DC-NJ"), 5);

    JsonNode job = demo.publish("spike-" + UUID.randomUUID(), targets);
    int buckets = targets.size() * Demo.weeks();
    assertThat(job.get("status").asText()).isEqualTo("COMPLETED");
    assertThat(job.get("rowsAccepted").asLong()).isEqualTo(buckets);
    assertThat(job.get("rowsRejected").asLong()).isZero();
    // A first version: every bucket is new, so every one is a revision above the noise threshold.
    assertThat(job.get("revisionsEmitted").asLong()).isEqualTo(buckets);

    checks.awaitCompleted(targets);
    for (Target t : targets) {
      spikeCases.add(checks.assertOneOrderPerService(t));
    }
    FlowTraces.writeTrace(system, spikeCases.get(0));
  }

  // ---- 2. one trace per upload ----------------------------------------------------------------

  /**
   * The seasonal-spike upload, as the spans the services exported to the test's OTLP receiver: one
   * trace from planning's upload request through the orchestrator, procurement and the ERP, with
   * every Kafka hop and every REST call a parent/child link (no span links: each record carries its
   * producer's traceparent header and the consumer continues it). Runs right after the spike and
   * reads its cases.
   */
  @Test
  @Order(2)
  void seasonalSpikeUploadIsOneTraceAcrossAllFourServices() {
    assertThat(spikeCases).as("the seasonal-spike cases (scenario 1 runs first)").isNotEmpty();
    String upload = FlowTraces.transitionTrace(spikeCases.get(0), "RECEIVED");
    // Spans reach the receiver in batches (200 ms delay per service), so the trace is complete
    // only after every service has exported; the assertion is retried until then.
    try {
      Awaitility.await("the seasonal-spike upload as one complete trace " + upload)
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(500))
          .untilAsserted(
              () -> FlowTraces.assertUploadTrace(system.otlp.trace(upload), spikeCases.size()));
    } catch (ConditionTimeoutException | AssertionError e) {
      throw new AssertionError(
          e.getMessage() + "\n" + TraceTree.render(system.otlp.trace(upload)), e);
    }

    for (JsonNode c : spikeCases) {
      String caseId = c.get("id").asText();
      // Everything the upload caused, up to the ERP order, is the upload's trace.
      for (String state : List.of("RECEIVED", "ENRICHED", "DECIDED", "PO_ISSUED", "ERP_UPDATED")) {
        assertThat(FlowTraces.transitionTrace(c, state))
            .as("%s %s", caseId, state)
            .isEqualTo(upload);
      }
      // The supplier's acknowledgment is documented to be a trace of its own: the supplier is an
      // external party that answers the cXML order asynchronously, whenever it likes (here
      // procurement's embedded simulator, a scheduled poller sending the answers that are due,
      // so nothing upstream is active when it answers). A real supplier's confirmation would
      // start a new trace at procurement's cXML endpoint just the same. The orchestrator
      // receives it on procurement.purchase-order-events.v1 and completes the case in that trace.
      String ack = FlowTraces.transitionTrace(c, "ACKNOWLEDGED");
      assertThat(ack).as("%s ACKNOWLEDGED is a trace of its own", caseId).isNotEqualTo(upload);
      // COMPLETED is recorded by whichever of the two arrives last (the acknowledgment, as
      // observed, or the ERP update), so it is in one of the two traces, never a third.
      assertThat(FlowTraces.transitionTrace(c, "COMPLETED"))
          .as("%s COMPLETED", caseId)
          .isIn(ack, upload);
      try {
        Awaitility.await("the acknowledgment trace " + ack + " of " + caseId)
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(500))
            .untilAsserted(() -> FlowTraces.assertAcknowledgmentTrace(system.otlp.trace(ack)));
      } catch (ConditionTimeoutException | AssertionError e) {
        throw new AssertionError(
            e.getMessage() + "\n" + TraceTree.render(system.otlp.trace(ack)), e);
      }
    }
  }

  // ---- 3. duplicate delivery
  // ----------------------------------------------------------------------

  @Test
  @Order(3)
  void duplicateForecastEventHasOneEffect() {
    Target t = demo.pick(skus(10018, 10030), "DC-RNO", 1).get(0);
    ProducerRecord<byte[], byte[]> event = events.forecastEvent(t, UUID.randomUUID().toString());
    // The same record twice, as a producer retry or a consumer rebalance would deliver it.
    topics.send(List.of(event, event));

    checks.awaitCompleted(List.of(t));
    // Both copies were consumed (the group's offsets are past them), not merely still queued.
    topics.awaitConsumed("orchestrator", FORECASTS);
    assertThat(demo.cases(t)).as("cases of %s after the duplicate", t.key()).hasSize(1);
    JsonNode detail = checks.assertOneOrderPerService(t);
    String eventId = header(event, "ce_id");
    assertThat(detail.get("revisions"))
        .as("revisions recorded for event %s", eventId)
        .filteredOn(r -> r.get("eventId").asText().equals(eventId))
        .hasSize(1);
    assertThat(detail.get("timeline"))
        .filteredOn(tr -> "RECEIVED".equals(tr.get("to").asText()))
        .hasSize(1);
    // Procurement received exactly one replenishment request for the case.
    assertThat(
            Api.get(
                    system.url(PROCUREMENT)
                        + "/api/v1/replenishment-requests/"
                        + detail.get("requestId").asText(),
                    ADMIN)
                .get("caseId")
                .asText())
        .isEqualTo(detail.get("id").asText());
    long requests =
        topics.readAll("procurement.replenishment-requests.v1").stream()
            .filter(r -> t.key().equals(key(r)))
            .count();
    assertThat(requests).as("replenishment requests for %s", t.key()).isEqualTo(1);
  }

  // ---- 4. poison
  // ----------------------------------------------------------------------------------

  @Test
  @Order(4)
  void poisonOnEveryConsumedTopicIsDeadLetteredAndTheStreamKeepsFlowing() {
    // Topic → the services consuming it, as their configuration names the dead-letter topics.
    Map<String, List<String>> consumedBy = system.deadLetterTopics();
    assertThat(consumedBy).containsKeys(FORECASTS, "procurement.replenishment-requests.v1");
    byte[] garbage = utf8("garbage: not a CloudEvent, not JSON {");
    Map<String, String> keys = new java.util.HashMap<>();
    for (String topic : consumedBy.keySet()) {
      String key = "POISON-" + UUID.randomUUID();
      keys.put(topic, key);
      topics.send(
          List.of(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), garbage)));
    }
    // The valid event right behind the poison on the forecast topic is processed.
    Target after = demo.pick(skus(10002, 10016), "DC-RNO", 1).get(0);
    topics.send(List.of(events.forecastEvent(after, UUID.randomUUID().toString())));

    for (Map.Entry<String, List<String>> e : consumedBy.entrySet()) {
      for (String service : e.getValue()) {
        String dlq = e.getKey() + ".dlq." + service;
        ConsumerRecord<byte[], byte[]> dead =
            topics.await(dlq, "the poison record", r -> keys.get(e.getKey()).equals(key(r)));
        assertThat(dead.value()).isEqualTo(garbage);
        assertThat(header(dead, "dead-letter-reason")).as("reason on %s", dlq).isNotBlank();
      }
    }
    // The orchestrator's dead letters are exceptions people can see.
    for (String topic :
        List.of(
            FORECASTS, "procurement.purchase-order-events.v1", "erp.purchase-order-events.v1")) {
      String key = keys.get(topic);
      Awaitility.await("a DEAD_LETTER exception for " + key)
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(500))
          .until(() -> checks.deadLetterException(topic, key) != null);
      JsonNode ex = checks.deadLetterException(topic, key);
      assertThat(ex.get("status").asText()).isEqualTo("OPEN");
      assertThat(ex.get("reason").asText()).isNotBlank();
    }
    checks.awaitCompleted(List.of(after));
    checks.assertOneOrderPerService(after);
  }

  @Test
  @Order(5)
  void deadLetteredEventIsReplayedByAnIntegrationAdmin() {
    // A valid ForecastRevised that was dead-lettered (as the consumer does when its database stays
    // down through every retry): the replay puts it back on its topic and the case goes through.
    Target t = demo.pick(skus(10052, 10067), "DC-RNO", 1).get(0);
    ProducerRecord<byte[], byte[]> original = events.forecastEvent(t, UUID.randomUUID().toString());
    RecordHeaders headers = new RecordHeaders(original.headers().toArray());
    headers.add("dead-letter-reason", utf8("Connection refused: orchestrator database"));
    headers.add("dead-letter-topic", utf8(FORECASTS));
    topics.send(
        List.of(
            new ProducerRecord<>(
                FORECASTS + ".dlq.orchestrator", null, original.key(), original.value(), headers)));
    Awaitility.await("the dead letter of " + t.key() + " in the exception queue")
        .atMost(Duration.ofSeconds(60))
        .until(() -> checks.deadLetterException(FORECASTS, t.key()) != null);
    assertThat(demo.cases(t)).as("no case before the replay").isEmpty();

    Api.Reply replay =
        Api.post(
            system.url(ORCHESTRATOR) + "/api/v1/dead-letters/" + FORECASTS + "/replay",
            ADMIN,
            Map.of("key", t.key(), "comment", "database is back"));
    assertThat(replay.status()).as(replay.raw()).isEqualTo(200);
    assertThat(replay.body().get("replayed").asInt()).isEqualTo(1);

    checks.awaitCompleted(List.of(t));
    checks.assertOneOrderPerService(t);
    JsonNode ex =
        Api.get(
                system.url(ORCHESTRATOR)
                    + "/api/v1/exceptions?type=DEAD_LETTER&status=ALL&size=500",
                ADMIN)
            .get("items");
    assertThat(ex)
        .filteredOn(e -> t.key().equals(e.path("recordKey").asText()))
        .extracting(e -> e.get("status").asText())
        .containsExactly("REPLAYED");
  }

  // ---- 2. procurement down during a burst
  // ---------------------------------------------------------

  @Test
  @Order(6)
  void procurementDownDuringABurstEveryCaseCompletesOnceAfterRestart() {
    // Bottled water (SKU-10018…) at the New Jersey DC.
    List<Target> targets = demo.pick(skus(10018, 10034), "DC-NJ", 4);
    ServiceProcess procurement = system.service(PROCUREMENT);
    ServiceProcess.Stopped stopped = procurement.stop();
    // A stop is routine (a deploy, a node drain): it ends by itself and logs no failures. Its
    // consumers used to linger 2 s each while scheduled jobs hit the closed pool once a second.
    assertThat(stopped.onItsOwn())
        .as("procurement-connector ended within 20 s of SIGTERM")
        .isTrue();
    assertThat(stopped.complaints())
        .as(
            "what procurement-connector logged while stopping:%n%s",
            String.join("\n", stopped.log()))
        .isEmpty();
    try {
      demo.publish("burst-" + UUID.randomUUID(), targets);
      // The cases wait, visibly: parked on the connector (enrichment reads its contracts) or
      // sourcing on the queued request — never completed, never lost.
      Awaitility.await("the burst's cases waiting for procurement")
          .atMost(CaseChecks.FLOW)
          .pollInterval(Duration.ofMillis(500))
          .until(
              () ->
                  targets.stream()
                      .allMatch(
                          t -> {
                            JsonNode cases = demo.cases(t);
                            return cases.size() == 1
                                && Set.of("PARKED", "SOURCING")
                                    .contains(cases.get(0).get("state").asText());
                          }));
      for (Target t : targets) {
        JsonNode c = demo.cases(t).get(0);
        if ("PARKED".equals(c.get("state").asText())) {
          assertThat(c.get("statusReason").asText()).isNotBlank();
        }
        assertThat(demo.erpOrders(t).get("total").asLong()).isZero();
      }
    } finally {
      procurement.start();
    }
    procurement.awaitReady(Duration.ofSeconds(240));

    checks.awaitCompleted(targets);
    for (Target t : targets) {
      checks.assertOneOrderPerService(t);
    }
  }

  // ---- helpers
  // ------------------------------------------------------------------------------------

  private static List<String> skus(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(n -> "SKU-" + n).toList();
  }

  private static String key(ConsumerRecord<byte[], byte[]> r) {
    return r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
  }

  private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
    return Topics.header(r, name);
  }

  private static String header(ProducerRecord<byte[], byte[]> r, String name) {
    Header h = r.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
