package io.distconnect.contracts.event;

/** A CloudEvents {@code type} that is not in the {@link EventType} catalog. */
public final class UnknownEventTypeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String typeName;

  public UnknownEventTypeException(String typeName) {
    super("Unknown event type '" + typeName + "'; known types: " + EventType.typeNames());
    this.typeName = typeName;
  }

  public String typeName() {
    return typeName;
  }
}
