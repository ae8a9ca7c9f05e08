package io.distconnect.planning.domain;

import java.util.List;
import java.util.UUID;

/** How a publication ended; {@code errors} holds the first reported row errors. */
public record PublicationResult(
    PublicationStatus status,
    Integer version,
    UUID duplicateOf,
    long rowsRead,
    long rowsAccepted,
    long rowsRejected,
    long revisionsDetected,
    long revisionsEmitted,
    String detail,
    List<RowError> errors) {

  public static PublicationResult failed(String detail, long rowsRead) {
    return new PublicationResult(
        PublicationStatus.FAILED, null, null, rowsRead, 0, 0, 0, 0, detail, List.of());
  }
}
