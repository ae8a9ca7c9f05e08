package io.distconnect.orchestrator.messaging;

import io.distconnect.orchestrator.persistence.DeadLetters;
import io.distconnect.orchestrator.persistence.DeadLetters.DeadLetter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads this service's dead-letter topics ({@code <topic>.dlq.orchestrator}) into the exception
 * queue, so every message that could not be processed is visible and can be replayed.
 */
@ApplicationScoped
public class DeadLetterConsumer {

  static final String DLQ_SUFFIX = ".dlq.orchestrator";
  private static final String DLQ_HEADER_PREFIX = "dead-letter-";

  private final DeadLetters deadLetters;

  public DeadLetterConsumer(DeadLetters deadLetters) {
    this.deadLetters = deadLetters;
  }

  @Incoming("dead-letters")
  @Retry(maxRetries = 20, delay = 1000, jitter = 500)
  public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Header h : record.headers()) {
      if (!h.key().startsWith(DLQ_HEADER_PREFIX)
          && !h.key().equals("traceparent")
          && !h.key().equals("tracestate")
          && h.value() != null) {
        headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
      }
    }
    String source = header(record, "dead-letter-topic");
    if (source == null) {
      source =
          record.topic().endsWith(DLQ_SUFFIX)
              ? record.topic().substring(0, record.topic().length() - DLQ_SUFFIX.length())
              : record.topic();
    }
    String reason = header(record, "dead-letter-reason");
    String cause = header(record, "dead-letter-cause");
    String text =
        (reason == null ? "Dead-lettered" : reason)
            + (cause == null || cause.equals(reason) ? "" : " (" + cause + ")");
    String sourceTopic = source;
    return deadLetters
        .record(
            new DeadLetter(
                record.topic(),
                record.partition(),
                record.offset(),
                source,
                record.key(),
                headers,
                record.value(),
                text))
        // A record the database rejects for its content (a NUL in the key, an oversized header...)
        // would fail the same way on every retry and stop the channel: keep it visible in a reduced
        // form instead. Transient errors fall through to the retry.
        .onFailure(StoreFailures::isDataError)
        .recoverWithUni(
            e ->
                deadLetters.recordReduced(
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    sourceTopic,
                    "payload could not be stored: "
                        + StoreFailures.describe(e)
                        + " (see "
                        + record.topic()
                        + "-"
                        + record.partition()
                        + "@"
                        + record.offset()
                        + ")"));
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    Header h = record.headers().lastHeader(name);
    return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
