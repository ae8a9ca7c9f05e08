package io.distconnect.procurement.adapter.cxml;

import io.distconnect.procurement.domain.IssuedOrder;
import io.distconnect.procurement.domain.SupplierChannel;
import io.quarkus.logging.Log;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Posts OrderRequests to suppliers' cXML endpoints, each under its supplier's own timeout, retry
 * and circuit breaker ({@link SupplierGuards}; settings under {@code
 * distconnect.procurement.delivery.client.*}). Retrying a POST is safe here because cXML suppliers
 * de-duplicate on the payloadID, which stays the same on every attempt. What still fails after the
 * retries is parked by the delivery relay and tried again later; a supplier's 4xx answer is not
 * retried right away and does not open the breaker.
 */
@ApplicationScoped
public class CxmlSupplierClient implements SupplierChannel {

  private final SupplierDirectory suppliers;
  private final SupplierGuards guards;
  private final Map<String, CxmlRestClient> clients = new ConcurrentHashMap<>();

  public CxmlSupplierClient(SupplierDirectory suppliers, SupplierGuards guards) {
    this.suppliers = suppliers;
    this.guards = guards;
  }

  @Override
  public Uni<Void> deliver(IssuedOrder order, String document) {
    return guards.call(order.supplierId(), () -> post(order, document));
  }

  private Uni<Void> post(IssuedOrder order, String document) {
    String endpoint =
        suppliers
            .endpoint(order.supplierId())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Supplier " + order.supplierId() + " has no cXML endpoint"));
    return client(endpoint)
        .post(document)
        .map(
            answer -> {
              CxmlDocument response = CxmlXml.read(answer.getBytes(StandardCharsets.UTF_8));
              Integer code =
                  response.response == null || response.response.status == null
                      ? null
                      : response.response.status.code;
              if (code == null || code < 200 || code > 299) {
                String detail =
                    code == null
                        ? "no Status"
                        : code
                            + " "
                            + response.response.status.text
                            + (response.response.status.detail == null
                                ? ""
                                : ": " + response.response.status.detail.strip());
                throw new SupplierRefusedException(
                    "Supplier "
                        + order.supplierId()
                        + " refused "
                        + order.number()
                        + " revision "
                        + order.revision()
                        + ": "
                        + detail);
              }
              Log.infof(
                  "Supplier %s took %s revision %d (%d)",
                  order.supplierId(), order.number(), order.revision(), code);
              return answer;
            })
        .replaceWithVoid();
  }

  private CxmlRestClient client(String endpoint) {
    return clients.computeIfAbsent(
        endpoint,
        e ->
            QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(e))
                .build(CxmlRestClient.class));
  }
}
