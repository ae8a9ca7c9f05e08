package io.distconnect.systemtests;

import static io.distconnect.systemtests.Demo.ADMIN;
import static io.distconnect.systemtests.SystemUnderTest.ERP;
import static io.distconnect.systemtests.SystemUnderTest.ORCHESTRATOR;
import static io.distconnect.systemtests.SystemUnderTest.PROCUREMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.distconnect.systemtests.Demo.Target;
import io.distconnect.systemtests.OtlpReceiver.Span;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
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

  private static final String FORECASTS = "planning.forecast-revisions.v1";
  private static final Duration FLOW = Duration.ofSeconds(150);

  /** The seasonal-spike cases, for the trace assertion. */
  private static final List<JsonNode> spikeCases = new ArrayList<>();

  private SystemUnderTest system;
  private Demo demo;
  private Topics topics;

  @BeforeEach
  void setUp(SystemUnderTest system) {
    this.system = system;
    this.demo = new Demo(system);
    this.topics = new Topics(system.bootstrapServers);
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

    awaitCompleted(targets);
    for (Target t : targets) {
      spikeCases.add(assertOneOrderPerService(t));
    }
    writeTrace(spikeCases.get(0));
  }

  /**
   * Diagnostics, not an assertion: the first spike case's traces as trees in
   * target/traces/seasonal-spike.txt (the assertion on them is scenario 2).
   */
  private void writeTrace(JsonNode detail) {
    Set<String> traces = new java.util.LinkedHashSet<>();
    detail.get("timeline").forEach(tr -> traces.add(tr.path("traceId").asText()));
    try {
      Awaitility.await()
          .atMost(Duration.ofSeconds(15))
          .until(() -> services(system.otlp.trace(traces.iterator().next())).size() == 4);
    } catch (ConditionTimeoutException notAllYet) {
      // Written as far as received.
    }
    StringBuilder out = new StringBuilder(timeline(detail));
    for (String id : traces) {
      out.append('\n').append(TraceTree.render(system.otlp.trace(id)));
    }
    try {
      java.nio.file.Path file =
          java.nio.file.Path.of(System.getProperty("distconnect.logs", "target/logs"))
              .resolveSibling("traces")
              .resolve("seasonal-spike.txt");
      java.nio.file.Files.createDirectories(file.getParent());
      java.nio.file.Files.writeString(file, out.toString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  // ---- 2. one trace per upload ----------------------------------------------------------------

  private static final String UPLOAD = "POST /api/v1/forecast-publications";
  private static final String REVISIONS = FORECASTS;
  private static final String REQUESTS = "procurement.replenishment-requests.v1";
  private static final String PO_EVENTS = "procurement.purchase-order-events.v1";
  private static final java.util.regex.Pattern HTTP_NAME =
      java.util.regex.Pattern.compile("^(GET|POST|PUT|PATCH|DELETE) /.*");

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
    String upload = transitionTrace(spikeCases.get(0), "RECEIVED");
    // Spans reach the receiver in batches (200 ms delay per service), so the trace is complete
    // only after every service has exported; the assertion is retried until then.
    try {
      Awaitility.await("the seasonal-spike upload as one complete trace " + upload)
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(500))
          .untilAsserted(() -> assertUploadTrace(system.otlp.trace(upload)));
    } catch (ConditionTimeoutException | AssertionError e) {
      throw new AssertionError(
          e.getMessage() + "\n" + TraceTree.render(system.otlp.trace(upload)), e);
    }

    for (JsonNode c : spikeCases) {
      String caseId = c.get("id").asText();
      // Everything the upload caused, up to the ERP order, is the upload's trace.
      for (String state : List.of("RECEIVED", "ENRICHED", "DECIDED", "PO_ISSUED", "ERP_UPDATED")) {
        assertThat(transitionTrace(c, state)).as("%s %s", caseId, state).isEqualTo(upload);
      }
      // The supplier's acknowledgment is documented to be a trace of its own: the supplier is an
      // external party that answers the cXML order asynchronously, whenever it likes (here
      // procurement's embedded simulator, a scheduled poller sending the answers that are due,
      // so nothing upstream is active when it answers). A real supplier's confirmation would
      // start a new trace at procurement's cXML endpoint just the same. The orchestrator
      // receives it on procurement.purchase-order-events.v1 and completes the case in that trace.
      String ack = transitionTrace(c, "ACKNOWLEDGED");
      assertThat(ack).as("%s ACKNOWLEDGED is a trace of its own", caseId).isNotEqualTo(upload);
      // COMPLETED is recorded by whichever of the two arrives last (the acknowledgment, as
      // observed, or the ERP update), so it is in one of the two traces, never a third.
      assertThat(transitionTrace(c, "COMPLETED")).as("%s COMPLETED", caseId).isIn(ack, upload);
      try {
        Awaitility.await("the acknowledgment trace " + ack + " of " + caseId)
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(500))
            .untilAsserted(() -> assertAcknowledgmentTrace(system.otlp.trace(ack)));
      } catch (ConditionTimeoutException | AssertionError e) {
        throw new AssertionError(
            e.getMessage() + "\n" + TraceTree.render(system.otlp.trace(ack)), e);
      }
    }
  }

  private void assertUploadTrace(List<Span> trace) {
    Map<String, Span> byId = new java.util.HashMap<>();
    trace.forEach(s -> byId.put(s.spanId(), s));
    // One root: planning's upload request.
    List<Span> roots = trace.stream().filter(Span::isRoot).toList();
    assertThat(roots).as("roots of the upload trace").hasSize(1);
    Span root = roots.get(0);
    assertThat(List.of(root.service(), root.kind(), root.name()))
        .as("the root span")
        .containsExactly(SystemUnderTest.PLANNING, "SERVER", UPLOAD);
    // No orphan: every other span's parent was exported into the same trace.
    assertThat(trace)
        .as("spans whose parent is not in the trace")
        .filteredOn(s -> !s.isRoot() && !byId.containsKey(s.parentSpanId()))
        .isEmpty();
    assertThat(services(trace))
        .as("services in the upload trace")
        .containsExactlyInAnyOrder(SystemUnderTest.PLANNING, ERP, PROCUREMENT, ORCHESTRATOR);

    // Each Kafka hop: the consumer span is the child of the producer span of the same topic.
    assertHop(trace, byId, SystemUnderTest.PLANNING, ORCHESTRATOR, REVISIONS);
    assertHop(trace, byId, ORCHESTRATOR, PROCUREMENT, REQUESTS);
    assertHop(trace, byId, PROCUREMENT, ORCHESTRATOR, PO_EVENTS);

    // The orchestrator's REST calls: the connector's SERVER span is the child of the CLIENT span.
    assertRest(trace, byId, PROCUREMENT, "GET /api/v1/supplier-contracts");
    assertRest(trace, byId, ERP, "GET /api/v1/items/{sku}");
    assertRest(trace, byId, ERP, "POST /api/v1/purchase-orders");
    // …and no REST call of the orchestrator lost its context on the way to a connector.
    assertThat(trace)
        .as("orchestrator REST CLIENT spans without a connector SERVER span as child")
        .filteredOn(s -> s.service().equals(ORCHESTRATOR) && s.kind().equals("CLIENT"))
        .filteredOn(s -> HTTP_NAME.matcher(s.name()).matches())
        .filteredOn(
            s ->
                trace.stream()
                    .noneMatch(
                        k -> k.kind().equals("SERVER") && k.parentSpanId().equals(s.spanId())))
        .isEmpty();

    // Every ERP order of the upload hangs, hop by hop, from the upload request: one chain
    // planning → orchestrator → procurement → orchestrator → erp per case.
    List<Span> erpOrders =
        trace.stream()
            .filter(s -> s.service().equals(ERP) && s.kind().equals("SERVER"))
            .filter(s -> s.name().equals("POST /api/v1/purchase-orders"))
            .toList();
    assertThat(erpOrders).as("ERP order requests in the trace").hasSize(spikeCases.size());
    for (Span erpOrder : erpOrders) {
      List<String> path = new ArrayList<>();
      for (Span s = erpOrder; s != null; s = byId.get(s.parentSpanId())) {
        if (!s.kind().equals("INTERNAL")) {
          path.add(0, s.service() + " " + s.kind() + " " + s.name());
        }
      }
      assertThat(path)
          .as("the path from the upload to ERP order span %s", erpOrder.spanId())
          .containsExactly(
              "planning-connector SERVER " + UPLOAD,
              "planning-connector PRODUCER " + REVISIONS + " publish",
              "orchestrator CONSUMER " + REVISIONS + " receive",
              "orchestrator PRODUCER " + REQUESTS + " publish",
              "procurement-connector CONSUMER " + REQUESTS + " receive",
              "procurement-connector PRODUCER " + PO_EVENTS + " publish",
              "orchestrator CONSUMER " + PO_EVENTS + " receive",
              "orchestrator CLIENT POST /api/v1/purchase-orders",
              "erp-connector SERVER POST /api/v1/purchase-orders");
    }
  }

  private void assertAcknowledgmentTrace(List<Span> trace) {
    Map<String, Span> byId = new java.util.HashMap<>();
    trace.forEach(s -> byId.put(s.spanId(), s));
    List<Span> roots = trace.stream().filter(Span::isRoot).toList();
    assertThat(roots).as("roots of the acknowledgment trace").hasSize(1);
    Span root = roots.get(0);
    // The simulator's poller is not traced; the inbound cXML handling it calls is the root.
    assertThat(List.of(root.service(), root.kind(), root.name()))
        .as("the acknowledgment trace's root span")
        .containsExactly(PROCUREMENT, "INTERNAL", "CxmlInboundHandler.handle");
    assertThat(root.linkedSpans()).as("links of the acknowledgment's root").isEmpty();
    assertThat(trace)
        .as("spans whose parent is not in the trace")
        .filteredOn(s -> !s.isRoot() && !byId.containsKey(s.parentSpanId()))
        .isEmpty();
    assertHop(trace, byId, PROCUREMENT, ORCHESTRATOR, PO_EVENTS);
  }

  // Filters, not anySatisfy: a miss then reads as one line (and the tree follows), not as one
  // failure per span of a 700-span trace.
  private static void assertHop(
      List<Span> trace, Map<String, Span> byId, String from, String to, String topic) {
    assertThat(trace)
        .as("%s CONSUMER span on %s, child of %s's PRODUCER span on %s", to, topic, from, topic)
        .filteredOn(s -> is(s, to, "CONSUMER", topic + " receive"))
        .filteredOn(s -> is(byId.get(s.parentSpanId()), from, "PRODUCER", topic + " publish"))
        .isNotEmpty();
  }

  private static void assertRest(
      List<Span> trace, Map<String, Span> byId, String server, String request) {
    assertThat(trace)
        .as("%s SERVER span %s, child of the orchestrator's CLIENT span", server, request)
        .filteredOn(s -> is(s, server, "SERVER", request))
        .filteredOn(s -> is(byId.get(s.parentSpanId()), ORCHESTRATOR, "CLIENT", request))
        .isNotEmpty();
  }

  private static boolean is(Span s, String service, String kind, String name) {
    return s != null
        && s.service().equals(service)
        && s.kind().equals(kind)
        && s.name().equals(name);
  }

  /** The trace id the case recorded with its (first) transition to {@code state}. */
  private static String transitionTrace(JsonNode detail, String state) {
    for (JsonNode tr : detail.get("timeline")) {
      if (state.equals(tr.path("to").asText())) {
        String id = tr.path("traceId").asText();
        assertThat(id).as("trace id of %s's %s", detail.get("id").asText(), state).isNotBlank();
        return id;
      }
    }
    throw new AssertionError(
        "No " + state + " transition in the timeline of " + detail.get("id").asText());
  }

  // ---- 3. duplicate delivery
  // ----------------------------------------------------------------------

  @Test
  @Order(3)
  void duplicateForecastEventHasOneEffect() {
    Target t = demo.pick(skus(10018, 10030), "DC-RNO", 1).get(0);
    ProducerRecord<byte[], byte[]> event = forecastEvent(t, UUID.randomUUID().toString());
    // The same record twice, as a producer retry or a consumer rebalance would deliver it.
    topics.send(List.of(event, event));

    awaitCompleted(List.of(t));
    // Both copies were consumed (the group's offsets are past them), not merely still queued.
    topics.awaitConsumed("orchestrator", FORECASTS);
    assertThat(demo.cases(t)).as("cases of %s after the duplicate", t.key()).hasSize(1);
    JsonNode detail = assertOneOrderPerService(t);
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
    topics.send(List.of(forecastEvent(after, UUID.randomUUID().toString())));

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
          .until(() -> deadLetterException(topic, key) != null);
      JsonNode ex = deadLetterException(topic, key);
      assertThat(ex.get("status").asText()).isEqualTo("OPEN");
      assertThat(ex.get("reason").asText()).isNotBlank();
    }
    awaitCompleted(List.of(after));
    assertOneOrderPerService(after);
  }

  @Test
  @Order(5)
  void deadLetteredEventIsReplayedByAnIntegrationAdmin() {
    // A valid ForecastRevised that was dead-lettered (as the consumer does when its database stays
    // down through every retry): the replay puts it back on its topic and the case goes through.
    Target t = demo.pick(skus(10052, 10067), "DC-RNO", 1).get(0);
    ProducerRecord<byte[], byte[]> original = forecastEvent(t, UUID.randomUUID().toString());
    RecordHeaders headers = new RecordHeaders(original.headers().toArray());
    headers.add("dead-letter-reason", utf8("Connection refused: orchestrator database"));
    headers.add("dead-letter-topic", utf8(FORECASTS));
    topics.send(
        List.of(
            new ProducerRecord<>(
                FORECASTS + ".dlq.orchestrator", null, original.key(), original.value(), headers)));
    Awaitility.await("the dead letter of " + t.key() + " in the exception queue")
        .atMost(Duration.ofSeconds(60))
        .until(() -> deadLetterException(FORECASTS, t.key()) != null);
    assertThat(demo.cases(t)).as("no case before the replay").isEmpty();

    Api.Reply replay =
        Api.post(
            system.url(ORCHESTRATOR) + "/api/v1/dead-letters/" + FORECASTS + "/replay",
            ADMIN,
            Map.of("key", t.key(), "comment", "database is back"));
    assertThat(replay.status()).as(replay.raw()).isEqualTo(200);
    assertThat(replay.body().get("replayed").asInt()).isEqualTo(1);

    awaitCompleted(List.of(t));
    assertOneOrderPerService(t);
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
    procurement.stop();
    try {
      demo.publish("burst-" + UUID.randomUUID(), targets);
      // The cases wait, visibly: parked on the connector (enrichment reads its contracts) or
      // sourcing on the queued request — never completed, never lost.
      Awaitility.await("the burst's cases waiting for procurement")
          .atMost(FLOW)
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

    awaitCompleted(targets);
    for (Target t : targets) {
      assertOneOrderPerService(t);
    }
  }

  // ---- helpers
  // ------------------------------------------------------------------------------------

  private void awaitCompleted(List<Target> targets) {
    try {
      Awaitility.await("cases COMPLETED for " + targets.stream().map(Target::key).toList())
          .atMost(FLOW)
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () ->
                  targets.stream()
                      .allMatch(
                          t -> {
                            List<String> states = states(demo.cases(t));
                            return states.stream().filter("COMPLETED"::equals).count() == 1
                                && states.stream()
                                    .allMatch(
                                        st -> st.equals("COMPLETED") || st.equals("NO_ACTION"));
                          }));
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(e.getMessage() + "\n" + demo.describe(targets), e);
    }
  }

  /**
   * One case, one supplier PO at procurement, one ERP PO at the ERP, and the same numbers in all
   * three: the case's request quantity (base unit) is what procurement ordered (order unit × case
   * size) and what the ERP holds.
   */
  private JsonNode assertOneOrderPerService(Target t) {
    // One case orders. The buckets of a publication arrive as separate revisions: one that lands
    // while the position is still above the reorder point closes its case as NO_ACTION, and the
    // next revision opens a new case (observed for the demo ERP, whose positions move) — so other
    // cases of the SKU-location may exist, but only as NO_ACTION.
    JsonNode cases = demo.cases(t);
    List<String> caseStates = states(cases);
    assertThat(caseStates).as("cases of %s", t.key()).containsOnlyOnce("COMPLETED");
    assertThat(caseStates).as("cases of %s", t.key()).isSubsetOf("COMPLETED", "NO_ACTION");
    String completedId = null;
    for (JsonNode k : cases) {
      if ("COMPLETED".equals(k.get("state").asText())) {
        completedId = k.get("id").asText();
      }
    }
    JsonNode c = demo.caseDetail(completedId);
    assertThat(c.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(c.get("decisionKind").asText()).isEqualTo("NEW_ORDER");
    BigDecimal quantity = c.get("requestQuantity").decimalValue();
    assertThat(quantity).isPositive();
    assertThat(c.get("uom").asText()).isEqualTo("EA");
    assertThat(quantity.remainder(BigDecimal.valueOf(t.perCase())))
        .as("%s EA is whole cases of %d", quantity, t.perCase())
        .isZero();
    JsonNode figures = c.get("decision").get("figures");
    assertThat(figures.get("inventoryPosition").decimalValue())
        .isLessThanOrEqualTo(figures.get("reorderPoint").decimalValue());
    assertThat(figures.get("estimatedValue").decimalValue()).isLessThan(new BigDecimal("10000"));
    assertThat(c.get("acknowledgedAt").isNull()).isFalse();
    List<String> states = new ArrayList<>();
    c.get("timeline").forEach(tr -> states.add(tr.get("to").asText()));
    assertThat(states)
        .containsSubsequence(
            "DECIDED", "SOURCING", "PO_ISSUED", "ERP_UPDATED", "ACKNOWLEDGED", "COMPLETED");

    JsonNode supplierOrders = demo.procurementOrders(t);
    assertThat(supplierOrders.get("total").asLong()).as("supplier POs of %s", t.key()).isEqualTo(1);
    JsonNode po = supplierOrders.get("items").get(0);
    assertThat(po.get("number").asText()).isEqualTo(c.get("purchaseOrderNumber").asText());
    assertThat(po.get("caseId").asText()).isEqualTo(c.get("id").asText());
    assertThat(po.get("lines")).hasSize(1);
    JsonNode poLine = po.get("lines").get(0);
    assertThat(poLine.get("itemId").asText()).isEqualTo(t.sku());
    assertThat(poLine.get("uom").asText()).isEqualTo("CS");
    assertThat(poLine.get("quantity").decimalValue().multiply(BigDecimal.valueOf(t.perCase())))
        .as("supplier PO %s in EA", po.get("number").asText())
        .isEqualByComparingTo(quantity);

    JsonNode erpOrders = demo.erpOrders(t);
    assertThat(erpOrders.get("total").asLong()).as("ERP POs of %s", t.key()).isEqualTo(1);
    JsonNode erp = erpOrders.get("items").get(0);
    assertThat(erp.get("number").asText()).isEqualTo(c.get("erpPurchaseOrderNumber").asText());
    assertThat(erp.get("externalReference").asText()).isEqualTo(po.get("number").asText());
    assertThat(erp.get("supplierId").asText()).isEqualTo(po.get("supplierId").asText());
    assertThat(erp.get("lines")).hasSize(1);
    JsonNode erpLine = erp.get("lines").get(0);
    BigDecimal erpQuantity =
        "CS".equals(erpLine.get("uom").asText())
            ? erpLine.get("quantity").decimalValue().multiply(BigDecimal.valueOf(t.perCase()))
            : erpLine.get("quantity").decimalValue();
    assertThat(erpQuantity)
        .as("ERP PO %s in EA", erp.get("number").asText())
        .isEqualByComparingTo(quantity);
    assertThat(erpLine.get("unitPrice").decimalValue())
        .isEqualByComparingTo(poLine.get("unitPrice").decimalValue());
    return c;
  }

  private static String timeline(JsonNode detail) {
    StringBuilder out = new StringBuilder("timeline of " + detail.get("id").asText() + ":\n");
    for (JsonNode tr : detail.get("timeline")) {
      out.append("  ")
          .append(tr.path("to").asText())
          .append(" trace ")
          .append(tr.path("traceId").asText())
          .append(" (")
          .append(tr.path("cause").asText())
          .append(")\n");
    }
    return out.toString();
  }

  private JsonNode deadLetterException(String topic, String key) {
    for (JsonNode e :
        Api.get(
                system.url(ORCHESTRATOR)
                    + "/api/v1/exceptions?type=DEAD_LETTER&status=ALL&size=500",
                ADMIN)
            .get("items")) {
      if (topic.equals(e.path("sourceTopic").asText())
          && key.equals(e.path("recordKey").asText())) {
        return e;
      }
    }
    return null;
  }

  /**
   * A ForecastRevised for the target as planning's outbox relay sends it: a real record from the
   * topic is the template (its CloudEvents headers and JSON), with a new id, subject and payload.
   */
  private ProducerRecord<byte[], byte[]> forecastEvent(Target t, String id) {
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

  private static List<String> states(JsonNode cases) {
    List<String> out = new ArrayList<>();
    cases.forEach(c -> out.add(c.get("state").asText()));
    return out;
  }

  private static Set<String> services(List<Span> spans) {
    Set<String> out = new HashSet<>();
    spans.forEach(s -> out.add(s.service()));
    return out;
  }

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
