package io.distconnect.erp.adapter.s4hana;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The basic-authentication header of the SAP communication user, read from configuration on every
 * call so a rotated Secret takes effect without a restart. No default credentials exist.
 */
public final class S4HanaAuthorization {
  static final String USERNAME = "distconnect.erp.s4hana.username";
  static final String PASSWORD = "distconnect.erp.s4hana.password";

  private S4HanaAuthorization() {}

  /** Referenced by {@code @ClientHeaderParam} on the REST client. */
  public static String header() {
    Config config = ConfigProvider.getConfig();
    String user =
        config
            .getOptionalValue(USERNAME, String.class)
            .orElseThrow(() -> new IllegalStateException(USERNAME + " is not configured"));
    String password =
        config
            .getOptionalValue(PASSWORD, String.class)
            .orElseThrow(() -> new IllegalStateException(PASSWORD + " is not configured"));
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
