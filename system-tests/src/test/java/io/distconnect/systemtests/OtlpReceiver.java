package io.distconnect.systemtests;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * A minimal OTLP/HTTP trace receiver (protobuf encoding, {@code POST /v1/traces}) standing in for
 * Jaeger or a collector: the services export to it exactly as they would in production, and the
 * tests read the decoded spans.
 */
final class OtlpReceiver implements AutoCloseable {

  /** One received span, ids in lower-case hex (parent empty for a root). */
  record Span(
      String service,
      String traceId,
      String spanId,
      String parentSpanId,
      String name,
      String kind,
      long startNanos,
      long endNanos,
      Map<String, String> attributes,
      List<String> linkedSpans) {

    boolean isRoot() {
      return parentSpanId.isEmpty();
    }

    String attribute(String key) {
      return attributes.get(key);
    }
  }

  private static final HexFormat HEX = HexFormat.of();

  private final HttpServer server;
  private final ConcurrentLinkedQueue<Span> spans = new ConcurrentLinkedQueue<>();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();

  OtlpReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.start();
  }

  /** What the services get as their OTLP endpoint. */
  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Span> spans() {
    return new ArrayList<>(spans);
  }

  List<Span> trace(String traceId) {
    return spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
  }

  long requests() {
    return requests.get();
  }

  long rejected() {
    return rejected.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())
          || !exchange.getRequestURI().getPath().endsWith("/v1/traces")) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      requests.incrementAndGet();
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        InputStream source =
            "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                ? new GZIPInputStream(in)
                : in;
        body = source.readAllBytes();
      }
      ExportTraceServiceRequest request;
      try {
        request = ExportTraceServiceRequest.parseFrom(body);
      } catch (IOException e) {
        rejected.incrementAndGet();
        exchange.sendResponseHeaders(400, -1);
        return;
      }
      for (ResourceSpans rs : request.getResourceSpansList()) {
        String service = "unknown";
        for (KeyValue kv : rs.getResource().getAttributesList()) {
          if (kv.getKey().equals("service.name")) {
            service = kv.getValue().getStringValue();
          }
        }
        for (ScopeSpans ss : rs.getScopeSpansList()) {
          for (io.opentelemetry.proto.trace.v1.Span s : ss.getSpansList()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (KeyValue kv : s.getAttributesList()) {
              attributes.put(kv.getKey(), text(kv.getValue()));
            }
            List<String> links = new ArrayList<>();
            for (io.opentelemetry.proto.trace.v1.Span.Link link : s.getLinksList()) {
              links.add(
                  HEX.formatHex(link.getTraceId().toByteArray())
                      + "/"
                      + HEX.formatHex(link.getSpanId().toByteArray()));
            }
            spans.add(
                new Span(
                    service,
                    HEX.formatHex(s.getTraceId().toByteArray()),
                    HEX.formatHex(s.getSpanId().toByteArray()),
                    HEX.formatHex(s.getParentSpanId().toByteArray()),
                    s.getName(),
                    s.getKind().name().replace("SPAN_KIND_", ""),
                    s.getStartTimeUnixNano(),
                    s.getEndTimeUnixNano(),
                    attributes,
                    links));
          }
        }
      }
      byte[] response = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
      exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
      exchange.sendResponseHeaders(200, response.length == 0 ? -1 : response.length);
      if (response.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(response);
        }
      }
    }
  }

  private static String text(AnyValue v) {
    return switch (v.getValueCase()) {
      case STRING_VALUE -> v.getStringValue();
      case INT_VALUE -> Long.toString(v.getIntValue());
      case BOOL_VALUE -> Boolean.toString(v.getBoolValue());
      case DOUBLE_VALUE -> Double.toString(v.getDoubleValue());
      default -> v.toString().trim();
    };
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
