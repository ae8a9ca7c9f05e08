package io.distconnect.contracts.event;

import io.distconnect.contracts.model.Checks;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A replenishment case moved between states: the audit trail, published for dashboards and other
 * listeners. States are the orchestrator's own (upper-case names such as {@code SOURCING}); the
 * contract only fixes their form so new states are an additive change.
 *
 * @param caseId the case
 * @param itemId the case's item
 * @param locationId the case's location
 * @param from the state before; absent for the transition that opened the case
 * @param to the state now
 * @param cause what caused it, e.g. the triggering event type and id or a user action
 * @param at when it happened
 * @param traceId optional W3C trace id (32 lower-case hex digits) of the flow, to find it in Jaeger
 * @param actor {@code system} or the user who acted
 */
public record CaseTransitioned(
    String caseId,
    String itemId,
    String locationId,
    String from,
    String to,
    String cause,
    Instant at,
    String traceId,
    String actor)
    implements EventPayload {

  /** Form of a case state name. */
  public static final Pattern STATE = Pattern.compile("[A-Z][A-Z0-9_]*");

  /** Form of a W3C trace-context trace id (all zeros is invalid there). */
  public static final Pattern TRACE_ID = Pattern.compile("(?!0{32})[0-9a-f]{32}");

  public CaseTransitioned {
    Checks.requireIdentifier(caseId, "case id");
    Checks.requireIdentifier(itemId, "item id");
    Checks.requireIdentifier(locationId, "location id");
    if (from != null) {
      requireState(from, "from");
      if (from.equals(to)) {
        throw new IllegalArgumentException("a transition must change the state: " + from);
      }
    }
    requireState(to, "to");
    Checks.requireNonBlank(cause, "cause");
    Checks.required(at, "at");
    if (traceId != null && !TRACE_ID.matcher(traceId).matches()) {
      throw new IllegalArgumentException("trace id must be 32 lower-case hex digits: " + traceId);
    }
    Checks.requireNonBlank(actor, "actor");
  }

  private static void requireState(String state, String field) {
    Checks.required(state, field + " state");
    if (!STATE.matcher(state).matches()) {
      throw new IllegalArgumentException(
          field + " state must be an upper-case name like SOURCING: '" + state + "'");
    }
  }

  @Override
  public String partitionKey() {
    return EventType.subjectKey(itemId, locationId);
  }
}
