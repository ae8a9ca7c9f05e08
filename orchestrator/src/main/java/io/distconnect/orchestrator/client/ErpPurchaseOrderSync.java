package io.distconnect.orchestrator.client;

import io.distconnect.contracts.event.PurchaseOrderIssueKind;
import io.distconnect.contracts.event.PurchaseOrderIssued;
import io.distconnect.contracts.model.PurchaseOrderLine;
import io.distconnect.orchestrator.persistence.WorkItem;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Brings the ERP's copy of a supplier PO in line with what procurement issued: creates it for a NEW
 * order, amends it for an AMENDED one. The {@code Idempotency-Key} is derived from the case, the PO
 * and its revision, so a retry — by the client, or by the worker after a crash — never creates a
 * second order. Failures park the case.
 */
@ApplicationScoped
public class ErpPurchaseOrderSync {

  private final ErpClient erp;

  public ErpPurchaseOrderSync(ErpClient erp) {
    this.erp = erp;
  }

  /** {@code <caseId>:<poNumber>:r<revision>}. */
  public static String idempotencyKey(String caseId, String poNumber, int revision) {
    return caseId + ":" + poNumber + ":r" + revision;
  }

  /**
   * @return the ERP order after the change, or null when the case was parked instead
   */
  @Timeout(value = 20, unit = ChronoUnit.SECONDS)
  @Fallback(ErpSyncParking.class)
  public Uni<ErpApi.PurchaseOrder> sync(WorkItem work, PurchaseOrderIssued po, String erpNumber) {
    String key = idempotencyKey(work.caseId(), po.purchaseOrderNumber(), po.revision());
    if (po.issueKind() == PurchaseOrderIssueKind.NEW && erpNumber == null) {
      return erp.create(key, create(work.caseId(), po));
    }
    Uni<ErpApi.PurchaseOrder> current =
        erp.byExternalReference(po.purchaseOrderNumber())
            .map(
                found ->
                    found.orElseThrow(
                        () ->
                            new ConnectorRejectedException(
                                "The ERP has no order for "
                                    + po.purchaseOrderNumber()
                                    + " to amend",
                                404,
                                null)));
    return current.flatMap(erpPo -> erp.amend(erpPo.number(), key, amendment(po, erpPo)));
  }

  static ErpApi.CreatePurchaseOrder create(String caseId, PurchaseOrderIssued po) {
    return new ErpApi.CreatePurchaseOrder(
        po.supplierId(),
        po.shipToLocationId(),
        po.currency().getCurrencyCode(),
        po.purchaseOrderNumber(),
        caseId,
        po.lines().stream().map(ErpPurchaseOrderSync::newLine).toList());
  }

  /**
   * Lines the ERP order has are changed (quantity, date); the others are added. Assumes the ERP
   * copy kept procurement's line numbers, which holds because it was created from them in order.
   */
  static ErpApi.Amendment amendment(PurchaseOrderIssued po, ErpApi.PurchaseOrder erpPo) {
    Set<Integer> existing =
        erpPo.lines() == null
            ? Set.of()
            : erpPo.lines().stream()
                .map(ErpApi.PurchaseOrderLine::lineNumber)
                .collect(Collectors.toSet());
    List<ErpApi.LineChange> changes = new ArrayList<>();
    List<ErpApi.NewLine> added = new ArrayList<>();
    for (PurchaseOrderLine line : po.lines()) {
      if (existing.contains(line.lineNumber())) {
        changes.add(
            new ErpApi.LineChange(line.lineNumber(), line.quantity().value(), line.needByDate()));
      } else {
        added.add(newLine(line));
      }
    }
    return new ErpApi.Amendment(
        changes, added, "Supplier PO " + po.purchaseOrderNumber() + " revision " + po.revision());
  }

  private static ErpApi.NewLine newLine(PurchaseOrderLine line) {
    return new ErpApi.NewLine(
        line.itemId(),
        line.quantity().value(),
        line.quantity().uom().code(),
        line.unitPrice().amount(),
        line.needByDate());
  }
}
