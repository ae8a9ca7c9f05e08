package io.distconnect.planning.persistence;

import io.distconnect.contracts.event.EventJson;
import io.distconnect.contracts.model.Item;
import io.distconnect.contracts.model.Location;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Writes the master-data cache. Runs in the caller's Hibernate Reactive transaction, so an event
 * consumer's inbox claim and its cache update commit together. With a revision (from a
 * MasterDataChanged event) an older change never overwrites a newer one; without one (sync, admin
 * upsert) the ERP's current state is taken as is and the stored revision is kept.
 */
@ApplicationScoped
public class MasterDataRepository {

  private static final String ITEM_COLUMNS =
      "sku, description, category, family, base_uom, conversions, pack_size_value, pack_size_uom,"
          + " gtin, status, revision, updated_at";
  private static final String ITEM_VALUES =
      " VALUES (:sku, :description, :category, :family, :baseUom, :conversions,"
          + " :packValue, :packUom, :gtin, :status, :revision, :now)";
  private static final String ITEM_SET =
      " ON CONFLICT (sku) DO UPDATE SET description = EXCLUDED.description,"
          + " category = EXCLUDED.category, family = EXCLUDED.family,"
          + " base_uom = EXCLUDED.base_uom, conversions = EXCLUDED.conversions,"
          + " pack_size_value = EXCLUDED.pack_size_value, pack_size_uom = EXCLUDED.pack_size_uom,"
          + " gtin = EXCLUDED.gtin, status = EXCLUDED.status, updated_at = EXCLUDED.updated_at";
  private static final String UPSERT_ITEM =
      "INSERT INTO master_item (" + ITEM_COLUMNS + ")" + ITEM_VALUES + ITEM_SET;
  private static final String UPSERT_ITEM_REVISED =
      UPSERT_ITEM + ", revision = EXCLUDED.revision WHERE master_item.revision < EXCLUDED.revision";

  private static final String LOCATION_COLUMNS =
      "code, name, type, region, time_zone, revision, updated_at";
  private static final String UPSERT_LOCATION =
      "INSERT INTO master_location ("
          + LOCATION_COLUMNS
          + ") VALUES (:code, :name, :type, :region, :zone, :revision, :now)"
          + " ON CONFLICT (code) DO UPDATE SET name = COALESCE(EXCLUDED.name, master_location.name),"
          + " type = EXCLUDED.type, region = EXCLUDED.region, time_zone = EXCLUDED.time_zone,"
          + " updated_at = EXCLUDED.updated_at";
  private static final String UPSERT_LOCATION_REVISED =
      UPSERT_LOCATION
          + ", revision = EXCLUDED.revision WHERE master_location.revision < EXCLUDED.revision";

  /**
   * Stores an item.
   *
   * @param revision the ERP's change counter, or null when unknown
   * @return false when a newer revision was already stored and nothing changed
   */
  public Uni<Boolean> upsertItem(Item item, Long revision) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(revision == null ? UPSERT_ITEM : UPSERT_ITEM_REVISED)
                    .setParameter("sku", item.sku())
                    .setParameter("description", item.description())
                    .setParameter("category", item.hierarchy().category())
                    .setParameter("family", item.hierarchy().family())
                    .setParameter("baseUom", item.baseUom().name())
                    .setParameter("conversions", EventJson.toJson(item.conversions()))
                    .setParameter("packValue", item.packSize().value())
                    .setParameter("packUom", item.packSize().uom().name())
                    .setParameter("gtin", item.gtin())
                    .setParameter("status", item.status().name())
                    .setParameter("revision", revision == null ? 0L : revision)
                    .setParameter("now", now())
                    .executeUpdate())
        .map(count -> count > 0);
  }

  /**
   * Stores a location.
   *
   * @param name its display name, or null to keep the stored one
   * @param revision the ERP's change counter, or null when unknown
   * @return false when a newer revision was already stored and nothing changed
   */
  public Uni<Boolean> upsertLocation(Location location, String name, Long revision) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(revision == null ? UPSERT_LOCATION : UPSERT_LOCATION_REVISED)
                    .setParameter("code", location.code())
                    .setParameter("name", name)
                    .setParameter("type", location.type().name())
                    .setParameter("region", location.region())
                    .setParameter("zone", location.timeZone().getId())
                    .setParameter("revision", revision == null ? 0L : revision)
                    .setParameter("now", now())
                    .executeUpdate())
        .map(count -> count > 0);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
