package io.distconnect.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Base64;
import java.util.Map;

/**
 * Makes the application verify bearer tokens signed by {@link TestTokens}' key pair, which is
 * generated per test JVM so no key is ever committed.
 */
public class JwtResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    String publicKey =
        Base64.getEncoder().encodeToString(TestTokens.keyPair().getPublic().getEncoded());
    return Map.of("mp.jwt.verify.publickey", publicKey, "mp.jwt.verify.issuer", TestTokens.ISSUER);
  }

  @Override
  public void stop() {}
}
