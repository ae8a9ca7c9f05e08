package io.distconnect.procurement.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * The cache's rules on a controlled clock: one verification per token, never past exp or max-ttl,
 * failures never stored, bounded size. The end-to-end behaviour (401s over HTTP) is in {@code
 * TokenCacheAuthenticationTest}.
 */
class VerifiedTokenCacheTest {

  private static final long T0 = 1_800_000_000_000L; // epoch ms, a whole second

  private final AtomicLong now = new AtomicLong(T0);
  private final FakeVerifier verifier = new FakeVerifier();

  private VerifiedTokenCache cache(boolean enabled, long maxSize, Duration maxTtl, int maxLength) {
    TokenCacheConfig config =
        new TokenCacheConfig() {
          @Override
          public boolean enabled() {
            return enabled;
          }

          @Override
          public long maxSize() {
            return maxSize;
          }

          @Override
          public Duration maxTtl() {
            return maxTtl;
          }

          @Override
          public int maxTokenLength() {
            return maxLength;
          }
        };
    // Maintenance on the calling thread, so evictions are visible right after cleanUp().
    return new VerifiedTokenCache(verifier, config, now::get, Runnable::run);
  }

  private VerifiedTokenCache cache() {
    return cache(true, 100, Duration.ofMinutes(5), 8192);
  }

  @Test
  void aValidTokenIsVerifiedOnceAndThenServedFromTheCache() throws ParseException {
    VerifiedTokenCache cache = cache();
    verifier.issue("t1", T0 / 1000 + 3600);

    JsonWebToken first = cache.parse("t1");
    JsonWebToken second = cache.parse("t1");

    assertThat(second).isSameAs(first);
    assertThat(verifier.calls("t1")).isEqualTo(1);
    assertThat(cache.verifications()).isEqualTo(1);
  }

  @Test
  void anyOtherStringIsVerifiedInFull() throws ParseException {
    VerifiedTokenCache cache = cache();
    verifier.issue("t1", T0 / 1000 + 3600);
    cache.parse("t1");

    assertThatThrownBy(() -> cache.parse("t1x")).isInstanceOf(ParseException.class);
    assertThatThrownBy(() -> cache.parse("t1x")).isInstanceOf(ParseException.class);

    // A rejected token is never remembered: each attempt is verified again.
    assertThat(verifier.calls("t1x")).isEqualTo(2);
  }

  @Test
  void aCachedTokenIsNotServedAtOrAfterItsExpiry() throws ParseException {
    VerifiedTokenCache cache = cache();
    long exp = T0 / 1000 + 10;
    verifier.issue("t1", exp);
    cache.parse("t1");

    now.set(exp * 1000 - 1);
    cache.parse("t1");
    assertThat(verifier.calls("t1")).isEqualTo(1);

    now.set(exp * 1000);
    assertThatThrownBy(() -> cache.parse("t1"))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("expired");
    assertThat(verifier.calls("t1")).isEqualTo(2);
  }

  @Test
  void maxTtlBoundsTheReuseOfALongLivedToken() throws ParseException {
    VerifiedTokenCache cache = cache(true, 100, Duration.ofMinutes(5), 8192);
    verifier.issue("t1", T0 / 1000 + 86_400);
    cache.parse("t1");

    now.addAndGet(Duration.ofMinutes(5).toMillis() - 1);
    cache.parse("t1");
    assertThat(verifier.calls("t1")).isEqualTo(1);

    now.addAndGet(1);
    cache.parse("t1");
    assertThat(verifier.calls("t1")).isEqualTo(2);
  }

  @Test
  void aTokenWithoutExpiryIsNeverCached() throws ParseException {
    VerifiedTokenCache cache = cache();
    verifier.issue("t1", 0);

    cache.parse("t1");
    cache.parse("t1");

    assertThat(verifier.calls("t1")).isEqualTo(2);
    assertThat(cache.size()).isZero();
  }

  @Test
  void theCacheHoldsAtMostMaxSizeTokens() throws ParseException {
    VerifiedTokenCache cache = cache(true, 3, Duration.ofMinutes(5), 8192);
    for (int i = 0; i < 50; i++) {
      verifier.issue("t" + i, T0 / 1000 + 3600);
      cache.parse("t" + i);
    }
    assertThat(cache.size()).isLessThanOrEqualTo(3);
  }

  @Test
  void overlongTokensAreVerifiedEveryTime() throws ParseException {
    VerifiedTokenCache cache = cache(true, 100, Duration.ofMinutes(5), 10);
    String longToken = "t".repeat(11);
    verifier.issue(longToken, T0 / 1000 + 3600);

    cache.parse(longToken);
    cache.parse(longToken);

    assertThat(verifier.calls(longToken)).isEqualTo(2);
  }

  @Test
  void disabledMeansEveryRequestIsVerified() throws ParseException {
    VerifiedTokenCache cache = cache(false, 100, Duration.ofMinutes(5), 8192);
    verifier.issue("t1", T0 / 1000 + 3600);

    cache.parse("t1");
    cache.parse("t1");

    assertThat(verifier.calls("t1")).isEqualTo(2);
  }

  /**
   * Stands in for smallrye's parser: knows the tokens it "signed" and, like the real one, rejects
   * unknown strings and tokens at or past their exp.
   */
  private final class FakeVerifier implements JWTParser {
    private final Map<String, Long> issued = new HashMap<>();
    private final Map<String, Integer> calls = new HashMap<>();

    void issue(String token, long exp) {
      issued.put(token, exp);
    }

    int calls(String token) {
      return calls.getOrDefault(token, 0);
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
      calls.merge(token, 1, Integer::sum);
      Long exp = issued.get(token);
      if (exp == null) {
        throw new ParseException("bad signature");
      }
      if (exp > 0 && now.get() >= exp * 1000) {
        throw new ParseException("token expired");
      }
      return new FakeJwt(token, exp);
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) {
      throw new UnsupportedOperationException();
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) {
      throw new UnsupportedOperationException();
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) {
      throw new UnsupportedOperationException();
    }

    @Override
    public JsonWebToken verify(String token, String secret) {
      throw new UnsupportedOperationException();
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) {
      throw new UnsupportedOperationException();
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) {
      throw new UnsupportedOperationException();
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) {
      throw new UnsupportedOperationException();
    }

    @Override
    public JsonWebToken parseOnly(String token) {
      throw new UnsupportedOperationException();
    }
  }

  private record FakeJwt(String raw, long exp) implements JsonWebToken {
    @Override
    public String getName() {
      return "user";
    }

    @Override
    public Set<String> getClaimNames() {
      return exp > 0 ? Set.of(Claims.raw_token.name(), Claims.exp.name()) : Set.of();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
      if (Claims.exp.name().equals(claimName)) {
        return exp > 0 ? (T) Long.valueOf(exp) : null;
      }
      return Claims.raw_token.name().equals(claimName) ? (T) raw : null;
    }
  }
}
