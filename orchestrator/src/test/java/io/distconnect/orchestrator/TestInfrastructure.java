package io.distconnect.orchestrator;

import io.distconnect.testsupport.JwtResource;
import io.distconnect.testsupport.KafkaBrokerResource;
import io.distconnect.testsupport.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * The real infrastructure every test of this module runs against: a Kafka broker and a PostgreSQL
 * server started in the test JVM (or external ones, see test-support), a generated JWT key, and the
 * two connectors as WireMock stubs of their REST contract.
 */
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(
    value = PostgresResource.class,
    initArgs = @ResourceArg(name = "database", value = "orchestrator"))
@QuarkusTestResource(JwtResource.class)
@QuarkusTestResource(ConnectorStubs.class)
@QuarkusTestResource(PolicyOverrides.class)
public final class TestInfrastructure {
  private TestInfrastructure() {}
}
