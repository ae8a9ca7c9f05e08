package io.distconnect.erp.adapter.s4hana;

import com.fasterxml.jackson.databind.JsonNode;
import io.distconnect.erp.config.ErpConfig;
import io.distconnect.erp.domain.DownstreamUnavailableException;
import io.distconnect.erp.domain.NotFoundException;
import io.distconnect.erp.domain.PlatformRejectedException;
import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The fault-tolerant face of the SAP purchase order API. Expected answers (404, SAP's business
 * rejections) are turned into domain exceptions inside the breaker and skip it, so only outages
 * count as failures. Reads retry with jitter; the create is not idempotent in SAP (a repeated POST
 * makes a second order), so it never retries — except the one documented CSRF case, where SAP
 * refused the request before doing anything. When SAP is down or the breaker is open the fallback
 * reports the ERP unavailable (503 with Retry-After) instead of inventing data. Every value can be
 * overridden with {@code quarkus.fault-tolerance."<class>/<method>".*}.
 */
@ApplicationScoped
public class S4HanaPurchaseOrderClient {

  private static final String JSON = "json";

  private final S4HanaRestClient sap;
  private final ErpConfig config;

  public S4HanaPurchaseOrderClient(@RestClient S4HanaRestClient sap, ErpConfig config) {
    this.sap = sap;
    this.config = config;
  }

  /** One order with its items and schedule lines: the {@code d} object. */
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
  @CircuitBreakerName("s4hana-purchase-order-read")
  @Fallback(
      fallbackMethod = "readUnavailable",
      skipOn = {NotFoundException.class, PlatformRejectedException.class})
  public Uni<JsonNode> purchaseOrder(String number) {
    return sap.purchaseOrder(number, S4HanaRestClient.EXPAND, JSON)
        .map(body -> body.path("d"))
        .onFailure(WebApplicationException.class)
        .transform(e -> expected((WebApplicationException) e, "purchase order " + number));
  }

  /** A page of orders: the {@code d} object with {@code results} and {@code __count}. */
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
  @CircuitBreakerName("s4hana-purchase-order-list")
  @Fallback(
      fallbackMethod = "listUnavailable",
      skipOn = {NotFoundException.class, PlatformRejectedException.class})
  public Uni<JsonNode> purchaseOrders(String filter, int top, int skip) {
    return sap.purchaseOrders(
            filter, "PurchaseOrder desc", top, skip, "allpages", S4HanaRestClient.EXPAND, JSON)
        .map(body -> body.path("d"))
        .onFailure(WebApplicationException.class)
        .transform(e -> expected((WebApplicationException) e, "purchase orders"));
  }

  /** Order items matching a filter, only their order numbers: the {@code d} object. */
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
  @CircuitBreakerName("s4hana-purchase-order-item-list")
  @Fallback(
      fallbackMethod = "itemsUnavailable",
      skipOn = {NotFoundException.class, PlatformRejectedException.class})
  public Uni<JsonNode> purchaseOrderNumbersOfItems(String filter) {
    return sap.purchaseOrderItems(filter, "PurchaseOrder", JSON)
        .map(body -> body.path("d"))
        .onFailure(WebApplicationException.class)
        .transform(e -> expected((WebApplicationException) e, "purchase order items"));
  }

