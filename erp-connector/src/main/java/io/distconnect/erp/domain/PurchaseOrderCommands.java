package io.distconnect.erp.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What callers ask the ERP to do with purchase orders, already checked for form. */
public final class PurchaseOrderCommands {
  private PurchaseOrderCommands() {}

  /** A new order as procurement issued it to the supplier. */
  public record Create(
      String supplierId,
      String shipToLocationId,
      String currency,
      String externalReference,
      String caseId,
      List<NewLine> lines) {}

  /** A line to create; {@code uom} is any code {@code UnitOfMeasure.parse} knows. */
  public record NewLine(
      String itemId, BigDecimal quantity, String uom, BigDecimal unitPrice, LocalDate needByDate) {}

  /** Changes to existing lines (null fields stay as they are) and lines to add. */
  public record Amend(List<LineChange> lines, List<NewLine> addLines, String reason) {}

  public record LineChange(int lineNumber, BigDecimal quantity, LocalDate needByDate) {}

  /** Goods posted against a PO line. */
  public record Receive(
      String purchaseOrderNumber,
      int lineNumber,
      BigDecimal quantity,
      String uom,
      LocalDate receiptDate) {}
}
