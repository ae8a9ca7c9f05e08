package io.distconnect.erp.api;

import io.distconnect.contracts.model.PurchaseOrderStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The status to move an order to, checked against the canonical lifecycle. */
public record PurchaseOrderStatusRequest(
    @NotNull PurchaseOrderStatus status, @Size(max = 500) String reason) {}
