package io.distconnect.procurement.adapter.cxml;

import io.distconnect.contracts.model.AcknowledgmentAction;
import io.distconnect.contracts.model.AcknowledgmentLine;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.model.ShipmentLine;
import io.distconnect.contracts.model.ShipmentMilestone;
import io.distconnect.contracts.model.ShipmentStatus;
import io.distconnect.contracts.model.SupplierAcknowledgment;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.contracts.uom.UomCodeSystem;
import io.distconnect.procurement.domain.DocumentRejectedException;
import io.distconnect.procurement.domain.PurchaseOrderEntity;
import io.distconnect.procurement.domain.PurchaseOrderLineValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns parsed cXML documents into the canonical model. Anything a document leaves out that the
 * model needs is a 400; values the order must match (lines, units) are checked against it.
 */
final class CxmlDocumentMapper {

  private CxmlDocumentMapper() {}

  static SupplierAcknowledgment acknowledgment(
      CxmlConfirmationRequest c, String supplierId, PurchaseOrderEntity po) {
    if (c.header == null || c.header.type == null) {
      throw bad("ConfirmationRequest has no ConfirmationHeader type");
    }
    String headerType = c.header.type.strip().toLowerCase(Locale.ROOT);
    Instant noticed = instant(c.header.noticeDate, "ConfirmationHeader noticeDate");
    List<AcknowledgmentLine> lines = new ArrayList<>();
    if (c.items.isEmpty()) {
      if (!headerType.equals("accept") && !headerType.equals("reject")) {
        throw bad("ConfirmationRequest of type '" + headerType + "' needs ConfirmationItems");
      }
      // A whole-order answer applies to every line as ordered.
      for (PurchaseOrderLineValue l : po.lines) {
        lines.add(
            headerType.equals("accept")
                ? new AcknowledgmentLine(
                    l.lineNumber,
                    AcknowledgmentAction.ACCEPT,
                    new Quantity(l.quantity, UnitOfMeasure.parse(l.uom)),
                    l.needByDate,
                    null)
                : new AcknowledgmentLine(
                    l.lineNumber, AcknowledgmentAction.REJECT, null, null, null));
      }
    } else {
      for (CxmlConfirmationRequest.Item item : c.items) {
        lines.add(line(item, po));
      }
    }
    try {
      return new SupplierAcknowledgment(po.number, supplierId, noticed, lines);
    } catch (IllegalArgumentException e) {
      throw bad(e.getMessage());
    }
  }

  private static AcknowledgmentLine line(
      CxmlConfirmationRequest.Item item, PurchaseOrderEntity po) {
    if (item.lineNumber == null) {
      throw bad("ConfirmationItem without lineNumber");
    }
    PurchaseOrderLineValue ordered =
        po.line(item.lineNumber)
            .orElseThrow(
                () ->
                    new DocumentRejectedException(
                        406, "Order " + po.number + " has no line " + item.lineNumber));
    if (item.statuses.isEmpty() || item.statuses.get(0).type == null) {
      throw bad("ConfirmationItem " + item.lineNumber + " has no ConfirmationStatus type");
    }
    // A line may be split over several statuses; distconnect keeps one answer per line, the first.
    CxmlConfirmationRequest.ItemStatus status = item.statuses.get(0);
    String comment = status.comments == null ? null : status.comments.stripped();
    String type = status.type.strip().toLowerCase(Locale.ROOT);
    if (type.equals("reject")) {
      return new AcknowledgmentLine(
          item.lineNumber, AcknowledgmentAction.REJECT, null, null, comment);
    }
    String unitCode = status.unitOfMeasure != null ? status.unitOfMeasure : item.unitOfMeasure;
    UnitOfMeasure unit = unitCode == null ? UnitOfMeasure.parse(ordered.uom) : unit(unitCode);
    Quantity quantity =
        status.quantity == null
            ? new Quantity(ordered.quantity, UnitOfMeasure.parse(ordered.uom))
            : new Quantity(decimal(status.quantity, "ConfirmationStatus quantity"), unit);
    LocalDate date = status.deliveryDate == null ? ordered.needByDate : date(status.deliveryDate);
    boolean asOrdered =
        quantity.uom().code().equals(ordered.uom)
            && quantity.value().compareTo(ordered.quantity) == 0
            && date.equals(ordered.needByDate);
    // "accept" with other figures is still a change for the buyer; anything else (detail,
    // backordered, except) that happens to match the order is an acceptance.
    AcknowledgmentAction action =
        asOrdered ? AcknowledgmentAction.ACCEPT : AcknowledgmentAction.CHANGE;
    return new AcknowledgmentLine(item.lineNumber, action, quantity, date, comment);
  }

