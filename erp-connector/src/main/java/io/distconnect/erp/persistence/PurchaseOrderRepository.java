package io.distconnect.erp.persistence;

import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.erp.domain.NotFoundException;
import io.distconnect.erp.domain.PurchaseOrderEntity;
import io.distconnect.erp.domain.PurchaseOrderQuery;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Purchase orders of the embedded ERP. */
@ApplicationScoped
public class PurchaseOrderRepository implements PanacheRepositoryBase<PurchaseOrderEntity, String> {

  private static final List<PurchaseOrderStatus> OPEN =
      Arrays.stream(PurchaseOrderStatus.values()).filter(PurchaseOrderStatus::isOpen).toList();

  /** The next ERP purchase order number (4500000001, ...), like SAP's number range. */
  public Uni<String> nextNumber() {
    return Panache.getSession()
        .flatMap(
            s ->
                s.createNativeQuery("SELECT nextval('purchase_order_number_seq')", Long.class)
                    .getSingleResult())
        .map(String::valueOf);
  }

  /** The order locked for the rest of the transaction, so concurrent changes serialise. */
  public Uni<PurchaseOrderEntity> lock(String number) {
    return findById(number, LockModeType.PESSIMISTIC_WRITE)
        .onItem()
        .ifNull()
        .failWith(() -> new NotFoundException("No purchase order " + number));
  }

  public Uni<PurchaseOrderEntity> require(String number) {
    return findById(number)
        .onItem()
        .ifNull()
        .failWith(() -> new NotFoundException("No purchase order " + number));
  }

  public Uni<PurchaseOrderEntity> byExternalReference(String externalReference) {
    return find("externalReference", externalReference).firstResult();
  }

  /** One page of the orders matching the query, newest number first. */
  public Uni<List<PurchaseOrderEntity>> search(PurchaseOrderQuery query, int page, int size) {
    Where where = where(query);
    return find(where.hql, Sort.descending("number"), where.params)
        .page(Page.of(page, size))
        .list();
  }

  public Uni<Long> countMatching(PurchaseOrderQuery query) {
    Where where = where(query);
    return count(where.hql, where.params);
  }

  private record Where(String hql, Parameters params) {}

  // Only the filters given become conditions; the item filter looks into the lines.
  private static Where where(PurchaseOrderQuery query) {
    List<String> conditions = new ArrayList<>();
    Parameters params = new Parameters();
    if (query.itemId() != null) {
      conditions.add(
          "number in (select o.number from PurchaseOrderEntity o join o.lines l"
              + " where l.itemId = :item)");
      params.and("item", query.itemId());
    }
    if (query.locationId() != null) {
      conditions.add("shipToLocationId = :location");
      params.and("location", query.locationId());
    }
    if (query.supplierId() != null) {
      conditions.add("supplierId = :supplier");
      params.and("supplier", query.supplierId());
    }
    if (query.externalReference() != null) {
      conditions.add("externalReference = :externalReference");
      params.and("externalReference", query.externalReference());
    }
    if (query.openOnly()) {
      conditions.add("status in :statuses");
      params.and("statuses", OPEN);
    } else if (query.status() != null) {
      conditions.add("status = :status");
      params.and("status", query.status());
    }
    String hql = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    return new Where(hql, params);
  }
}
