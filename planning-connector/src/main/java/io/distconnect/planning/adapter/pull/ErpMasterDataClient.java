package io.distconnect.planning.adapter.pull;

import io.distconnect.planning.api.ItemRequest;
import io.distconnect.planning.api.LocationRequest;
import io.distconnect.planning.domain.DownstreamUnavailableException;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Fault-tolerant reads of the ERP's master data. Page reads are idempotent, so they are retried
 * with jitter; a breaker stops hammering an ERP that is down, and the fallback answers 503 with
 * Retry-After (the sync is simply run again; the cache keeps serving meanwhile). Every value can be
 * overridden with {@code quarkus.fault-tolerance."<class>/<method>".*}.
 */
@ApplicationScoped
public class ErpMasterDataClient {

  private final ErpRestClient erp;

  public ErpMasterDataClient(@RestClient ErpRestClient erp) {
    this.erp = erp;
  }

  @Timeout(value = 5, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 3, delay = 200, jitter = 100)
  @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
  @CircuitBreakerName("erp-items")
  @Fallback(fallbackMethod = "itemsUnavailable")
  public ErpPage<ItemRequest> items(int page, int size) {
    return erp.items(page, size);
  }

  @Timeout(value = 5, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 3, delay = 200, jitter = 100)
  @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
  @CircuitBreakerName("erp-locations")
  @Fallback(fallbackMethod = "locationsUnavailable")
  public ErpPage<LocationRequest> locations(int page, int size) {
    return erp.locations(page, size);
  }

  ErpPage<ItemRequest> itemsUnavailable(int page, int size, Throwable cause) {
    throw unavailable("items", cause);
  }

  ErpPage<LocationRequest> locationsUnavailable(int page, int size, Throwable cause) {
    throw unavailable("locations", cause);
  }

  private static DownstreamUnavailableException unavailable(String what, Throwable cause) {
    return new DownstreamUnavailableException(
        "The ERP's "
            + what
            + " cannot be read now ("
            + cause.getMessage()
            + "); try the sync again",
        Duration.ofSeconds(30));
  }
}
