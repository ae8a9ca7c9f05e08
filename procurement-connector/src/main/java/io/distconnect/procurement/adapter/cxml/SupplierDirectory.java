package io.distconnect.procurement.adapter.cxml;

import io.distconnect.procurement.config.ProcurementConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Which suppliers are reached over cXML and with which shared secret. A supplier with an endpoint
 * is a real cXML supplier; every other supplier is played by the embedded simulator, which signs
 * with its own secret — configured, or generated at start so no secret ever sits in the code.
 */
@ApplicationScoped
public class SupplierDirectory {

  private final ProcurementConfig config;
  private final String simulatorSecret;

  public SupplierDirectory(ProcurementConfig config) {
    this.config = config;
    this.simulatorSecret =
        config.embeddedSupplier().sharedSecret().orElseGet(SupplierDirectory::randomSecret);
  }

  private static String randomSecret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The supplier's cXML endpoint; empty when the embedded simulator plays the supplier. */
  public Optional<String> endpoint(String supplierId) {
    ProcurementConfig.Supplier s = config.suppliers().get(supplierId);
    return s == null ? Optional.empty() : s.endpoint().filter(e -> !e.isBlank());
  }

  public boolean isEmbedded(String supplierId) {
    return endpoint(supplierId).isEmpty();
  }

  /** The secret both sides use for this supplier, if one is known. */
  public Optional<String> sharedSecret(String supplierId) {
    ProcurementConfig.Supplier s = config.suppliers().get(supplierId);
    if (s != null && s.sharedSecret().isPresent()) {
      return s.sharedSecret();
    }
    return isEmbedded(supplierId) ? Optional.of(simulatorSecret) : Optional.empty();
  }

  public String domain(String supplierId) {
    ProcurementConfig.Supplier s = config.suppliers().get(supplierId);
    return s == null ? "NetworkID" : s.domain();
  }

  /** Compares in constant time, so response timing does not leak how much of a guess matched. */
  public boolean authenticates(String supplierId, String presented) {
    if (supplierId == null || presented == null) {
      return false;
    }
    return sharedSecret(supplierId)
        .map(
            expected ->
                MessageDigest.isEqual(
                    expected.getBytes(StandardCharsets.UTF_8),
                    presented.getBytes(StandardCharsets.UTF_8)))
        .orElse(false);
  }

  public String buyerIdentity() {
    return config.buyerIdentity();
  }

  public String buyerDomain() {
    return config.buyerDomain();
  }
}
