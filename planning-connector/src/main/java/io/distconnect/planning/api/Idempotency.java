package io.distconnect.planning.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.distconnect.planning.domain.ConflictException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Implements the {@code Idempotency-Key} header of REST writes: the first request with a key runs
 * and its answer is stored in the same transaction as its effect; a repeat with the same key and
 * the same body gets the stored answer again (with {@code Idempotent-Replayed: true}); the same key
 * with a different body is a 409. The key is claimed with an insert before the work runs, so two
 * concurrent requests with one key serialise on the row lock instead of both running.
 */
@ApplicationScoped
public class Idempotency {

  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";

  private static final String CLAIM =
      "INSERT INTO idempotency_record (idempotency_key, operation, request_hash, status, created_at)"
          + " VALUES (:key, :operation, :hash, 0, now()) ON CONFLICT DO NOTHING";
  private static final String READ =
      "SELECT request_hash, status, location, body FROM idempotency_record"
          + " WHERE idempotency_key = :key AND operation = :operation";
  private static final String COMPLETE =
      "UPDATE idempotency_record SET status = :status, location = :location, body = :body"
          + " WHERE idempotency_key = :key AND operation = :operation";

  private final ObjectMapper json;

  public Idempotency(ObjectMapper json) {
    this.json = json;
  }

  /**
   * Runs {@code action} once per key. Must be called inside the transaction of the action's effect.
   */
  public Uni<Response> once(
      String key, String operation, Object request, Supplier<Uni<Response>> action) {
    if (key == null || key.isBlank()) {
      return action.get();
    }
    if (key.length() > 200) {
      return Uni.createFrom()
          .failure(new IllegalArgumentException("Idempotency-Key is longer than 200 characters"));
    }
    String hash = hash(request);
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(CLAIM)
                    .setParameter("key", key)
                    .setParameter("operation", operation)
                    .setParameter("hash", hash)
                    .executeUpdate()
                    .flatMap(
                        inserted ->
                            inserted == 1
                                ? action.get().call(r -> complete(key, operation, r))
                                : replay(key, operation, hash)));
  }

  private Uni<Void> complete(String key, String operation, Response response) {
    String body;
    try {
      body = response.getEntity() == null ? null : json.writeValueAsString(response.getEntity());
    } catch (JsonProcessingException e) {
      return Uni.createFrom().failure(e);
    }
    String location = response.getLocation() == null ? null : response.getLocation().toString();
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(COMPLETE)
                    .setParameter("status", response.getStatus())
                    .setParameter("location", location)
                    .setParameter("body", body)
                    .setParameter("key", key)
                    .setParameter("operation", operation)
                    .executeUpdate())
        .replaceWithVoid();
  }

  private Uni<Response> replay(String key, String operation, String hash) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(READ, Object[].class)
                    .setParameter("key", key)
                    .setParameter("operation", operation)
                    .getResultList())
        .map(rows -> toReplay(rows, hash));
  }

  private static Response toReplay(List<Object[]> rows, String hash) {
    Object[] row = rows.get(0);
    if (!hash.equals(row[0])) {
      throw new ConflictException("Idempotency-Key was already used with a different request body");
    }
    int status = ((Number) row[1]).intValue();
    if (status == 0) {
      throw new ConflictException("A request with this Idempotency-Key is still being processed");
    }
    Response.ResponseBuilder builder = Response.status(status).header(REPLAYED_HEADER, "true");
    if (row[2] != null) {
      builder.header(HttpHeaders.LOCATION, row[2]);
    }
    if (row[3] != null) {
      builder.entity(row[3]).type(MediaType.APPLICATION_JSON_TYPE);
    }
    return builder.build();
  }

  private String hash(Object request) {
    try {
      byte[] canonical = json.writeValueAsBytes(request);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot fingerprint the request", e);
    }
  }
}
