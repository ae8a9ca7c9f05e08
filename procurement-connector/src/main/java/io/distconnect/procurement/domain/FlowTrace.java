package io.distconnect.procurement.domain;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps a request's trace context with the request. A buyer's approval arrives hours later in a
 * trace of its own; linking its span to the flow that asked for the order lets Jaeger tell one
 * story (a link, not a parent: the approval is caused by a person, not by the flow).
 */
final class FlowTrace {

  private static final TextMapGetter<Map<String, String>> GETTER =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
          return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
          return carrier == null ? null : carrier.get(key);
        }
      };

  private FlowTrace() {}

  /**
   * A W3C trace context as stored: {@code traceparent} (null outside a trace), {@code tracestate}.
   */
  record Captured(String traceparent, String tracestate) {

    /** Stores it on the request. */
    void applyTo(ReplenishmentRequest r) {
      r.traceparent = traceparent;
      r.tracestate = tracestate;
    }
  }

  /** The current trace context. */
  static Captured current() {
    Map<String, String> carrier = new HashMap<>();
    W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
    return new Captured(carrier.get("traceparent"), carrier.get("tracestate"));
  }

  /** Links {@code span} to the request's flow, when the request was received inside a trace. */
  static void link(Span span, ReplenishmentRequest r) {
    if (r == null || r.traceparent == null) {
      return;
    }
    Map<String, String> carrier = new HashMap<>();
    carrier.put("traceparent", r.traceparent);
    if (r.tracestate != null) {
      carrier.put("tracestate", r.tracestate);
    }
    SpanContext flow =
        Span.fromContext(
                W3CTraceContextPropagator.getInstance().extract(Context.root(), carrier, GETTER))
            .getSpanContext();
    if (flow.isValid()) {
      span.addLink(flow);
    }
  }
}
