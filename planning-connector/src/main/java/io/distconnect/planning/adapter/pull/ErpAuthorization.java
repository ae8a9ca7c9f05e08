package io.distconnect.planning.adapter.pull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * The bearer token of calls to the ERP: this service's own {@code service} token when one is
 * configured (from a Secret), otherwise the caller's token passed on, so an operator's sync runs
 * with the operator's rights.
 */
@ApplicationScoped
public class ErpAuthorization implements ClientHeadersFactory {

  private final Optional<String> serviceToken;

  public ErpAuthorization(
      @ConfigProperty(name = "distconnect.planning.erp.service-token")
          Optional<String> serviceToken) {
    this.serviceToken = serviceToken.filter(t -> !t.isBlank());
  }

  @Override
  public MultivaluedMap<String, String> update(
      MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
    MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
    if (serviceToken.isPresent()) {
      headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + serviceToken.get());
    } else if (incoming != null && incoming.containsKey(HttpHeaders.AUTHORIZATION)) {
      headers.put(HttpHeaders.AUTHORIZATION, incoming.get(HttpHeaders.AUTHORIZATION));
    }
    return headers;
  }
}
