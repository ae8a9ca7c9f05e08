package io.distconnect.contracts.model;

/** A location code with no mapping: the message names the platform and the code. */
public final class UnknownLocationCodeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final Platform platform;
  private final String code;

  /**
   * @param platform the platform whose code was unknown, or null for a canonical code
   */
  public UnknownLocationCodeException(Platform platform, String code, String detail) {
    super(
        (platform == null
                ? "Unknown canonical location code '"
                : "Unknown " + platform + " location code '")
            + code
            + "'"
            + (detail == null ? "" : ": " + detail));
    this.platform = platform;
    this.code = code;
  }

  /** The platform the code came from; null when it was a canonical code. */
  public Platform platform() {
    return platform;
  }

  public String code() {
    return code;
  }
}
