package io.distconnect.planning;

import io.distconnect.testsupport.JwtResource;
import io.distconnect.testsupport.KafkaBrokerResource;
import io.distconnect.testsupport.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * The real infrastructure every test of this module runs against: a Kafka broker and a PostgreSQL
 * server started in the test JVM (or external ones, see test-support), a generated JWT key, and a
 * WireMock stand-in for erp-connector's REST API.
 */
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(
    value = PostgresResource.class,
    initArgs = @ResourceArg(name = "database", value = "planning"))
@QuarkusTestResource(JwtResource.class)
@QuarkusTestResource(ErpWireMockResource.class)
public final class TestInfrastructure {
  private TestInfrastructure() {}
}
