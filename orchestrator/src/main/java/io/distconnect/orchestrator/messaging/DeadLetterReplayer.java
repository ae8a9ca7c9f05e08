package io.distconnect.orchestrator.messaging;

import io.distconnect.orchestrator.persistence.DeadLetters;
import io.distconnect.orchestrator.persistence.ExceptionActions;
import io.distconnect.orchestrator.persistence.ProcessException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Puts dead-lettered messages back on their source topic, byte for byte with their original
 * CloudEvents headers — the same {@code ce_id}, so a consumer that did apply one after all skips
 * it. Each is marked REPLAYED (and audited) once the broker acknowledged it; a crash in between
 * leaves it OPEN and a second replay is harmless for the same reason.
 */
@ApplicationScoped
public class DeadLetterReplayer {

  /** Header telling consumers and operators that a record is a replay, and of which exception. */
  public static final String REPLAY_HEADER = "distconnect-replay-of";

  private final MutinyEmitter<byte[]> emitter;
  private final DeadLetters deadLetters;
  private final ExceptionActions actions;

  public DeadLetterReplayer(
      @Channel("dead-letter-replay") MutinyEmitter<byte[]> emitter,
      DeadLetters deadLetters,
      ExceptionActions actions) {
    this.emitter = emitter;
    this.deadLetters = deadLetters;
    this.actions = actions;
  }

  /** What a replay did. */
  public record Result(int replayed, List<String> exceptionIds) {}

  public Uni<Result> replay(
      String topic,
      List<String> ids,
      String eventType,
      String key,
      Instant since,
      Instant until,
      int limit,
      String actor,
      String comment) {
    return deadLetters
        .open(topic, ids, eventType, key, since, until, limit)
        .flatMap(
            found ->
                Multi.createFrom()
                    .iterable(found)
                    .onItem()
                    .transformToUniAndConcatenate(
                        e ->
                            send(e)
                                .flatMap(v -> actions.replayed(e.id, actor, comment))
                                .replaceWith(e.id))
                    .collect()
                    .asList())
        .map(done -> new Result(done.size(), done));
  }

  private Uni<Void> send(ProcessException e) {
    RecordHeaders headers = new RecordHeaders();
    for (Map.Entry<String, String> h : deadLetters.headers(e).entrySet()) {
      headers.add(h.getKey(), h.getValue().getBytes(StandardCharsets.UTF_8));
    }
    headers.add(REPLAY_HEADER, e.id.getBytes(StandardCharsets.UTF_8));
    OutgoingKafkaRecordMetadata<String> metadata =
        OutgoingKafkaRecordMetadata.<String>builder()
            .withTopic(e.sourceTopic)
            .withKey(e.recordKey)
            .withHeaders(headers)
            .build();
    // Exceptions stored before payload_bytes existed only have the text.
    byte[] payload =
        e.payloadBytes != null ? e.payloadBytes : e.payload.getBytes(StandardCharsets.UTF_8);
    return emitter.sendMessage(Message.of(payload).addMetadata(metadata));
  }
}
