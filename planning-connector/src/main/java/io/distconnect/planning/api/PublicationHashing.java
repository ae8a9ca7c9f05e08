package io.distconnect.planning.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The content hash of a JSON publication: SHA-256 of its cycle and its rows as canonical JSON. */
final class PublicationHashing {
  private PublicationHashing() {}

  static String hash(ObjectMapper json, PublicationRequest request) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((request.planningCycleId() + "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest(json.writeValueAsBytes(request.rows())));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot fingerprint the publication", e);
    }
  }
}
