package io.distconnect.procurement.adapter.cxml;

import java.time.Instant;
import java.util.UUID;

/** cXML Response documents with a Status, as answers to inbound requests. */
public final class CxmlResponses {

  private CxmlResponses() {}

  public static String response(int code, String detail) {
    CxmlDocument doc = new CxmlDocument();
    doc.payloadId = UUID.randomUUID() + "@distconnect";
    doc.timestamp = CxmlOrderRequestWriter.cxmlTime(Instant.now());
    doc.version = "1.2.014";
    doc.lang = "en-US";
    doc.response = new CxmlDocument.Response();
    doc.response.status = new CxmlDocument.Status();
    doc.response.status.code = code;
    doc.response.status.text = text(code);
    doc.response.status.detail = code == 200 ? null : detail;
    return CxmlXml.write(doc);
  }

  /** The status texts of the cXML specification. */
  static String text(int code) {
    return switch (code) {
      case 200 -> "OK";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 406 -> "Not Acceptable";
      case 409 -> "Conflict";
      default -> "Internal Server Error";
    };
  }
}
