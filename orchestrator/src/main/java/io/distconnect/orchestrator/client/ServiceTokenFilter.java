package io.distconnect.orchestrator.client;

import io.distconnect.orchestrator.config.OrchestratorConfig;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/** Adds the orchestrator's {@code service} bearer token to every call to a connector. */
public class ServiceTokenFilter implements ClientRequestFilter {

  private final OrchestratorConfig config;

  public ServiceTokenFilter(OrchestratorConfig config) {
    this.config = config;
  }

  @Override
  public void filter(ClientRequestContext request) {
    request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + config.serviceToken());
  }
}
