package io.distconnect.procurement.adapter.cxml;

import io.distconnect.procurement.config.ProcurementConfig;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Timeout, retry and circuit breaker around the POSTs to one supplier — one guard per supplier, so
 * a supplier that is down opens only its own breaker and the others keep receiving orders. The
 * annotation-based breaker this replaces was one per method, shared by every supplier.
 *
 * <p>A supplier's 4xx answer ({@link SupplierRefusedException}) is neither retried nor counted
 * against the breaker: the supplier is up and said no.
 */
@ApplicationScoped
public class SupplierGuards {

  /** Prefix of the breakers' names, e.g. for {@code CircuitBreakerMaintenance}. */
  public static final String BREAKER_PREFIX = "supplier-order-requests:";

  private static final TypeLiteral<Uni<Void>> UNI_VOID = new TypeLiteral<>() {};

  private final ProcurementConfig.Client config;
  private final Map<String, TypedGuard<Uni<Void>>> guards = new ConcurrentHashMap<>();

  public SupplierGuards(ProcurementConfig config) {
    this.config = config.delivery().client();
  }

  /** The breaker name of a supplier. */
  public static String breakerName(String supplierId) {
    return BREAKER_PREFIX + supplierId;
  }

  /** Runs the POST (subscribed lazily, once per try) under the supplier's own guard. */
  public Uni<Void> call(String supplierId, java.util.function.Supplier<Uni<Void>> post) {
    return guards.computeIfAbsent(supplierId, this::create).get(post);
  }

  private TypedGuard<Uni<Void>> create(String supplierId) {
    return TypedGuard.create(UNI_VOID)
        .withDescription("cXML OrderRequest to " + supplierId)
        .withTimeout()
        .duration(config.timeout().toMillis(), ChronoUnit.MILLIS)
        .done()
        .withRetry()
        .maxRetries(config.retries())
        .delay(config.retryDelay().toMillis(), ChronoUnit.MILLIS)
        .jitter(config.retryJitter().toMillis(), ChronoUnit.MILLIS)
        .abortOn(SupplierRefusedException.class)
        .done()
        .withCircuitBreaker()
        .name(breakerName(supplierId))
        .requestVolumeThreshold(config.breakerRequestVolume())
        .failureRatio(config.breakerFailureRatio())
        .delay(config.breakerDelay().toMillis(), ChronoUnit.MILLIS)
        .skipOn(SupplierRefusedException.class)
        .done()
        .build();
  }
}
