package io.distconnect.planning.domain;

/** How a publication reached the service. */
public enum PublicationChannel {
  JSON,
  CSV,
  DROP_FOLDER,
  PULL
}
