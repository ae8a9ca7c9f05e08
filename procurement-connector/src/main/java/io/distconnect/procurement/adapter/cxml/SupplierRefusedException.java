package io.distconnect.procurement.adapter.cxml;

/**
 * The supplier answered with a cXML status that is not a success (4xx): sending the same document
 * again right away would get the same answer, so it is not retried immediately but parked.
 */
public class SupplierRefusedException extends RuntimeException {
  public SupplierRefusedException(String message) {
    super(message);
  }
}
