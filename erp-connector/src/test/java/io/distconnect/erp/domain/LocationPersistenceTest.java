package io.distconnect.erp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.distconnect.contracts.model.LocationType;
import io.distconnect.testsupport.PostgresResource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LocationPersistenceTest {

  @Test
  @RunOnVertxContext
  void persistsAndReadsALocationThroughPanacheReactive(UniAsserter asserter) {
    String code = "DC-" + UUID.randomUUID().toString().substring(0, 8);
    asserter.execute(
        () ->
            Panache.withTransaction(
                () -> {
                  Location l = new Location();
                  l.code = code;
                  l.name = "Memphis DC";
                  l.type = LocationType.DC;
                  l.region = "US-SOUTH";
                  l.timeZone = "America/Chicago";
                  l.createdAt = Instant.now();
                  l.updatedAt = l.createdAt;
                  return l.persist();
                }));
    asserter.assertThat(
        () -> Panache.withSession(() -> Location.<Location>findById(code)),
        found -> {
          assertThat(found).isNotNull();
          assertThat(found.name).isEqualTo("Memphis DC");
          assertThat(found.type).isEqualTo(LocationType.DC);
          assertThat(found.version).isZero();
        });
    // The database is a real PostgreSQL server, started for the tests unless one was configured.
    asserter.execute(() -> assertThat(PostgresResource.server().port()).isPositive());
  }
}
