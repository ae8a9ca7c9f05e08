package io.distconnect.orchestrator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Settings of the replenishment process. */
@ConfigMapping(prefix = "distconnect.orchestrator")
public interface OrchestratorConfig {

  /**
   * Bearer token (role {@code service}) sent on every call to erp- and procurement-connector. No
   * default: it comes from the environment or a Kubernetes Secret.
   */
  String serviceToken();

  /** The background worker that enriches, decides and updates the ERP. */
  Worker worker();

  /** Policy and decision settings: defaults, then per item category, then per location. */
  Policy policy();

  /** Background worker settings. */
  interface Worker {
    /** How often the worker looks for due cases (enrichment, parked retries, ERP updates). */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * How long the worker lingers after a wake-up before it claims, so that cases queued by events
     * arriving close together share one round (one stock read, one item read per item) instead of a
     * round each.
     */
    @WithDefault("50ms")
    Duration wakeDelay();

    /** Cases claimed per round at most (also the size of one batched stock read). */
    @WithDefault("100")
    int batchSize();

    /**
     * Cases of one round processed at the same time (each with its own session and database
     * connection while it writes, so keep it below the reactive pool's max-size). Most of a step is
     * waiting for the connectors' answers, so many more steps than cores pay off
     * (docs/benchmarks.md, end-to-end runs).
     */
    @WithDefault("16")
    int concurrency();

    /** How long a claimed case stays reserved for one replica. */
    @WithDefault("60s")
    Duration lease();

    /** Delay before the first retry of a parked case; doubled per attempt. */
    @WithDefault("5s")
    Duration backoffInitial();

    /** Longest delay between retries of a parked case. */
    @WithDefault("15m")
    Duration backoffMax();

    /** Attempts after which a parked case becomes a RETRIES_EXHAUSTED exception. */
    @WithDefault("12")
    int maxAttempts();
  }

  /** The defaults, and overrides by category and by location (region). */
  interface Policy {
    /** Relative forecast change that matters, e.g. 0.15 for ±15%. */
    @WithDefault("0.15")
    BigDecimal relativeThreshold();

    /** Absolute forecast change that matters, in the forecast's unit (0 = any). */
    @WithDefault("0")
    BigDecimal absoluteThreshold();

    /** Items never replenished automatically. */
    Optional<List<String>> blockedItems();

    /** Suppliers never ordered from automatically. */
    Optional<List<String>> blockedSuppliers();

    /** Planning horizon in days: d̄ is averaged over it; later periods are ignored. */
    @WithDefault("90")
    int horizonDays();

    /** Cycle service level for the safety stock. */
    @WithDefault("0.95")
    double serviceLevel();

    /** Coefficient of variation of daily demand (σ_d = cv · d̄). */
    @WithDefault("0.5")
    double demandCv();

    /** Cost of placing one order (S of the EOQ), in the contract currency. */
    @WithDefault("50")
    BigDecimal orderCost();

    /** Yearly holding cost as a fraction of unit cost (i; H = i · C). */
    @WithDefault("0.25")
    double holdingRate();

    /** Open POs due sooner than this many days are not amended. */
    @WithDefault("7")
    int amendMinDays();

    /** Open POs due within lead time + this many days are amended rather than ordering anew. */
    @WithDefault("14")
    int amendWindowDays();

    /** Largest automatic amendment as a fraction of the line. */
    @WithDefault("0.5")
    BigDecimal maxAmendIncrease();

    /** Largest order value that flows without manual review. */
    @WithDefault("25000")
    BigDecimal maxAutoOrderValue();

    /** Overrides per item category (the key is the category as planning sends it). */
    Map<String, Overrides> categories();

    /** Overrides per location id (region-level rules); they win over category overrides. */
    Map<String, Overrides> locations();
  }

  /** Any subset of the policy keys. */
  interface Overrides {
    Optional<BigDecimal> relativeThreshold();

    Optional<BigDecimal> absoluteThreshold();

    Optional<List<String>> blockedItems();

    Optional<List<String>> blockedSuppliers();

    Optional<Integer> horizonDays();

    Optional<Double> serviceLevel();

    Optional<Double> demandCv();

    Optional<BigDecimal> orderCost();

    Optional<Double> holdingRate();

    Optional<Integer> amendMinDays();

    Optional<Integer> amendWindowDays();

    Optional<BigDecimal> maxAmendIncrease();

    Optional<BigDecimal> maxAutoOrderValue();
  }
}
