package io.distconnect.planning.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** Reads the master-data cache for the REST API. */
@ApplicationScoped
public class MasterDataQueries {

  private final Pool pool;

  public MasterDataQueries(Pool pool) {
    this.pool = pool;
  }

  public Uni<Optional<CachedItem>> item(String sku) {
    return pool.preparedQuery(
            "SELECT sku, description, category, family, base_uom, status, revision, updated_at"
                + " FROM master_item WHERE sku = $1")
        .execute(Tuple.of(sku))
        .map(
            rows ->
                rows.size() == 0 ? Optional.empty() : Optional.of(item(rows.iterator().next())));
  }

  public Uni<Optional<CachedLocation>> location(String code) {
    return pool.preparedQuery(
            "SELECT code, name, type, region, time_zone, revision, updated_at"
                + " FROM master_location WHERE code = $1")
        .execute(Tuple.of(code))
        .map(
            rows ->
                rows.size() == 0
                    ? Optional.empty()
                    : Optional.of(location(rows.iterator().next())));
  }

  private static CachedItem item(Row r) {
    return new CachedItem(
        r.getString(0),
        r.getString(1),
        r.getString(2),
        r.getString(3),
        r.getString(4),
        r.getString(5),
        r.getLong(6),
        PublicationQueries.instant(r.getOffsetDateTime(7)));
  }

  private static CachedLocation location(Row r) {
    return new CachedLocation(
        r.getString(0),
        r.getString(1),
        r.getString(2),
        r.getString(3),
        r.getString(4),
        r.getLong(5),
        PublicationQueries.instant(r.getOffsetDateTime(6)));
  }

  /** An item as cached; revision 0 means it did not come from a change event. */
  public record CachedItem(
      String sku,
      String description,
      String category,
      String family,
      String baseUom,
      String status,
      long revision,
      Instant updatedAt) {}

  /** A location as cached. */
  public record CachedLocation(
      String code,
      String name,
      String type,
      String region,
      String timeZone,
      long revision,
      Instant updatedAt) {}
}
