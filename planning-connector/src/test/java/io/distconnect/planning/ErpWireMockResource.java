package io.distconnect.planning;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Stand-ins (WireMock on a random port) for erp-connector's REST API, read by the master-data sync,
 * and for the planning platform's export URL, read by the pull adapter.
 */
public class ErpWireMockResource implements QuarkusTestResourceLifecycleManager {

  private static WireMockServer server;

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
    return Map.of(
        "quarkus.rest-client.erp.url",
        server.baseUrl(),
        "distconnect.planning.platform.export-url",
        server.baseUrl() + "/planning/exports/{cycle}.csv");
  }

  public static WireMockServer server() {
    return server;
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
