package io.distconnect.procurement.adapter.cxml;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.ArrayList;
import java.util.List;

/**
 * cXML {@code ShipNoticeRequest} (advance ship notice): shipment id and dates, carrier and tracking
 * number, and per order the lines and quantities shipped.
 */
@RegisterForReflection(
    targets = {
      CxmlShipNoticeRequest.class, CxmlShipNoticeRequest.Header.class,
      CxmlShipNoticeRequest.ShipControl.class, CxmlShipNoticeRequest.Portion.class,
      CxmlShipNoticeRequest.Item.class
    })
public class CxmlShipNoticeRequest {

  @JsonProperty("ShipNoticeHeader")
  public Header header;

  @JsonProperty("ShipControl")
  public ShipControl shipControl;

  @JsonProperty("ShipNoticePortion")
  public List<Portion> portions = new ArrayList<>();

  /** Shipment id and its dates. */
  public static class Header {
    @JacksonXmlProperty(isAttribute = true, localName = "shipmentID")
    public String shipmentId;

    @JacksonXmlProperty(isAttribute = true)
    public String noticeDate;

    @JacksonXmlProperty(isAttribute = true)
    public String shipmentDate;

    @JacksonXmlProperty(isAttribute = true)
    public String deliveryDate;

    @JacksonXmlProperty(isAttribute = true)
    public String operation;
  }

  /** Carrier and tracking number. */
  public static class ShipControl {
    @JsonProperty("CarrierIdentifier")
    public List<CxmlDocument.Text> carriers = new ArrayList<>();

    @JsonProperty("ShipmentIdentifier")
    public CxmlDocument.Text shipmentIdentifier;
  }

  /** What the shipment carries for one order. */
  public static class Portion {
    @JsonProperty("OrderReference")
    public CxmlDocument.OrderReference orderReference;

    @JsonProperty("ShipNoticeItem")
    public List<Item> items = new ArrayList<>();
  }

  /** One shipped line. */
  public static class Item {
    @JacksonXmlProperty(isAttribute = true)
    public Integer lineNumber;

    @JacksonXmlProperty(isAttribute = true)
    public String quantity;

    @JsonProperty("UnitOfMeasure")
    public String unitOfMeasure;
  }
}
