package io.distconnect.orchestrator.persistence;

import io.distconnect.orchestrator.domain.RevisionStamp;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The latest forecast per period of each item@location — what the decision reads. Native SQL: the
 * table is a plain keyed store and the row lock on read keeps two revisions of one period from
 * racing.
 */
@ApplicationScoped
public class ForecastProfileRepository {

  /** One stored period. */
  public record StoredBucket(
      LocalDate periodStart,
      LocalDate periodEnd,
      BigDecimal quantity,
      String uom,
      RevisionStamp stamp) {}

  private static final String LOCK =
      "SELECT period_start, period_end, quantity, uom, planning_cycle, version, revised_at"
          + " FROM forecast_bucket WHERE item_id = :item AND location_id = :location"
          + " AND period_start = :start FOR UPDATE";
  private static final String UPSERT =
      "INSERT INTO forecast_bucket (item_id, location_id, period_start, period_end, quantity, uom,"
          + " planning_cycle, version, revised_at, event_id) VALUES (:item, :location, :start, :end,"
          + " :quantity, :uom, :cycle, :version, :revisedAt, :eventId)"
          + " ON CONFLICT (item_id, location_id, period_start) DO UPDATE SET period_end ="
          + " EXCLUDED.period_end, quantity = EXCLUDED.quantity, uom = EXCLUDED.uom,"
          + " planning_cycle = EXCLUDED.planning_cycle, version = EXCLUDED.version,"
          + " revised_at = EXCLUDED.revised_at, event_id = EXCLUDED.event_id";
  private static final String ALL =
      "SELECT period_start, period_end, quantity, uom, planning_cycle, version, revised_at"
          + " FROM forecast_bucket WHERE item_id = :item AND location_id = :location"
          + " ORDER BY period_start";

  /** The stored period, locked for the rest of the transaction. */
  public Uni<Optional<StoredBucket>> lock(String item, String location, LocalDate start) {
    return Panache.getSession()
        .flatMap(
            s ->
                s.createNativeQuery(LOCK, Object[].class)
                    .setParameter("item", item)
                    .setParameter("location", location)
                    .setParameter("start", start)
                    .getResultList())
        .map(rows -> rows.stream().findFirst().map(ForecastProfileRepository::toBucket));
  }

  public Uni<Void> store(String item, String location, StoredBucket bucket, String eventId) {
    return Panache.getSession()
        .flatMap(
            s ->
                s.createNativeQuery(UPSERT)
                    .setParameter("item", item)
                    .setParameter("location", location)
                    .setParameter("start", bucket.periodStart())
                    .setParameter("end", bucket.periodEnd())
                    .setParameter("quantity", bucket.quantity())
                    .setParameter("uom", bucket.uom())
                    .setParameter("cycle", bucket.stamp().planningCycleId())
                    .setParameter("version", bucket.stamp().version())
                    .setParameter("revisedAt", bucket.stamp().revisedAt().atOffset(ZoneOffset.UTC))
                    .setParameter("eventId", eventId)
                    .executeUpdate())
        .replaceWithVoid();
  }

  public Uni<List<StoredBucket>> profile(String item, String location) {
    return Panache.getSession()
        .flatMap(
            s ->
                s.createNativeQuery(ALL, Object[].class)
                    .setParameter("item", item)
                    .setParameter("location", location)
                    .getResultList())
        .map(rows -> rows.stream().map(ForecastProfileRepository::toBucket).toList());
  }

  private static StoredBucket toBucket(Object[] row) {
    return new StoredBucket(
        toDate(row[0]),
        toDate(row[1]),
        (BigDecimal) row[2],
        (String) row[3],
        new RevisionStamp((String) row[4], ((Number) row[5]).intValue(), toInstant(row[6])));
  }

  private static LocalDate toDate(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }

  private static Instant toInstant(Object value) {
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (value instanceof java.sql.Timestamp ts) {
      return ts.toInstant();
    }
    return (Instant) value;
  }
}
