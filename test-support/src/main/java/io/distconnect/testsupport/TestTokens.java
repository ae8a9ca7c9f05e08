package io.distconnect.testsupport;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Set;

/** Bearer tokens for tests, signed with a key pair generated once per JVM. */
public final class TestTokens {

  public static final String ISSUER = "https://distconnect.test/issuer";

  private static KeyPair keyPair;

  private TestTokens() {}

  static synchronized KeyPair keyPair() {
    if (keyPair == null) {
      try {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keyPair = generator.generateKeyPair();
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
    return keyPair;
  }

  /** A valid token for a user with the given roles (planner, buyer, integration-admin, service). */
  public static String token(String subject, String... roles) {
    return Jwt.issuer(ISSUER)
        .subject(subject)
        .upn(subject)
        .groups(Set.of(roles))
        .expiresIn(Duration.ofHours(1))
        .sign(keyPair().getPrivate());
  }

  /** {@code "Bearer <token>"} for a user named after its first role. */
  public static String bearer(String... roles) {
    return "Bearer " + token(roles.length == 0 ? "anonymous" : roles[0] + "-user", roles);
  }

  /** A token signed by a different key: must be rejected with 401. */
  public static String foreignBearer(String... roles) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return "Bearer "
          + Jwt.issuer(ISSUER)
              .subject("intruder")
              .groups(Set.of(roles))
              .expiresIn(Duration.ofHours(1))
              .sign(generator.generateKeyPair().getPrivate());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