  static ShipmentMilestone shipment(CxmlShipNoticeRequest s, List<PurchaseOrderEntity> orders) {
    if (s.header == null || blank(s.header.shipmentId)) {
      throw bad("ShipNoticeRequest has no ShipNoticeHeader shipmentID");
    }
    if (s.portions.isEmpty()) {
      throw bad("ShipNoticeRequest has no ShipNoticePortion");
    }
    String carrier =
        s.shipControl == null
            ? null
            : s.shipControl.carriers.stream()
                .map(CxmlDocument.Text::stripped)
                .filter(c -> !blank(c))
                .findFirst()
                .orElse(null);
    if (carrier == null) {
      throw bad("ShipNoticeRequest has no ShipControl CarrierIdentifier");
    }
    String tracking =
        s.shipControl.shipmentIdentifier == null
            ? null
            : s.shipControl.shipmentIdentifier.stripped();
    List<String> numbers = new ArrayList<>();
    List<ShipmentLine> lines = new ArrayList<>();
    for (int i = 0; i < s.portions.size(); i++) {
      PurchaseOrderEntity po = orders.get(i);
      numbers.add(po.number);
      for (CxmlShipNoticeRequest.Item item : s.portions.get(i).items) {
        if (item.lineNumber == null || item.quantity == null) {
          throw bad("ShipNoticeItem needs lineNumber and quantity");
        }
        PurchaseOrderLineValue ordered =
            po.line(item.lineNumber)
                .orElseThrow(
                    () ->
                        new DocumentRejectedException(
                            406, "Order " + po.number + " has no line " + item.lineNumber));
        UnitOfMeasure unit =
            item.unitOfMeasure == null
                ? UnitOfMeasure.parse(ordered.uom)
                : unit(item.unitOfMeasure);
        lines.add(
            new ShipmentLine(
                po.number,
                item.lineNumber,
                ordered.itemId,
                new Quantity(decimal(item.quantity, "ShipNoticeItem quantity"), unit)));
      }
    }
    Instant shipped =
        instant(
            s.header.shipmentDate != null ? s.header.shipmentDate : s.header.noticeDate,
            "ShipNoticeHeader shipmentDate");
    Instant eta =
        s.header.deliveryDate == null ? null : instant(s.header.deliveryDate, "deliveryDate");
    try {
      return new ShipmentMilestone(
          s.header.shipmentId.strip(),
          numbers,
          ShipmentStatus.SHIPPED,
          shipped,
          eta,
          carrier,
          blank(tracking) ? null : tracking,
          lines);
    } catch (IllegalArgumentException e) {
      throw bad(e.getMessage());
    }
  }

  private static UnitOfMeasure unit(String code) {
    return UomCodeSystem.UNECE_REC20
        .find(code)
        .orElseThrow(() -> bad("Unknown UnitOfMeasure '" + code.strip() + "' (UN/ECE Rec 20)"));
  }

  private static BigDecimal decimal(String value, String what) {
    try {
      return new BigDecimal(value.strip());
    } catch (NumberFormatException e) {
      throw bad(what + " '" + value + "' is not a number");
    }
  }

  private static Instant instant(String value, String what) {
    if (blank(value)) {
      throw bad(what + " is required");
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw bad(what + " '" + value + "' is not an ISO 8601 date-time with offset");
    }
  }

  /** cXML delivery dates are date-times; a plain date is accepted too. */
  private static LocalDate date(String value) {
    String v = value.strip();
    try {
      return v.length() == 10 ? LocalDate.parse(v) : OffsetDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException e) {
      throw bad("deliveryDate '" + value + "' is not an ISO 8601 date");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static DocumentRejectedException bad(String message) {
    return new DocumentRejectedException(400, message);
  }
}
