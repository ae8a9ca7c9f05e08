package io.distconnect.procurement.adapter.cxml;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.ArrayList;
import java.util.List;

/** cXML {@code OrderRequest}: the order (or its update) as the supplier receives it. */
@RegisterForReflection(
    targets = {
      CxmlOrderRequest.class,
      CxmlOrderRequest.Header.class,
      CxmlOrderRequest.Total.class,
      CxmlOrderRequest.ShipTo.class,
      CxmlOrderRequest.Address.class,
      CxmlOrderRequest.ItemOut.class,
      CxmlOrderRequest.ItemId.class,
      CxmlOrderRequest.ItemDetail.class,
      CxmlOrderRequest.UnitPrice.class
    })
public class CxmlOrderRequest {

  @JsonProperty("OrderRequestHeader")
  public Header header;

  @JsonProperty("ItemOut")
  public List<ItemOut> items = new ArrayList<>();

  /** Order number, date, type (new/update) and revision, total and ship-to. */
  public static class Header {
    @JacksonXmlProperty(isAttribute = true, localName = "orderID")
    public String orderId;

    @JacksonXmlProperty(isAttribute = true)
    public String orderDate;

    @JacksonXmlProperty(isAttribute = true)
    public String type;

    @JacksonXmlProperty(isAttribute = true)
    public Integer orderVersion;

    @JsonProperty("Total")
    public Total total;

    @JsonProperty("ShipTo")
    public ShipTo shipTo;
  }

  /** The order total. */
  public static class Total {
    @JsonProperty("Money")
    public CxmlDocument.Money money;
  }

  /** Where the goods go. */
  public static class ShipTo {
    @JsonProperty("Address")
    public Address address;
  }

  /** A ship-to address, identified by our location id. */
  public static class Address {
    @JacksonXmlProperty(isAttribute = true, localName = "addressID")
    public String addressId;

    @JsonProperty("Name")
    public CxmlDocument.Text name;
  }

  /** One order line. */
  public static class ItemOut {
    @JacksonXmlProperty(isAttribute = true)
    public String quantity;

    @JacksonXmlProperty(isAttribute = true)
    public Integer lineNumber;

    @JacksonXmlProperty(isAttribute = true)
    public String requestedDeliveryDate;

    @JsonProperty("ItemID")
    public ItemId itemId;

    @JsonProperty("ItemDetail")
    public ItemDetail detail;
  }

  /** The supplier's and our part numbers. */
  public static class ItemId {
    @JsonProperty("SupplierPartID")
    public String supplierPartId;

    @JsonProperty("BuyerPartID")
    public String buyerPartId;
  }

  /** Price, description and unit of a line. */
  public static class ItemDetail {
    @JsonProperty("UnitPrice")
    public UnitPrice unitPrice;

    @JsonProperty("Description")
    public CxmlDocument.Text description;

    @JsonProperty("UnitOfMeasure")
    public String unitOfMeasure;
  }

  /** Price per unit of measure. */
  public static class UnitPrice {
    @JsonProperty("Money")
    public CxmlDocument.Money money;
  }
}
