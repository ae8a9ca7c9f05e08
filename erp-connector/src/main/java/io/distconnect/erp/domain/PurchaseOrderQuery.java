package io.distconnect.erp.domain;

import io.distconnect.contracts.model.PurchaseOrderStatus;

/**
 * Filters of the purchase-order list; null means "any".
 *
 * @param openOnly only orders still expecting goods or a decision (see {@link
 *     PurchaseOrderStatus#isOpen()}); wins over {@code status}
 */
public record PurchaseOrderQuery(
    String itemId,
    String locationId,
    String supplierId,
    PurchaseOrderStatus status,
    boolean openOnly,
    String externalReference) {}
