package io.distconnect.orchestrator.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** procurement-connector's contract reads behind a circuit breaker, retried with jitter. */
@ApplicationScoped
public class ProcurementClient {

  private final ProcurementRestClient rest;

  public ProcurementClient(@RestClient ProcurementRestClient rest) {
    this.rest = rest;
  }

  /** The contracts for an item valid on a date (first 100). */
  @CircuitBreaker(
      requestVolumeThreshold = 8,
      failureRatio = 0.5,
      delay = 10,
      delayUnit = ChronoUnit.SECONDS,
      skipOn = ConnectorRejectedException.class)
  @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = ConnectorRejectedException.class)
  public Uni<List<ProcurementApi.SupplierContract>> contracts(String item, LocalDate validOn) {
    return rest.contracts(item, validOn.toString(), 0, 100)
        .map(
            page ->
                page.items() == null ? List.<ProcurementApi.SupplierContract>of() : page.items())
        .onFailure()
        .transform(
            e -> ConnectorErrors.translate("procurement-connector", "GET /supplier-contracts", e));
  }
}
