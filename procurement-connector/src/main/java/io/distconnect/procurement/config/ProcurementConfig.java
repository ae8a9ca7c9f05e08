package io.distconnect.procurement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sourcing, approval, supplier delivery and cXML settings of the procurement connector. */
@ConfigMapping(prefix = "distconnect.procurement")
public interface ProcurementConfig {

  /**
   * Suppliers reached over cXML, by supplier id; suppliers not listed use the embedded simulator.
   */
  Map<String, Supplier> suppliers();

  /** Our own identity in cXML headers (From and Sender credentials of outbound documents). */
  @WithDefault("distconnect")
  String buyerIdentity();

  /** Credential domain of our identity (NetworkID, DUNS, ...). */
  @WithDefault("NetworkID")
  String buyerDomain();

  /**
   * An open PO for the same supplier, item and location whose line is needed within this many days
   * of the new request is amended instead of issuing a new PO.
   */
  @WithDefault("P7D")
  Duration amendWindow();

  /**
   * Seed two demo supplier contracts for every item the ERP publishes that has none yet (local runs
   * only; env DISTCONNECT_PROCUREMENT_SEED_DEMO).
   */
  @WithDefault("false")
  boolean seedDemo();

  Approval approval();

  Delivery delivery();

  EmbeddedSupplier embeddedSupplier();

  /** One cXML supplier. */
  interface Supplier {
    /** URL the supplier receives OrderRequests on; absent = the embedded simulator plays it. */
    Optional<String> endpoint();

    /** Shared secret both sides put into Sender/Credential/SharedSecret; from env/Secret only. */
    Optional<String> sharedSecret();

    /** The supplier's credential domain in cXML (DUNS, NetworkID, ...). */
    @WithDefault("NetworkID")
    String domain();
  }

  /** Approval routing. */
  interface Approval {
    /**
     * Orders up to this value are approved automatically when no buyer group names the location.
     */
    @WithDefault("10000")
    BigDecimal defaultSpendLimit();

    /** Currency the spend limits are in; orders in another currency always need a buyer. */
    @WithDefault("EUR")
    String limitCurrency();

    /** Buyer groups (per region) with their own spend limit, by group name. */
    Map<String, BuyerGroup> buyerGroups();

    /** Pending approvals older than this are escalated. */
    @WithDefault("PT24H")
    Duration escalateAfter();

    /** How often pending approvals are checked for escalation. */
    @WithDefault("60s")
    String escalationCheck();
  }

  /** A buyer group: the locations it buys for and its automatic-approval limit. */
  interface BuyerGroup {
    /** Ship-to locations the group buys for. */
    List<String> locations();

    /** Orders up to this value are approved automatically. */
    BigDecimal spendLimit();
  }

  /** Delivery of OrderRequests to suppliers. */
  interface Delivery {
    /** How often the delivery queue is polled. */
    @WithDefault("1s")
    String poll();

    /** Attempts (each with the client's own retries) before a delivery is FAILED and shown. */
    @WithDefault("8")
    int maxAttempts();

    /** Wait before re-trying a parked delivery; doubled per attempt. */
    @WithDefault("PT30S")
    Duration backoff();

    /** Longest wait between attempts. */
    @WithDefault("PT1H")
    Duration maxBackoff();

    /** How one attempt talks to a cXML supplier; each supplier has its own circuit breaker. */
    Client client();
  }

  /** Fault tolerance of the POST to a supplier's cXML endpoint. */
  interface Client {
    /** Longest wait for one POST. */
    @WithDefault("PT10S")
    Duration timeout();

    /** Immediate re-tries of a failed POST within one attempt (the payloadID stays the same). */
    @WithDefault("2")
    int retries();

    @WithDefault("PT0.5S")
    Duration retryDelay();

    @WithDefault("PT0.25S")
    Duration retryJitter();

    /** Calls in the breaker's rolling window; it opens when enough of them failed. */
    @WithDefault("10")
    int breakerRequestVolume();

    @WithDefault("0.5")
    double breakerFailureRatio();

    /** How long an open breaker refuses calls before it lets a trial through. */
    @WithDefault("PT30S")
    Duration breakerDelay();
  }

  /** The supplier simulator used for suppliers without a cXML endpoint. */
  interface EmbeddedSupplier {
    /**
     * Share of orders (0-100, chosen per PO number) the simulator changes (promises each line a
     * week late).
     */
    @WithDefault("0")
    int changePercent();

    /** Share of orders (0-100, chosen per PO number) the simulator rejects. */
    @WithDefault("0")
    int rejectPercent();

    /** How long the simulator takes to confirm. */
    @WithDefault("PT1S")
    Duration delay();

    /**
     * Secret the simulator signs its confirmations with; when unset a random one is generated at
     * start, so no secret is ever committed.
     */
    Optional<String> sharedSecret();
  }
}
