package io.distconnect.procurement.adapter.cxml;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.ArrayList;
import java.util.List;

/**
 * The cXML 1.2 envelope ({@code cXML.dtd}): payloadID and timestamp, a Header with From, To and
 * Sender credentials, and either a Request or a Response. Only the elements distconnect uses are
 * bound; anything else a supplier sends (Extrinsic, Comments, ...) is ignored, not rejected.
 */
@JacksonXmlRootElement(localName = "cXML")
@RegisterForReflection(
    targets = {
      CxmlDocument.class,
      CxmlDocument.Header.class,
      CxmlDocument.Party.class,
      CxmlDocument.Sender.class,
      CxmlDocument.Credential.class,
      CxmlDocument.Request.class,
      CxmlDocument.Response.class,
      CxmlDocument.Status.class,
      CxmlDocument.Money.class,
      CxmlDocument.Text.class,
      CxmlDocument.OrderReference.class,
      CxmlDocument.DocumentReference.class
    })
public class CxmlDocument {

  static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  @JacksonXmlProperty(isAttribute = true, localName = "payloadID")
  public String payloadId;

  @JacksonXmlProperty(isAttribute = true)
  public String timestamp;

  @JacksonXmlProperty(isAttribute = true)
  public String version;

  @JacksonXmlProperty(isAttribute = true, localName = "lang", namespace = XML_NS)
  public String lang;

  @JsonProperty("Header")
  public Header header;

  @JsonProperty("Request")
  public Request request;

  @JsonProperty("Response")
  public Response response;

  /** Who sends, to whom, and who relays (with the shared secret). */
  public static class Header {
    @JsonProperty("From")
    public Party from;

    @JsonProperty("To")
    public Party to;

    @JsonProperty("Sender")
    public Sender sender;
  }

  /** From or To: one or more credentials naming the party. */
  public static class Party {
    @JsonProperty("Credential")
    public List<Credential> credentials = new ArrayList<>();

    public static Party of(String domain, String identity) {
      Party p = new Party();
      p.credentials.add(Credential.of(domain, identity, null));
      return p;
    }

    /** The first identity, stripped; null when none. */
    public String identity() {
      return credentials.stream()
          .map(c -> c.identity == null ? null : c.identity.strip())
          .filter(i -> i != null && !i.isEmpty())
          .findFirst()
          .orElse(null);
    }
  }

  /** The authenticating party: its credential carries the SharedSecret. */
  public static class Sender {
    @JsonProperty("Credential")
    public List<Credential> credentials = new ArrayList<>();

    @JsonProperty("UserAgent")
    public String userAgent;

    /** The first shared secret (not stripped: a secret's spaces are part of it). */
    public String sharedSecret() {
      return credentials.stream()
          .map(c -> c.sharedSecret)
          .filter(s -> s != null)
          .findFirst()
          .orElse(null);
    }
  }

  /** A credential: domain, identity and optionally the shared secret. */
  public static class Credential {
    @JacksonXmlProperty(isAttribute = true)
    public String domain;

    @JsonProperty("Identity")
    public String identity;

    @JsonProperty("SharedSecret")
    public String sharedSecret;

    public static Credential of(String domain, String identity, String secret) {
      Credential c = new Credential();
      c.domain = domain;
      c.identity = identity;
      c.sharedSecret = secret;
      return c;
    }
  }

  /** The request body: exactly one of the documents. */
  public static class Request {
    @JacksonXmlProperty(isAttribute = true)
    public String deploymentMode;

    @JsonProperty("OrderRequest")
    public CxmlOrderRequest orderRequest;

    @JsonProperty("ConfirmationRequest")
    public CxmlConfirmationRequest confirmationRequest;

    @JsonProperty("ShipNoticeRequest")
    public CxmlShipNoticeRequest shipNoticeRequest;
  }

  /** The answer to a request. */
  public static class Response {
    @JsonProperty("Status")
    public Status status;
  }

  /** cXML status: an HTTP-like code, its text, and an optional explanation as content. */
  public static class Status {
    @JacksonXmlProperty(isAttribute = true)
    public Integer code;

    @JacksonXmlProperty(isAttribute = true)
    public String text;

    @JacksonXmlText public String detail;
  }

  /** An amount with its currency. */
  public static class Money {
    @JacksonXmlProperty(isAttribute = true)
    public String currency;

    @JacksonXmlText public String amount;

    public static Money of(String currency, String amount) {
      Money m = new Money();
      m.currency = currency;
      m.amount = amount;
      return m;
    }
  }

  /** Text with the optional attributes cXML puts on it (xml:lang, domain). */
  public static class Text {
    @JacksonXmlProperty(isAttribute = true, localName = "lang", namespace = XML_NS)
    public String lang;

    @JacksonXmlProperty(isAttribute = true)
    public String domain;

    @JacksonXmlText public String value;

    public static Text of(String lang, String value) {
      Text t = new Text();
      t.lang = lang;
      t.value = value;
      return t;
    }

    public String stripped() {
      return value == null ? null : value.strip();
    }
  }

  /** The order a document refers to. */
  public static class OrderReference {
    @JacksonXmlProperty(isAttribute = true, localName = "orderID")
    public String orderId;

    @JacksonXmlProperty(isAttribute = true)
    public String orderDate;

    @JsonProperty("DocumentReference")
    public DocumentReference documentReference;
  }

  /** The payloadID of the document referred to. */
  public static class DocumentReference {
    @JacksonXmlProperty(isAttribute = true, localName = "payloadID")
    public String payloadId;
  }
}
