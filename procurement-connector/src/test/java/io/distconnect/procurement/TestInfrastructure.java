package io.distconnect.procurement;

import io.distconnect.testsupport.JwtResource;
import io.distconnect.testsupport.KafkaBrokerResource;
import io.distconnect.testsupport.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * The real infrastructure every test of this module runs against: a Kafka broker and a PostgreSQL
 * server started in the test JVM (or external ones, see test-support), a generated JWT key, and
 * WireMock playing the cXML suppliers (the only thing stubbed).
 */
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(
    value = PostgresResource.class,
    initArgs = @ResourceArg(name = "database", value = "procurement"))
@QuarkusTestResource(JwtResource.class)
@QuarkusTestResource(SupplierStubResource.class)
public final class TestInfrastructure {
  private TestInfrastructure() {}
}
