package io.distconnect.procurement.adapter.cxml;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.ArrayList;
import java.util.List;

/**
 * cXML {@code ConfirmationRequest}: the supplier's answer to an order. The header type says {@code
 * accept} or {@code reject} for the whole order, or {@code detail}/{@code except} with one {@code
 * ConfirmationItem} per line whose {@code ConfirmationStatus} accepts, rejects or changes ({@code
 * detail}, {@code backordered}...) it with a promised quantity and delivery date.
 */
@RegisterForReflection(
    targets = {
      CxmlConfirmationRequest.class, CxmlConfirmationRequest.Header.class,
      CxmlConfirmationRequest.Item.class, CxmlConfirmationRequest.ItemStatus.class
    })
public class CxmlConfirmationRequest {

  @JsonProperty("ConfirmationHeader")
  public Header header;

  @JsonProperty("OrderReference")
  public CxmlDocument.OrderReference orderReference;

  @JsonProperty("ConfirmationItem")
  public List<Item> items = new ArrayList<>();

  /** Type of the answer, when it was made, and its id. */
  public static class Header {
    @JacksonXmlProperty(isAttribute = true)
    public String type;

    @JacksonXmlProperty(isAttribute = true)
    public String noticeDate;

    @JacksonXmlProperty(isAttribute = true, localName = "confirmID")
    public String confirmId;

    @JacksonXmlProperty(isAttribute = true)
    public String operation;
  }

  /** The answer for one order line. */
  public static class Item {
    @JacksonXmlProperty(isAttribute = true)
    public Integer lineNumber;

    @JacksonXmlProperty(isAttribute = true)
    public String quantity;

    @JsonProperty("UnitOfMeasure")
    public String unitOfMeasure;

    @JsonProperty("ConfirmationStatus")
    public List<ItemStatus> statuses = new ArrayList<>();
  }

  /** accept / reject / detail (changed) with the promised quantity and date. */
  public static class ItemStatus {
    @JacksonXmlProperty(isAttribute = true)
    public String type;

    @JacksonXmlProperty(isAttribute = true)
    public String quantity;

    @JacksonXmlProperty(isAttribute = true)
    public String deliveryDate;

    @JsonProperty("UnitOfMeasure")
    public String unitOfMeasure;

    @JsonProperty("Comments")
    public CxmlDocument.Text comments;
  }
}
