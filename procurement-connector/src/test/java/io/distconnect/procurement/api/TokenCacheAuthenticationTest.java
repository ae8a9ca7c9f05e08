package io.distconnect.procurement.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.distconnect.procurement.config.VerifiedTokenCache;
import io.distconnect.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Bearer tokens through the verified-token cache over HTTP: a token is verified once however often
 * it is sent, and an expired, tampered or foreign token is a 401 whether or not a relative of it is
 * cached. The tokens carry the orchestrator's {@code service} role, the client the cache is for.
 */
@QuarkusTest
class TokenCacheAuthenticationTest {

  @Inject VerifiedTokenCache cache;

  // The orchestrator's read of purchase orders; buyer, integration-admin and service, not planner.
  private static final String PURCHASE_ORDERS = "/api/v1/purchase-orders";

  /**
   * A token signed with the test key pair, expiring when asked. test-support only hands out
   * one-hour tokens and keeps its key package-private, so the key is read reflectively (proposal: a
   * {@code TestTokens.token(subject, expiresAt, roles)} in test-support).
   */
  private static String token(Instant issuedAt, Instant expiresAt, String... roles) {
    try {
      Method keyPair = TestTokens.class.getDeclaredMethod("keyPair");
      keyPair.setAccessible(true);
      return Jwt.issuer(TestTokens.ISSUER)
          .subject("cache-test")
          .upn("cache-test")
          .groups(Set.of(roles))
          .issuedAt(issuedAt)
          .expiresAt(expiresAt)
          .sign(((KeyPair) keyPair.invoke(null)).getPrivate());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int status(String bearerToken) {
    return given()
        .header("Authorization", "Bearer " + bearerToken)
        .get(PURCHASE_ORDERS)
        .statusCode();
  }

  @Test
  void aValidTokenSentTwiceIsVerifiedOnce() {
    String token = TestTokens.token("cache-twice", Roles.SERVICE);
    long before = cache.verifications();

    assertThat(status(token)).isEqualTo(200);
    assertThat(status(token)).isEqualTo(200);

    assertThat(cache.verifications() - before).isEqualTo(1);
  }

  @Test
  void aCachedTokenKeepsItsRoles() {
    // A cached verification still goes through authorisation on every request: a planner may not
    // read purchase orders, the second time no more than the first.
    String token = TestTokens.token("cache-planner", Roles.PLANNER);
    long before = cache.verifications();

    assertThat(status(token)).isEqualTo(403);
    assertThat(status(token)).isEqualTo(403);

    assertThat(cache.verifications() - before).isEqualTo(1);
  }

  @Test
  void anExpiredTokenIs401() {
    Instant now = Instant.now();
    String expired = token(now.minusSeconds(120), now.minusSeconds(60), Roles.SERVICE);
    long before = cache.verifications();

    assertThat(status(expired)).isEqualTo(401);
    assertThat(status(expired)).isEqualTo(401);

    // Rejections are not remembered: both attempts went through full verification.
    assertThat(cache.verifications() - before).isEqualTo(2);
  }

  @Test
  void aCachedTokenStopsWorkingWhenItExpires() {
    // Whole seconds: exp has second granularity. At least two seconds of validity for two calls.
    Instant expiresAt = Instant.ofEpochSecond(Instant.now().getEpochSecond() + 3);
    String shortLived = token(Instant.now(), expiresAt, Roles.SERVICE);
    long before = cache.verifications();
    assertThat(status(shortLived)).isEqualTo(200);
    assertThat(status(shortLived)).isEqualTo(200);
    assertThat(cache.verifications() - before).isEqualTo(1);

    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> status(shortLived) == 401);

    assertThat(Instant.now()).isAfterOrEqualTo(expiresAt);
    // The cache stopped serving it: the 401 came from a fresh verification.
    assertThat(cache.verifications() - before).isGreaterThan(1);
  }

  @Test
  void aTamperedSignatureOfACachedTokenIs401() {
    String token = TestTokens.token("cache-tamper-sig", Roles.SERVICE);
    assertThat(status(token)).isEqualTo(200);

    int last = token.length() - 2; // not the final char, whose low bits base64url may ignore
    char flipped = token.charAt(last) == 'A' ? 'B' : 'A';
    String tampered = token.substring(0, last) + flipped + token.substring(last + 1);

    assertThat(status(tampered)).isEqualTo(401);
    assertThat(status(token)).isEqualTo(200);
  }

  @Test
  void aCachedTokenWithRaisedRolesIs401() {
    // A planner's token is forbidden here (403) and cached; the same token with the planner role
    // swapped for buyer would be allowed, so only the failed signature check stands in its way.
    String token = TestTokens.token("cache-tamper-claims", Roles.PLANNER);
    assertThat(status(token)).isEqualTo(403);

    String[] parts = token.split("\\.");
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    assertThat(claims).contains("\"planner\"");
    String raised =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                claims.replace("\"planner\"", "\"buyer\"").getBytes(StandardCharsets.UTF_8));

    assertThat(status(parts[0] + "." + raised + "." + parts[2])).isEqualTo(401);
  }

  @Test
  void aTokenFromAnotherKeyIs401() {
    String foreign = TestTokens.foreignBearer(Roles.SERVICE).substring("Bearer ".length());
    assertThat(status(foreign)).isEqualTo(401);
    assertThat(status(foreign)).isEqualTo(401);
  }
}
