package io.distconnect.erp.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Which ERP this connector talks to, and how. */
@ConfigMapping(prefix = "distconnect.erp")
public interface ErpConfig {

  /** The adapter behind the ERP port: {@code embedded} (own tables) or {@code s4hana}. */
  @WithDefault("embedded")
  String adapter();

  /** Load the demo distributor into the embedded ERP at startup when its tables are empty. */
  @WithDefault("false")
  boolean seedDemo();

  /** SAP S/4HANA settings, used when {@code adapter=s4hana}. */
  S4Hana s4hana();

  /** SAP S/4HANA connection and organisational defaults. */
  interface S4Hana {
    /** Communication user for basic authentication; no default, comes from a Secret. */
    Optional<String> username();

    /** Its password; no default, comes from a Secret. */
    Optional<String> password();

    /** Company code new purchase orders are created in. */
    @WithDefault("1710")
    String companyCode();

    /** Purchasing organisation of new purchase orders. */
    @WithDefault("1710")
    String purchasingOrganization();

    /** Purchasing group of new purchase orders. */
    @WithDefault("001")
    String purchasingGroup();

    /** Purchase order type of new orders (NB = standard PO). */
    @WithDefault("NB")
    String purchaseOrderType();

    /** What Retry-After says when SAP is unavailable or the breaker is open. */
    @WithDefault("30s")
    Duration retryAfter();
  }
}
