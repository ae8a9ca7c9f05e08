package io.distconnect.procurement.adapter.cxml;

import com.ctc.wstx.stax.WstxInputFactory;
import com.ctc.wstx.stax.WstxOutputFactory;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.IOException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * Reads and writes cXML with an XML parser that cannot be used for XXE: DTDs are not processed (the
 * DOCTYPE real cXML carries is skipped, never fetched), external entities are off, and any attempt
 * to resolve an external resource fails. An entity the document declares for itself is therefore
 * undeclared for the parser, and the document is rejected as malformed.
 */
public final class CxmlXml {

  /** The DTD cXML 1.2 documents name; written out, never loaded. */
  public static final String DOCTYPE =
      "<!DOCTYPE cXML SYSTEM \"http://xml.cxml.org/schemas/cXML/1.2.014/cXML.dtd\">";

  private static final XmlMapper MAPPER = create();

  private CxmlXml() {}

  private static XmlMapper create() {
    XMLInputFactory input = new WstxInputFactory();
    input.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    input.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    input.setProperty(XMLInputFactory.IS_VALIDATING, false);
    input.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("External resource " + systemId + " is not allowed");
        });
    XmlFactory factory =
        XmlFactory.builder()
            .xmlInputFactory(input)
            .xmlOutputFactory(new WstxOutputFactory())
            .build();
    XmlMapper mapper =
        XmlMapper.builder(factory)
            .defaultUseWrapper(false)
            // Suppliers add elements we do not use (Extrinsic, Comments, Contact...).
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    return mapper;
  }

  /**
   * Parses a document in whatever encoding its XML declaration names.
   *
   * @throws MalformedCxmlException when it is not well-formed XML or not a cXML envelope
   */
  public static CxmlDocument read(byte[] body) {
    try {
      CxmlDocument doc = MAPPER.readValue(body, CxmlDocument.class);
      if (doc == null) {
        throw new MalformedCxmlException("Empty document", null);
      }
      return doc;
    } catch (IOException e) {
      throw new MalformedCxmlException(describe(e), e);
    }
  }

  /** Writes a document with XML declaration and the cXML DOCTYPE, in UTF-8. */
  public static String write(CxmlDocument doc) {
    try {
      return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + DOCTYPE
          + "\n"
          + MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cXML document could not be written", e);
    }
  }

  // The parser's message names the line and column; the Java exception class is noise for a
  // supplier's integration engineer.
  private static String describe(IOException e) {
    String message = e.getMessage() == null ? "unreadable" : e.getMessage();
    int cut = message.indexOf("\n at [Source");
    return "Not a well-formed cXML document: " + (cut > 0 ? message.substring(0, cut) : message);
  }
}
