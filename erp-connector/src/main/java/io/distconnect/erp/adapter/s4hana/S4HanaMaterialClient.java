package io.distconnect.erp.adapter.s4hana;

import static io.distconnect.erp.adapter.s4hana.S4HanaPurchaseOrderClient.expected;
import static io.distconnect.erp.adapter.s4hana.S4HanaPurchaseOrderClient.withCsrf;

import com.fasterxml.jackson.databind.JsonNode;
import io.distconnect.erp.config.ErpConfig;
import io.distconnect.erp.domain.DownstreamUnavailableException;
import io.distconnect.erp.domain.NotFoundException;
import io.distconnect.erp.domain.PlatformRejectedException;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The fault-tolerant face of SAP's material document and material stock APIs, with the same policy
 * as {@link S4HanaPurchaseOrderClient}: reads retry, the goods movement POST does not (a repeat
 * would post the receipt twice) except after a refused CSRF token, outages open the breaker and
 * fall back to "ERP unavailable" (503 with Retry-After).
 */
@ApplicationScoped
public class S4HanaMaterialClient {

  private static final String JSON = "json";

  private final S4HanaMaterialRestClient sap;
  private final ErpConfig config;

  public S4HanaMaterialClient(@RestClient S4HanaMaterialRestClient sap, ErpConfig config) {
    this.sap = sap;
    this.config = config;
  }

  /** Posts a goods movement (material document with items); the created header's {@code d}. */
  @Timeout(value = 10, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(
      requestVolumeThreshold = 4,
      failureRatio = 0.5,
      delay = 10,
      delayUnit = ChronoUnit.SECONDS,
      skipOn = {NotFoundException.class, PlatformRejectedException.class})
  @CircuitBreakerName("s4hana-material-document-post")
  @Fallback(
      fallbackMethod = "postUnavailable",
      skipOn = {NotFoundException.class, PlatformRejectedException.class})
  public Uni<JsonNode> postMaterialDocument(JsonNode body) {
    return withCsrf(
            sap::fetchCsrfToken,
            csrf -> sap.postMaterialDocument(csrf.token(), csrf.cookies(), body))
        .map(created -> created.path("d"))
        .onFailure(WebApplicationException.class)
        .transform(e -> expected((WebApplicationException) e, "goods movement"));
  }

  /** Material document items matching a filter: the {@code d} object. */
  @Timeout(value = 5, unit = ChronoUnit.SECONDS)
  @Retry(
      maxRetries = 2,
      delay = 200,
      jitter = 100,
      abortOn = {NotFoundException.class, PlatformRejectedException.class})
  @CircuitBreaker(
      requestVolumeThreshold = 4,
      failureRatio = 0.5,
      delay = 10,
      delayUnit = ChronoUnit.SECONDS,
      skipOn = {NotFoundException.class, PlatformRejectedException.class})
  @CircuitBreakerName("s4hana-material-document-items")
  @Fallback(
      fallbackMethod = "readUnavailable",
      skipOn = {NotFoundException.class, PlatformRejectedException.class})
  public Uni<JsonNode> materialDocumentItems(String filter) {
    return sap.materialDocumentItems(
            filter,
            "MaterialDocument,MaterialDocumentYear,GoodsMovementType,QuantityInEntryUnit,EntryUnit",
            JSON)
        .map(body -> body.path("d"))
        .onFailure(WebApplicationException.class)
        .transform(e -> expected((WebApplicationException) e, "material document items"));
  }

  /** Stock entries of a material at a plant: the {@code d} object. */
  @Timeout(value = 5, unit = ChronoUnit.SECONDS)
  @Retry(
      maxRetries = 2,
      delay = 200,
      jitter = 100,
      abortOn = {NotFoundException.class, PlatformRejectedException.class})
  @CircuitBreaker(
      requestVolumeThreshold = 4,
      failureRatio = 0.5,
      delay = 10,
      delayUnit = ChronoUnit.SECONDS,
      skipOn = {NotFoundException.class, PlatformRejectedException.class})
  @CircuitBreakerName("s4hana-material-stock")
  @Fallback(
      fallbackMethod = "readUnavailable",
      skipOn = {NotFoundException.class, PlatformRejectedException.class})
  public Uni<JsonNode> materialStock(String filter) {
    return sap.materialStock(filter, JSON)
        .map(body -> body.path("d"))
        .onFailure(WebApplicationException.class)
        .transform(e -> expected((WebApplicationException) e, "material stock"));
  }

  Uni<JsonNode> postUnavailable(JsonNode body) {
    return unavailable();
  }

  Uni<JsonNode> readUnavailable(String filter) {
    return unavailable();
  }

  private Uni<JsonNode> unavailable() {
    return Uni.createFrom()
        .failure(
            new DownstreamUnavailableException(
                "SAP S/4HANA is unavailable; try again later", config.s4hana().retryAfter()));
  }
}
