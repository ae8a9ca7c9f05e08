package io.distconnect.procurement.adapter.cxml;

/** A body that is not well-formed XML, not cXML, or tries to use DTD features (answered 400). */
public class MalformedCxmlException extends RuntimeException {
  public MalformedCxmlException(String message, Throwable cause) {
    super(message, cause);
  }
}
