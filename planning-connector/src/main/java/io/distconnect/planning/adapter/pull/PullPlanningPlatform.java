package io.distconnect.planning.adapter.pull;

import io.distconnect.planning.config.PullConfig;
import io.distconnect.planning.domain.DownstreamUnavailableException;
import io.distconnect.planning.domain.NotFoundException;
import io.distconnect.planning.domain.PlanningPlatform;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Fetches a planning cycle's CSV export from the platform's URL, streamed straight to a file (an
 * export of a million rows never sits in memory). A GET is idempotent, so it is retried with
 * jitter; a breaker and a fallback answer 503 with Retry-After while the platform is down, and the
 * pull is simply asked for again.
 */
@ApplicationScoped
@LookupIfProperty(name = "distconnect.planning.platform.adapter", stringValue = "pull")
public class PullPlanningPlatform implements PlanningPlatform {

  private final PullConfig config;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public PullPlanningPlatform(PullConfig config) {
    this.config = config;
  }

  @Override
  @Timeout(value = 120, unit = ChronoUnit.SECONDS)
  @Retry(
      maxRetries = 3,
      delay = 500,
      jitter = 250,
      abortOn = {IllegalArgumentException.class, NotFoundException.class})
  @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30_000)
  @Fallback(
      fallbackMethod = "unavailable",
      skipOn = {IllegalArgumentException.class, NotFoundException.class})
  public String fetchExport(String cycleId, Path target) throws IOException {
    String template =
        config
            .exportUrl()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "distconnect.planning.platform.export-url is not configured"));
    URI uri =
        URI.create(template.replace("{cycle}", URLEncoder.encode(cycleId, StandardCharsets.UTF_8)));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().header("Accept", "text/csv");
    config
        .token()
        .filter(t -> !t.isBlank())
        .ifPresent(t -> request.header("Authorization", "Bearer " + t));
    HttpResponse<Path> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofFile(target));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while fetching " + uri);
    }
    if (response.statusCode() == 404) {
      throw new NotFoundException("The planning platform has no export for cycle " + cycleId);
    }
    if (response.statusCode() != 200) {
      throw new IOException("The planning platform answered " + response.statusCode());
    }
    return config.mapping();
  }

  String unavailable(String cycleId, Path target, Throwable cause) {
    throw new DownstreamUnavailableException(
        "The planning platform's export cannot be fetched now (" + cause.getMessage() + ")",
        Duration.ofSeconds(60));
  }
}
