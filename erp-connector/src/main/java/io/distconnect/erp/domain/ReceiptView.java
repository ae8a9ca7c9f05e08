package io.distconnect.erp.domain;

import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.contracts.uom.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A posted goods receipt.
 *
 * @param quantity received, in the PO line's unit
 * @param openQuantity still to come on the line, same unit
 * @param purchaseOrderStatus the order's status after this receipt
 */
public record ReceiptView(
    String receiptId,
    String purchaseOrderNumber,
    int lineNumber,
    String itemId,
    String locationId,
    BigDecimal quantity,
    UnitOfMeasure uom,
    LocalDate receiptDate,
    Instant postedAt,
    BigDecimal openQuantity,
    PurchaseOrderStatus purchaseOrderStatus) {}
