package io.distconnect.orchestrator.persistence;

import io.distconnect.orchestrator.domain.CaseState;

/**
 * A case claimed by the worker, with what it looked like when claimed: the step applies its result
 * only if the case has not moved on (a newer revision, an event) in the meantime. The traceparent
 * lets the step continue the flow's trace.
 */
public record WorkItem(
    String caseId,
    PendingAction action,
    String itemId,
    String locationId,
    CaseState state,
    int revisionCount,
    int attempts,
    Integer poRevision,
    String traceparent) {

  public String key() {
    return itemId + "@" + locationId;
  }
}
