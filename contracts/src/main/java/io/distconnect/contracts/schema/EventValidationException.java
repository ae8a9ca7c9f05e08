package io.distconnect.contracts.schema;

import io.distconnect.contracts.event.EventType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A payload that does not match its event schema, with every violation (not just the first) so one
 * dead-letter record or one problem response tells the whole story.
 */
public final class EventValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient EventType eventType;
  private final transient List<SchemaViolation> violations;

  public EventValidationException(EventType eventType, List<SchemaViolation> violations) {
    super(
        "Invalid "
            + eventType.typeName()
            + " payload ("
            + violations.size()
            + " violation"
            + (violations.size() == 1 ? "" : "s")
            + "): "
            + violations.stream().map(SchemaViolation::toString).collect(Collectors.joining("; ")));
    this.eventType = eventType;
    this.violations = List.copyOf(violations);
  }

  public EventType eventType() {
    return eventType;
  }

  public List<SchemaViolation> violations() {
    return violations;
  }
}
