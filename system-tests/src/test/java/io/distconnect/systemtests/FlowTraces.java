package io.distconnect.systemtests;

import static io.distconnect.systemtests.SystemUnderTest.ERP;
import static io.distconnect.systemtests.SystemUnderTest.ORCHESTRATOR;
import static io.distconnect.systemtests.SystemUnderTest.PROCUREMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.distconnect.systemtests.OtlpReceiver.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * What one flow's trace must look like, as the spans the services exported to the test's OTLP
 * receiver: the upload's trace from planning through the orchestrator, procurement and the ERP, and
 * the supplier acknowledgment's own trace. Also writes a case's traces as trees, for reading.
 */
final class FlowTraces {

  static final String UPLOAD = "POST /api/v1/forecast-publications";
  static final String REVISIONS = "planning.forecast-revisions.v1";
  static final String REQUESTS = "procurement.replenishment-requests.v1";
  static final String PO_EVENTS = "procurement.purchase-order-events.v1";
  private static final java.util.regex.Pattern HTTP_NAME =
      java.util.regex.Pattern.compile("^(GET|POST|PUT|PATCH|DELETE) /.*");

  private FlowTraces() {}

  /**
   * Diagnostics, not an assertion: the first spike case's traces as trees in
   * target/traces/seasonal-spike.txt (the assertion on them is scenario 2).
   */
  static void writeTrace(SystemUnderTest system, JsonNode detail) {
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

  static String timeline(JsonNode detail) {
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

  static void assertUploadTrace(List<Span> trace, int cases) {
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
    assertThat(erpOrders).as("ERP order requests in the trace").hasSize(cases);
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

  static void assertAcknowledgmentTrace(List<Span> trace) {
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
  static void assertHop(
      List<Span> trace, Map<String, Span> byId, String from, String to, String topic) {
    assertThat(trace)
        .as("%s CONSUMER span on %s, child of %s's PRODUCER span on %s", to, topic, from, topic)
        .filteredOn(s -> is(s, to, "CONSUMER", topic + " receive"))
        .filteredOn(s -> is(byId.get(s.parentSpanId()), from, "PRODUCER", topic + " publish"))
        .isNotEmpty();
  }

  static void assertRest(List<Span> trace, Map<String, Span> byId, String server, String request) {
    assertThat(trace)
        .as("%s SERVER span %s, child of the orchestrator's CLIENT span", server, request)
        .filteredOn(s -> is(s, server, "SERVER", request))
        .filteredOn(s -> is(byId.get(s.parentSpanId()), ORCHESTRATOR, "CLIENT", request))
        .isNotEmpty();
  }

  static boolean is(Span s, String service, String kind, String name) {
    return s != null
        && s.service().equals(service)
        && s.kind().equals(kind)
        && s.name().equals(name);
  }

  /** The trace id the case recorded with its (first) transition to {@code state}. */
  static String transitionTrace(JsonNode detail, String state) {
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

  static Set<String> services(List<Span> spans) {
    Set<String> out = new HashSet<>();
    spans.forEach(s -> out.add(s.service()));
    return out;
  }
}