  /**
   * Creates an order by deep insert. SAP wants a CSRF token, bound to the session cookies of the
   * fetch; a 403 means the token expired, so it is fetched again and the POST repeated once.
   */
  @Timeout(value = 10, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(
      requestVolumeThreshold = 4,
      failureRatio = 0.5,
      delay = 10,
      delayUnit = ChronoUnit.SECONDS,
      skipOn = PlatformRejectedException.class)
  @CircuitBreakerName("s4hana-purchase-order-create")
  @Fallback(fallbackMethod = "createUnavailable", skipOn = PlatformRejectedException.class)
  public Uni<JsonNode> createPurchaseOrder(JsonNode body) {
    return post(body)
        .onFailure(e -> e instanceof WebApplicationException w && status(w) == 403)
        .recoverWithUni(
            e -> {
              Log.info("SAP refused the CSRF token (403); fetching a new one and retrying once");
              return post(body);
            })
        .map(created -> created.path("d"))
        .onFailure(WebApplicationException.class)
        .transform(e -> expected((WebApplicationException) e, "new purchase order"));
  }

  private Uni<JsonNode> post(JsonNode body) {
    return sap.fetchCsrfToken("Fetch")
        .flatMap(
            response -> {
              String token = response.getHeaderString("X-CSRF-Token");
              if (token == null || token.isBlank()) {
                return Uni.createFrom()
                    .failure(new IllegalStateException("SAP returned no CSRF token"));
              }
              return sap.createPurchaseOrder(token, cookies(response), body);
            });
  }

  /**
   * Open items (not completely delivered, not deleted) matching a filter, with quantity and unit:
   * the {@code d} object.
   */
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
  @CircuitBreakerName("s4hana-purchase-order-open-items")
  @Fallback(
      fallbackMethod = "openItemsUnavailable",
      skipOn = {NotFoundException.class, PlatformRejectedException.class})
  public Uni<JsonNode> openItems(String filter) {
    return sap.purchaseOrderItems(
            filter,
            "PurchaseOrder,PurchaseOrderItem,OrderQuantity,PurchaseOrderQuantityUnit,PurchasingDocumentDeletionCode",
            JSON)
        .map(body -> body.path("d"))
        .onFailure(WebApplicationException.class)
        .transform(e -> expected((WebApplicationException) e, "open purchase order items"));
  }

  /**
   * Changes fields of an order item under {@code If-Match}. Retried like a read: with the etag of
   * the version read before, a repeat can never apply twice — if the first attempt did land, SAP
   * answers 412 and the caller sees a rejection, not a doubled change.
   */
  @Timeout(value = 10, unit = ChronoUnit.SECONDS)
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
  @CircuitBreakerName("s4hana-purchase-order-item-update")
  @Fallback(
      fallbackMethod = "updateItemUnavailable",
      skipOn = {NotFoundException.class, PlatformRejectedException.class})
  public Uni<Void> updateItem(String number, String item, String etag, JsonNode body) {
    return withCsrf(
            sap::fetchCsrfToken,
            csrf ->
                sap.updatePurchaseOrderItem(number, item, csrf.token(), csrf.cookies(), etag, body))
        .replaceWithVoid()
        .onFailure(WebApplicationException.class)
        .transform(
            e ->
                expected(
                    (WebApplicationException) e, "purchase order " + number + " item " + item));
  }

  /**
   * Moves a schedule line's delivery date under {@code If-Match}; retried as {@link #updateItem}.
   */
  @Timeout(value = 10, unit = ChronoUnit.SECONDS)
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
  @CircuitBreakerName("s4hana-purchase-order-schedule-line-update")
  @Fallback(
      fallbackMethod = "updateScheduleLineUnavailable",
      skipOn = {NotFoundException.class, PlatformRejectedException.class})
  public Uni<Void> updateScheduleLine(
      String number, String item, String line, String etag, JsonNode body) {
    return withCsrf(
            sap::fetchCsrfToken,
            csrf ->
                sap.updateScheduleLine(
                    number, item, line, csrf.token(), csrf.cookies(), etag, body))
        .replaceWithVoid()
        .onFailure(WebApplicationException.class)
        .transform(
            e ->
                expected(
                    (WebApplicationException) e,
                    "purchase order " + number + " item " + item + " schedule line " + line));
  }

  /** Adds an item to an order. Not idempotent in SAP (a repeat adds it twice): never retried. */
  @Timeout(value = 10, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(
      requestVolumeThreshold = 4,
      failureRatio = 0.5,
      delay = 10,
      delayUnit = ChronoUnit.SECONDS,
      skipOn = {NotFoundException.class, PlatformRejectedException.class})
  @CircuitBreakerName("s4hana-purchase-order-item-add")
  @Fallback(
      fallbackMethod = "addItemUnavailable",
      skipOn = {NotFoundException.class, PlatformRejectedException.class})
  public Uni<JsonNode> addItem(String number, JsonNode body) {
    return withCsrf(
            sap::fetchCsrfToken,
            csrf -> sap.addPurchaseOrderItem(number, csrf.token(), csrf.cookies(), body))
        .map(created -> created.path("d"))
        .onFailure(WebApplicationException.class)
        .transform(e -> expected((WebApplicationException) e, "purchase order " + number));
  }

  /** A CSRF token and the session cookies it is bound to. */
  record Csrf(String token, String cookies) {}

  /**
   * Runs a write with a fresh CSRF token; when SAP answers 403 (the token expired before the write
   * arrived, and SAP refused it before doing anything) the token is fetched again and the write
   * repeated exactly once.
   */
  static <T> Uni<T> withCsrf(Function<String, Uni<Response>> fetch, Function<Csrf, Uni<T>> write) {
    Supplier<Uni<T>> attempt = () -> fetchCsrf(fetch).flatMap(csrf -> write.apply(csrf));
    return attempt
        .get()
        .onFailure(e -> e instanceof WebApplicationException w && status(w) == 403)
        .recoverWithUni(
            e -> {
              Log.info("SAP refused the CSRF token (403); fetching a new one and retrying once");
              return attempt.get();
            });
  }

  private static Uni<Csrf> fetchCsrf(Function<String, Uni<Response>> fetch) {
    return fetch
        .apply("Fetch")
        .flatMap(
            response -> {
              String token = response.getHeaderString("X-CSRF-Token");
              if (token == null || token.isBlank()) {
                return Uni.createFrom()
                    .failure(new IllegalStateException("SAP returned no CSRF token"));
              }
              return Uni.createFrom().item(new Csrf(token, cookies(response)));
            });
  }

  /** The session cookies the token belongs to, as one Cookie header. */
  static String cookies(Response response) {
    List<String> setCookies = response.getStringHeaders().get("Set-Cookie");
    if (setCookies == null || setCookies.isEmpty()) {
      return null;
    }
    return setCookies.stream()
        .map(c -> c.split(";", 2)[0].strip())
        .collect(Collectors.joining("; "));
  }

  /** 404 and 400-class answers are outcomes, not outages; anything else stays a failure. */
  static Throwable expected(WebApplicationException e, String what) {
    int status = status(e);
    if (status == 404) {
      return new NotFoundException("No " + what + " in SAP S/4HANA");
    }
    if (status == 400 || status == 409 || status == 412 || status == 422) {
      return new PlatformRejectedException(
          "SAP S/4HANA rejected the request for " + what + ": " + sapMessage(e));
    }
    return e;
  }

  static int status(WebApplicationException e) {
    return e.getResponse() == null ? 0 : e.getResponse().getStatus();
  }

  /** SAP's error text from {@code {"error":{"message":{"value":"..."}}}}, when there is one. */
  private static String sapMessage(WebApplicationException e) {
    try {
      JsonNode error = e.getResponse().readEntity(JsonNode.class);
      String value = error.path("error").path("message").path("value").asText("");
      return value.isBlank() ? "HTTP " + status(e) : value;
    } catch (RuntimeException unreadable) {
      return "HTTP " + status(e);
    }
  }

  Uni<JsonNode> readUnavailable(String number) {
    return unavailable();
  }

  Uni<JsonNode> listUnavailable(String filter, int top, int skip) {
    return unavailable();
  }

  Uni<JsonNode> itemsUnavailable(String filter) {
    return unavailable();
  }

  Uni<JsonNode> createUnavailable(JsonNode body) {
    return unavailable();
  }

  Uni<JsonNode> openItemsUnavailable(String filter) {
    return unavailable();
  }

  Uni<Void> updateItemUnavailable(String number, String item, String etag, JsonNode body) {
    return unavailable();
  }

  Uni<Void> updateScheduleLineUnavailable(
      String number, String item, String line, String etag, JsonNode body) {
    return unavailable();
  }

  Uni<JsonNode> addItemUnavailable(String number, JsonNode body) {
    return unavailable();
  }

  private <T> Uni<T> unavailable() {
    return Uni.createFrom()
        .failure(
            new DownstreamUnavailableException(
                "SAP S/4HANA is unavailable; try again later", config.s4hana().retryAfter()));
  }
}
