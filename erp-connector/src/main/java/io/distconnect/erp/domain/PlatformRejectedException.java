package io.distconnect.erp.domain;

/**
 * The ERP platform answered but refused the request on business grounds (SAP's 400 with a message
 * such as "Material X not maintained in plant 1710"); answered as 422 with the platform's words.
 */
public class PlatformRejectedException extends RuntimeException {
  public PlatformRejectedException(String message) {
    super(message);
  }
}
