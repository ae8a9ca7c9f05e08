package io.distconnect.erp.persistence;

import io.distconnect.erp.domain.GoodsReceiptEntity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Posted goods receipts. */
@ApplicationScoped
public class GoodsReceiptRepository implements PanacheRepositoryBase<GoodsReceiptEntity, String> {

  /** The next material document number (5000000001, ...). */
  public Uni<String> nextNumber() {
    return Panache.getSession()
        .flatMap(
            s ->
                s.createNativeQuery("SELECT nextval('goods_receipt_number_seq')", Long.class)
                    .getSingleResult())
        .map(String::valueOf);
  }
}
