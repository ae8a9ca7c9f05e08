package io.distconnect.procurement.persistence;

import io.distconnect.contracts.model.PurchaseOrderStatus;
import io.distconnect.procurement.domain.PurchaseOrderEntity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Queries over supplier purchase orders. Callers provide the session or transaction. */
@ApplicationScoped
public class PurchaseOrderRepository {

  /**
   * Orders a new request may be added to or an AMEND may change: sent and not yet receiving. An
   * acknowledged order can still change; the amendment goes out as a cXML update.
   */
  public static final Set<PurchaseOrderStatus> AMENDABLE =
      EnumSet.of(
          PurchaseOrderStatus.ISSUED,
          PurchaseOrderStatus.ACKNOWLEDGED,
          PurchaseOrderStatus.CHANGED);

  /** Orders whose quantities still take supplier capacity. */
  static final Set<PurchaseOrderStatus> BOOKING =
      EnumSet.of(
          PurchaseOrderStatus.APPROVED,
          PurchaseOrderStatus.ISSUED,
          PurchaseOrderStatus.ACKNOWLEDGED,
          PurchaseOrderStatus.CHANGED);

  public Uni<PurchaseOrderEntity> find(String number) {
    return PurchaseOrderEntity.findById(number);
  }

  /** The next PO number, from a database sequence so parallel instances never collide. */
  public Uni<String> nextNumber() {
    return Panache.getSession()
        .flatMap(
            s ->
                s.createNativeQuery("SELECT nextval('purchase_order_number_seq')", Long.class)
                    .getSingleResult())
        .map(n -> "PO-" + n);
  }

  /**
   * Quantity of an item on open orders per supplier and order unit, for lines needed between two
   * dates (one week): what counts against a contract's weekly capacity.
   *
   * @return supplierId + "/" + uom → quantity
   */
  public Uni<Map<String, BigDecimal>> bookedQuantities(
      String itemId, LocalDate from, LocalDate to) {
    return Panache.getSession()
        .flatMap(
            s ->
                s.createSelectionQuery(
                        "select p.supplierId, l.uom, sum(l.quantity) from PurchaseOrderEntity p"
                            + " join p.lines l where l.itemId = :item and l.needByDate between"
                            + " :from and :to and p.status in :booking group by p.supplierId, l.uom",
                        Object[].class)
                    .setParameter("item", itemId)
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .setParameter("booking", BOOKING)
                    .getResultList())
        .map(
            rows -> {
              Map<String, BigDecimal> booked = new HashMap<>();
              for (Object[] row : rows) {
                booked.put(row[0] + "/" + row[1], (BigDecimal) row[2]);
              }
              return booked;
            });
  }

  /** Open orders of a supplier to a location with a line for the item in the given unit. */
  public Uni<List<PurchaseOrderEntity>> amendable(
      String supplierId, String locationId, String itemId, String uom, String currency) {
    return PurchaseOrderEntity.<PurchaseOrderEntity>find(
            "select distinct p from PurchaseOrderEntity p join p.lines l where p.supplierId ="
                + " :supplier and p.shipToLocationId = :location and p.currency = :currency and"
                + " l.itemId = :item and l.uom = :uom and p.status in :amendable order by"
                + " p.number",
            Parameters.with("supplier", supplierId)
                .and("location", locationId)
                .and("currency", currency)
                .and("item", itemId)
                .and("uom", uom)
                .and("amendable", AMENDABLE))
        .list();
  }

  /** One page of orders matching the optional filters, newest first, and the total count. */
  public Uni<Page> search(
      String item,
      String location,
      String supplier,
      PurchaseOrderStatus status,
      int page,
      int size) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Parameters params = new Parameters();
    if (item != null) {
      where.append(
          " and exists (select 1 from PurchaseOrderEntity q join q.lines l where q = p"
              + " and l.itemId = :item)");
      params.and("item", item);
    }
    if (location != null) {
      where.append(" and p.shipToLocationId = :location");
      params.and("location", location);
    }
    if (supplier != null) {
      where.append(" and p.supplierId = :supplier");
      params.and("supplier", supplier);
    }
    if (status != null) {
      where.append(" and p.status = :status");
      params.and("status", status);
    }
    var query =
        PurchaseOrderEntity.<PurchaseOrderEntity>find(
            "from PurchaseOrderEntity p" + where + " order by p.issuedAt desc, p.number desc",
            params);
    return query
        .page(page, size)
        .list()
        .flatMap(items -> query.count().map(total -> new Page(items, total)));
  }

  /** A page of orders and the number of all matches. */
  public record Page(List<PurchaseOrderEntity> items, long total) {}
}
