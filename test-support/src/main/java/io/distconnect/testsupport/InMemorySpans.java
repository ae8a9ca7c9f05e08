package io.distconnect.testsupport;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Produces an in-memory span exporter bean: Quarkus' OpenTelemetry picks up every SpanExporter
 * bean, so tests can read the spans the application produced. Every @QuarkusTest of a module shares
 * one application and one exporter, so select spans by trace id and parent id, never by position.
 */
@Singleton
public class InMemorySpans {

  @Produces
  @Singleton
  InMemorySpanExporter exporter() {
    return InMemorySpanExporter.create();
  }

  /** The spans of one trace, oldest first. */
  public static List<SpanData> trace(InMemorySpanExporter exporter, String traceId) {
    return exporter.getFinishedSpanItems().stream()
        .filter(s -> s.getTraceId().equals(traceId))
        .sorted(Comparator.comparingLong(SpanData::getStartEpochNanos))
        .toList();
  }

  /** The first finished span matching the predicate, or null. */
  public static SpanData find(InMemorySpanExporter exporter, Predicate<SpanData> predicate) {
    return exporter.getFinishedSpanItems().stream().filter(predicate).findFirst().orElse(null);
  }

  /** A readable tree of the spans of one trace, for assertion messages. */
  public static String render(List<SpanData> spans) {
    return spans.stream()
        .map(
            s ->
                s.getKind()
                    + " "
                    + s.getName()
                    + " span="
                    + s.getSpanId()
                    + " parent="
                    + s.getParentSpanId())
        .collect(Collectors.joining("\n  ", "\n  ", "\n"));
  }
}
