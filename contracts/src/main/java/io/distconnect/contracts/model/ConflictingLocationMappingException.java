package io.distconnect.contracts.model;

/**
 * A location mapping that contradicts one already registered (one ERP plant mapped to two
 * locations, or one location given two plants). Refused rather than overwritten, because a silent
 * overwrite would send stock to the wrong place.
 */
public final class ConflictingLocationMappingException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public ConflictingLocationMappingException(String message) {
    super(message);
  }
}
