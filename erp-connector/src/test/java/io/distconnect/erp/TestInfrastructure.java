package io.distconnect.erp;

import io.distconnect.erp.adapter.s4hana.S4HanaStubResource;
import io.distconnect.testsupport.JwtResource;
import io.distconnect.testsupport.KafkaBrokerResource;
import io.distconnect.testsupport.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * The real infrastructure every test of this module runs against: a Kafka broker and a PostgreSQL
 * server started in the test JVM (or external ones, see test-support), a generated JWT key, and a
 * WireMock stand-in for SAP S/4HANA.
 */
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(
    value = PostgresResource.class,
    initArgs = @ResourceArg(name = "database", value = "erp"))
@QuarkusTestResource(JwtResource.class)
@QuarkusTestResource(S4HanaStubResource.class)
public final class TestInfrastructure {
  private TestInfrastructure() {}
}
