package io.distconnect.orchestrator.messaging;

import io.distconnect.contracts.schema.EventSchemaValidator;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Loads the event schemas at startup, on the main thread: loading them lazily inside the first
 * consumer or outbox call would block a Vert.x event loop for a couple of seconds.
 */
@ApplicationScoped
public class SchemaWarmup {
  void load(@Observes StartupEvent event) {
    EventSchemaValidator.shared();
  }
}
