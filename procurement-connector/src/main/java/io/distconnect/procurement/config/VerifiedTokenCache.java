package io.distconnect.procurement.config;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers bearer tokens that passed verification until they expire, so a client that sends the
 * same token many times (the orchestrator's service token, a buyer's UI session) pays for the RS256
 * signature check once instead of on every request. Here the orchestrator is the main sender: in a
 * profile of the end-to-end benchmark, re-verifying its service token on every REST call took about
 * 3% of this service's CPU (on erp-connector's read path the same check cost about three quarters
 * of the plain HTTP throughput, docs/benchmarks.md). Same design as erp-connector's copy.
 *
 * <p>Why this hook: Quarkus' smallrye-jwt {@code MpJwtValidator} turns a bearer token into a {@code
 * SecurityIdentity} by calling {@link JWTParser#parse(String)}. Replacing that parser (a CDI
 * alternative wrapping smallrye's {@link DefaultJWTParser}) keeps everything else of the supported
 * path — the auth mechanism, 401 challenges, roles from {@code groups}, a fresh identity per
 * request — and caches only the verified token. Caching the {@code SecurityIdentity} instead would
 * be wrong: it carries the request's routing context.
 *
 * <p>Safety: the key is the raw token string, so any change to header, claims or signature is a
 * different key and is verified in full; only successful verifications are stored; an entry is
 * never served at or after the token's {@code exp} (stricter than the verifier, which allows the
 * configured clock skew), nor later than {@code max-ttl} after it was verified; the cache holds at
 * most {@code max-size} tokens of at most {@code max-token-length} characters.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements JWTParser {

  private final JWTParser verifier;
  private final boolean enabled;
  private final int maxTokenLength;
  private final LongSupplier nowMillis;
  private final Cache<String, JsonWebToken> verified;
  private final LongAdder verifications = new LongAdder();

  @Inject
  VerifiedTokenCache(DefaultJWTParser verifier, TokenCacheConfig config, MeterRegistry registry) {
    this(verifier, config, System::currentTimeMillis, ForkJoinPool.commonPool());
    CaffeineCacheMetrics.monitor(registry, verified, "verified-bearer-tokens");
  }

  /** For tests: a clock in epoch milliseconds and the executor Caffeine's maintenance runs on. */
  VerifiedTokenCache(
      JWTParser verifier, TokenCacheConfig config, LongSupplier nowMillis, Executor maintenance) {
    this.verifier = verifier;
    this.enabled = config.enabled();
    this.maxTokenLength = config.maxTokenLength();
    this.nowMillis = nowMillis;
    long maxTtlNanos = config.maxTtl().toNanos();
    this.verified =
        Caffeine.newBuilder()
            .maximumSize(config.maxSize())
            .ticker(() -> TimeUnit.MILLISECONDS.toNanos(nowMillis.getAsLong()))
            .executor(maintenance)
            .expireAfter(
                Expiry.creating(
                    (String token, JsonWebToken jwt) ->
                        Duration.ofNanos(
                            Math.max(0, Math.min(maxTtlNanos, nanosUntilExpiry(jwt))))))
            .recordStats()
            .build();
  }

  /** How many tokens were verified in full (cache misses), for tests and diagnostics. */
  public long verifications() {
    return verifications.sum();
  }

  /** Tokens held now, after pending evictions ran. */
  long size() {
    verified.cleanUp();
    return verified.estimatedSize();
  }

  @Override
  public JsonWebToken parse(String token) throws ParseException {
    if (!enabled || token.length() > maxTokenLength) {
      return verify(token);
    }
    JsonWebToken known = verified.getIfPresent(token);
    // Caffeine already drops an entry at its expiry; checking exp here as well keeps "never an
    // expired token" independent of how the cache evicts.
    if (known != null && unexpired(known)) {
      return known;
    }
    JsonWebToken jwt = verify(token);
    if (unexpired(jwt)) {
      verified.put(token, jwt);
    }
    return jwt;
  }

  private JsonWebToken verify(String token) throws ParseException {
    verifications.increment();
    return verifier.parse(token);
  }

  private boolean unexpired(JsonWebToken jwt) {
    return nanosUntilExpiry(jwt) > 0;
  }

  /** Nanoseconds until {@code exp}; zero or less when expired or when the token has no exp. */
  private long nanosUntilExpiry(JsonWebToken jwt) {
    // getExpirationTime() unboxes and so throws on a token without exp: read the claim itself.
    Object claim = jwt.getClaim(Claims.exp.name());
    if (!(claim instanceof Number number) || number.longValue() <= 0) {
      return 0;
    }
    long exp = number.longValue();
    return TimeUnit.MILLISECONDS.toNanos(TimeUnit.SECONDS.toMillis(exp) - nowMillis.getAsLong());
  }

  // Everything else is used by application code that verifies tokens itself, never by request
  // authentication: it goes to smallrye's parser unchanged and uncached.

  @Override
  public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
    return verifier.parse(token, context);
  }

  @Override
  public JsonWebToken verify(String token, PublicKey key) throws ParseException {
    return verifier.verify(token, key);
  }

  @Override
  public JsonWebToken verify(String token, SecretKey key) throws ParseException {
    return verifier.verify(token, key);
  }

  @Override
  public JsonWebToken verify(String token, String secret) throws ParseException {
    return verifier.verify(token, secret);
  }

  @Override
  public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
    return verifier.decrypt(token, key);
  }

  @Override
  public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
    return verifier.decrypt(token, key);
  }

  @Override
  public JsonWebToken decrypt(String token, String secret) throws ParseException {
    return verifier.decrypt(token, secret);
  }

  @Override
  public JsonWebToken parseOnly(String token) throws ParseException {
    return verifier.parseOnly(token);
  }
}
