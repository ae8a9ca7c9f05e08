package io.distconnect.contracts.schema;

import io.distconnect.contracts.model.Checks;

/**
 * One way a payload breaks its event schema.
 *
 * @param pointer JSON Pointer (RFC 6901) to the offending value, {@code ""} for the whole document;
 *     for a missing required field it points at where the field should be ({@code "/quantity"}), so
 *     it can be reported as the offending field
 * @param keyword the schema keyword that failed ({@code required}, {@code type}, {@code pattern},
 *     {@code enum}...), or {@code json} when the bytes are not JSON at all
 * @param message readable explanation
 */
public record SchemaViolation(String pointer, String keyword, String message) {

  public SchemaViolation {
    Checks.required(pointer, "pointer");
    Checks.requireNonBlank(keyword, "keyword");
    Checks.requireNonBlank(message, "message");
  }

  @Override
  public String toString() {
    return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
  }
}
