package io.distconnect.planning.domain;

import java.util.List;
import java.util.UUID;

/** A synchronous publication had too many bad rows and was not applied (answered as 422). */
public class PublicationRejectedException extends RuntimeException {
  private final UUID publicationId;
  private final List<RowError> errors;

  public PublicationRejectedException(String message, UUID publicationId, List<RowError> errors) {
    super(message);
    this.publicationId = publicationId;
    this.errors = List.copyOf(errors);
  }

  public UUID publicationId() {
    return publicationId;
  }

  public List<RowError> errors() {
    return errors;
  }
}
