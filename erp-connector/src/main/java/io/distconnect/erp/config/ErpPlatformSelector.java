package io.distconnect.erp.config;

import io.distconnect.erp.adapter.embedded.EmbeddedErpPlatform;
import io.distconnect.erp.adapter.s4hana.S4HanaErpPlatform;
import io.distconnect.erp.domain.ErpPlatform;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Picks the ERP adapter from {@code distconnect.erp.adapter} at startup; an unknown name or an
 * S/4HANA adapter without credentials stops the service instead of failing on the first call.
 */
@ApplicationScoped
public class ErpPlatformSelector {

  @Produces
  @ApplicationScoped
  ErpPlatform platform(
      ErpConfig config,
      Instance<EmbeddedErpPlatform> embedded,
      Instance<S4HanaErpPlatform> s4hana) {
    ErpPlatform chosen =
        switch (config.adapter()) {
          case "embedded" -> embedded.get();
          case "s4hana" -> {
            requireCredentials(config);
            yield s4hana.get();
          }
          default ->
              throw new IllegalStateException(
                  "distconnect.erp.adapter must be embedded or s4hana, not '"
                      + config.adapter()
                      + "'");
        };
    Log.infof("ERP adapter: %s", chosen.name());
    return chosen;
  }

  /** Resolves the adapter at startup, so a misconfiguration fails the deployment, not a call. */
  void verify(@Observes StartupEvent event, ErpPlatform platform) {
    platform.name();
  }

  private static void requireCredentials(ErpConfig config) {
    if (config.s4hana().username().isEmpty() || config.s4hana().password().isEmpty()) {
      throw new IllegalStateException(
          "The s4hana adapter needs distconnect.erp.s4hana.username and .password (from a Secret)");
    }
    if (ConfigProvider.getConfig()
        .getOptionalValue("quarkus.rest-client.s4hana.url", String.class)
        .isEmpty()) {
      throw new IllegalStateException("The s4hana adapter needs quarkus.rest-client.s4hana.url");
    }
  }
}
