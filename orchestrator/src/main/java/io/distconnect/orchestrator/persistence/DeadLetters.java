package io.distconnect.orchestrator.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.distconnect.contracts.event.Topics;
import io.distconnect.orchestrator.domain.ExceptionType;
import io.distconnect.orchestrator.domain.ProcessDomain;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Dead-lettered messages as exceptions: stored with everything needed to replay them (source topic,
 * key, headers, payload), once per dead-letter record.
 */
@ApplicationScoped
public class DeadLetters {

  /** A record read off a dead-letter topic. */
  public record DeadLetter(
      String dlqTopic,
      int partition,
      long offset,
      String sourceTopic,
      String key,
      Map<String, String> headers,
      byte[] payload,
      String reason) {}

  private final ExceptionQueue exceptions;
  private final ProcessMeters meters;
  private final ObjectMapper json;

  public DeadLetters(ExceptionQueue exceptions, ProcessMeters meters, ObjectMapper json) {
    this.exceptions = exceptions;
    this.meters = meters;
    this.json = json;
  }

  /** Stores a dead letter unless this record was stored already. */
  public Uni<Void> record(DeadLetter d) {
    return Panache.withTransaction(
        () ->
            ProcessException.count(
                    "dlqTopic = ?1 and dlqPartition = ?2 and dlqOffset = ?3",
                    d.dlqTopic(),
                    d.partition(),
                    d.offset())
                .flatMap(
                    n -> {
                      if (n > 0) {
                        return Uni.createFrom().voidItem();
                      }
                      ProcessException e =
                          exceptions.newException(
                              ExceptionType.DEAD_LETTER,
                              domainOf(d.sourceTopic()),
                              TextPreview.of(d.reason()));
                      e.sourceTopic = d.sourceTopic();
                      e.dlqTopic = d.dlqTopic();
                      e.dlqPartition = d.partition();
                      e.dlqOffset = d.offset();
                      e.recordKey = d.key();
                      e.eventId = d.headers().get("ce_id");
                      e.eventType = d.headers().get("ce_type");
                      e.caseId = null;
                      e.headers = write(d.headers());
                      e.payloadBytes = d.payload();
                      e.payload = TextPreview.of(d.payload());
                      meters.deadLetter(d.sourceTopic());
                      return e.persist().replaceWithVoid();
                    }));
  }

  /**
   * Stores a dead letter the database would not take in full: where it came from and why, without
   * key, headers or payload (still in the dead-letter topic at that offset). It is listed like any
   * other, but cannot be replayed.
   */
  public Uni<Void> recordReduced(
      String dlqTopic, int partition, long offset, String sourceTopic, String reason) {
    return Panache.withTransaction(
        () ->
            ProcessException.count(
                    "dlqTopic = ?1 and dlqPartition = ?2 and dlqOffset = ?3",
                    dlqTopic,
                    partition,
                    offset)
                .flatMap(
                    n -> {
                      if (n > 0) {
                        return Uni.createFrom().voidItem();
                      }
                      ProcessException e =
                          exceptions.newException(
                              ExceptionType.DEAD_LETTER,
                              domainOf(sourceTopic),
                              TextPreview.of(reason));
                      e.sourceTopic = sourceTopic;
                      e.dlqTopic = dlqTopic;
                      e.dlqPartition = partition;
                      e.dlqOffset = offset;
                      meters.deadLetter(sourceTopic);
                      return e.persist().replaceWithVoid();
                    }));
  }

  /** The open dead letters of a topic (source or dead-letter topic name) matching the filter. */
  public Uni<List<ProcessException>> open(
      String topic,
      List<String> ids,
      String eventType,
      String key,
      Instant since,
      Instant until,
      int limit) {
    StringBuilder q =
        new StringBuilder(
            "type = :type and status = :status and (sourceTopic = :topic or dlqTopic = :topic)"
                // Reduced records (payload not storable) have nothing to send back.
                + " and (payloadBytes is not null or payload is not null)");
    Map<String, Object> p = new java.util.HashMap<>();
    p.put("type", ExceptionType.DEAD_LETTER.name());
    p.put("status", ProcessException.OPEN);
    p.put("topic", topic);
    if (ids != null && !ids.isEmpty()) {
      q.append(" and id in :ids");
      p.put("ids", ids);
    }
    if (eventType != null) {
      q.append(" and eventType = :eventType");
      p.put("eventType", eventType);
    }
    if (key != null) {
      q.append(" and recordKey = :key");
      p.put("key", key);
    }
    if (since != null) {
      q.append(" and createdAt >= :since");
      p.put("since", since);
    }
    if (until != null) {
      q.append(" and createdAt < :until");
      p.put("until", until);
    }
    q.append(" order by dlqPartition, dlqOffset");
    return Panache.withSession(
        () -> ProcessException.<ProcessException>find(q.toString(), p).page(0, limit).list());
  }

  public Map<String, String> headers(ProcessException e) {
    try {
      return e.headers == null
          ? Map.of()
          : json.readValue(e.headers, new TypeReference<Map<String, String>>() {});
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("Stored headers of " + e.id + " are not JSON", ex);
    }
  }

  static ProcessDomain domainOf(String sourceTopic) {
    if (Topics.FORECAST_REVISIONS.equals(sourceTopic)) {
      return ProcessDomain.PLANNING_DECISION;
    }
    if (Topics.PROCUREMENT_PURCHASE_ORDER_EVENTS.equals(sourceTopic)
        || Topics.PROCUREMENT_SOURCING_EVENTS.equals(sourceTopic)) {
      return ProcessDomain.SOURCING;
    }
    if (Topics.ERP_PURCHASE_ORDER_EVENTS.equals(sourceTopic)) {
      return ProcessDomain.ERP_UPDATE;
    }
    return ProcessDomain.MESSAGING;
  }

  private String write(Map<String, String> headers) {
    try {
      return json.writeValueAsString(headers);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
