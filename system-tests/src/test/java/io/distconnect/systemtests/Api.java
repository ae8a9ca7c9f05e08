package io.distconnect.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** The services' REST APIs as a client sees them: bearer token, JSON in and out. */
final class Api {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A response: status and the JSON body (null when empty or not JSON). */
  record Reply(int status, JsonNode body, String raw) {}

  private Api() {}

  static JsonNode get(String url, String bearer) {
    Reply r = send(HttpRequest.newBuilder(URI.create(url)).GET(), bearer);
    if (r.status() != 200) {
      throw new AssertionError("GET " + url + " answered " + r.status() + ": " + r.raw());
    }
    return r.body();
  }

  static int status(String url, String bearer) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET(), bearer).status();
  }

  static Reply post(String url, String bearer, Object body) {
    try {
      return send(
          HttpRequest.newBuilder(URI.create(url))
              .header("Content-Type", "application/json")
              .header("Idempotency-Key", UUID.randomUUID().toString())
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))),
          bearer);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static Reply send(HttpRequest.Builder request, String bearer) {
    try {
      HttpResponse<String> r =
          HTTP.send(
              request
                  .header("Authorization", bearer)
                  .header("Accept", "application/json")
                  .timeout(Duration.ofSeconds(60))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode body = null;
      if (!r.body().isBlank()) {
        try {
          body = JSON.readTree(r.body());
        } catch (IOException notJson) {
          body = null;
        }
      }
      return new Reply(r.statusCode(), body, r.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
