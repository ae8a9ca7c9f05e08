package io.distconnect.orchestrator.persistence;

/**
 * Why a case moved: a description, the event that caused it (if any) and who acted ({@code system}
 * or the user behind a manual action).
 */
public record Cause(String description, String eventId, String actor) {

  public static final String SYSTEM = "system";

  public static Cause event(String description, String eventId) {
    return new Cause(description, eventId, SYSTEM);
  }

  public static Cause system(String description) {
    return new Cause(description, null, SYSTEM);
  }

  public static Cause person(String user, String description) {
    return new Cause(description, null, user);
  }
}
