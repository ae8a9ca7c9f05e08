package io.distconnect.orchestrator.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Records the ids of the events a consumer has applied. Claiming an id happens in the same
 * transaction as the consumer's effect, so a redelivered event is recognised and skipped, and a
 * rolled-back effect leaves the id unclaimed for the retry.
 */
@ApplicationScoped
public class Inbox {

  private static final String CLAIM =
      "INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (:consumer, :id, now())"
          + " ON CONFLICT DO NOTHING";

  /**
   * Claims an event for a consumer. Must run inside an active transaction.
   *
   * @return true the first time, false when the event was already applied
   */
  public Uni<Boolean> claim(String consumer, String eventId) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(CLAIM)
                    .setParameter("consumer", consumer)
                    .setParameter("id", eventId)
                    .executeUpdate())
        .map(inserted -> inserted == 1);
  }
}
