package io.distconnect.procurement.persistence;

import io.distconnect.contracts.event.EventJson;
import io.distconnect.contracts.model.Item;
import io.distconnect.contracts.uom.UnitConversion;
import io.distconnect.contracts.uom.UomConverter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The item-unit cache: each item's base unit and own conversions as the ERP last published them.
 * Runs in the caller's Hibernate Reactive transaction, so the consumer's inbox claim and the cache
 * update commit together.
 */
@ApplicationScoped
public class ItemUnitRepository {

  private static final String UPSERT =
      "INSERT INTO item_units (sku, base_uom, conversions, status, revision, updated_at)"
          + " VALUES (:sku, :baseUom, :conversions, :status, :revision, :now)"
          + " ON CONFLICT (sku) DO UPDATE SET base_uom = EXCLUDED.base_uom,"
          + " conversions = EXCLUDED.conversions, status = EXCLUDED.status,"
          + " revision = EXCLUDED.revision, updated_at = EXCLUDED.updated_at"
          + " WHERE item_units.revision < EXCLUDED.revision";

  private static final String CONVERSIONS = "SELECT conversions FROM item_units WHERE sku = :sku";

  private static final String REVISION = "SELECT revision FROM item_units WHERE sku = :sku";

  /**
   * Stores an item's units at a revision.
   *
   * @return false when the same or a newer revision was already stored and nothing changed
   */
  public Uni<Boolean> upsert(Item item, long revision) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(UPSERT)
                    .setParameter("sku", item.sku())
                    .setParameter("baseUom", item.baseUom().name())
                    .setParameter("conversions", EventJson.toJson(item.conversions()))
                    .setParameter("status", item.status().name())
                    .setParameter("revision", revision)
                    .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                    .executeUpdate())
        .map(count -> count > 0);
  }

  /**
   * The converter for an item: standard factors plus its cached conversions, or the standard
   * factors alone while the ERP has not published the item.
   */
  public Uni<UomConverter> converterFor(String sku) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(CONVERSIONS, String.class)
                    .setParameter("sku", sku)
                    .getResultList())
        .map(
            rows ->
                rows.isEmpty()
                    ? UomConverter.standard()
                    : UomConverter.of(
                        List.of(EventJson.fromJson(rows.get(0), UnitConversion[].class))));
  }

  /** The cached revision of an item, or null when it is not cached. */
  public Uni<Long> revision(String sku) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(REVISION, Long.class)
                    .setParameter("sku", sku)
                    .getResultList())
        .map(rows -> rows.isEmpty() ? null : rows.get(0));
  }
}
