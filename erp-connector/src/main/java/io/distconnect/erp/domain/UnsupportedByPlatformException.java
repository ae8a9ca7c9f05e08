package io.distconnect.erp.domain;

/**
 * The configured ERP adapter cannot do this operation (answered as 501): the embedded ERP does
 * everything, a real platform only what its API offers and this connector maps.
 */
public class UnsupportedByPlatformException extends RuntimeException {
  public UnsupportedByPlatformException(String message) {
    super(message);
  }
}
