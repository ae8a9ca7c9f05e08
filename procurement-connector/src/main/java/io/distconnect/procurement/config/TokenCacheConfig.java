package io.distconnect.procurement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The cache of verified bearer tokens (see {@link VerifiedTokenCache}). */
@ConfigMapping(prefix = "distconnect.security.token-cache")
public interface TokenCacheConfig {

  /** Off: every request's token is verified again (RS256 costs ~0.2 ms of CPU per request). */
  @WithDefault("true")
  boolean enabled();

  /** Most tokens kept; least recently used ones go first. Bounds the memory the cache holds. */
  @WithDefault("10000")
  long maxSize();

  /**
   * Longest a verification is reused, however late the token expires. Bounds how long a token keeps
   * passing after its signing key was withdrawn from the identity provider's JWKS.
   */
  @WithDefault("5m")
  Duration maxTtl();

  /** Longer tokens are verified every time instead of cached, so an entry's size is bounded. */
  @WithDefault("8192")
  int maxTokenLength();
}
