package io.distconnect.orchestrator.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.distconnect.orchestrator.persistence.ExceptionAction;
import io.distconnect.orchestrator.persistence.ProcessException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Exceptions on the API. */
public final class ExceptionViews {
  private ExceptionViews() {}

  /** An exception in a list (dead letters show their source and the event, not the payload). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Summary(
      String id,
      String type,
      String domain,
      String status,
      String caseId,
      String reason,
      Instant createdAt,
      Instant resolvedAt,
      String resolvedBy,
      String sourceTopic,
      String recordKey,
      String eventId,
      String eventType) {
    static Summary of(ProcessException e) {
      return new Summary(
          e.id,
          e.type,
          e.domain,
          e.status,
          e.caseId,
          e.reason,
          e.createdAt,
          e.resolvedAt,
          e.resolvedBy,
          e.sourceTopic,
          e.recordKey,
          e.eventId,
          e.eventType);
    }
  }

  /** One exception with its payload (dead letters) and its audit trail. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Detail(Summary exception, String payload, List<Action> actions) {}

  /** Who did what to an exception. */
  public record Action(String action, String actor, String comment, Instant at, String traceId) {
    static Action of(ExceptionAction a) {
      return new Action(a.action, a.actor, a.comment, a.at, a.traceId);
    }
  }

  /** Body of retry and resolve: why (kept in the audit trail). */
  public record ActionRequest(@NotBlank @Size(max = 2000) String comment) {}
}
