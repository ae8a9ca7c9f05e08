package io.distconnect.planning.domain;

/** Where a forecast publication is in its processing. */
public enum PublicationStatus {
  /** Rows are being read, validated and diffed. */
  RUNNING,
  /** Applied as a new version; its revisions are in the outbox. */
  COMPLETED,
  /** Same content as the cycle's current version: nothing applied, nothing published. */
  DUPLICATE,
  /** Too many bad rows (or none at all): nothing applied. */
  REJECTED,
  /** Could not be processed (unreadable file, infrastructure failure): nothing applied. */
  FAILED;

  public boolean finished() {
    return this != RUNNING;
  }
}
