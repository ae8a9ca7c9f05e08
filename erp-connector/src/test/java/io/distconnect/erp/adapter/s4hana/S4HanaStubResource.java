package io.distconnect.erp.adapter.s4hana;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A local stand-in for SAP S/4HANA: WireMock on a random port, which the s4hana REST client is
 * pointed at together with a test communication user. Tests stub and verify it per case.
 */
public class S4HanaStubResource implements QuarkusTestResourceLifecycleManager {

  public static final String USER = "DISTCONNECT_COMM";
  public static final String PASSWORD = "test-only-secret";

  private static WireMockServer server;

  public static synchronized WireMockServer server() {
    return server;
  }

  @Override
  public synchronized Map<String, String> start() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
    return Map.of(
        "quarkus.rest-client.s4hana.url",
        server.baseUrl(),
        "distconnect.erp.s4hana.username",
        USER,
        "distconnect.erp.s4hana.password",
        PASSWORD,
        // Keep the retry pause short so the breaker test runs quickly.
        "quarkus.fault-tolerance.\"io.distconnect.erp.adapter.s4hana.S4HanaPurchaseOrderClient/purchaseOrder\".retry.delay",
        "50");
  }

  @Override
  public synchronized void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
