package io.distconnect.planning.persistence;

import io.distconnect.contracts.model.Quantity;
import io.distconnect.planning.domain.ForecastView;
import io.distconnect.planning.domain.RevisionView;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads current versions and bucket histories (reactive, paginated). */
@ApplicationScoped
public class ForecastQueries {

  private static final String LATEST_CYCLE =
      "SELECT cycle_id FROM planning_cycle WHERE current_version > 0"
          + " ORDER BY updated_at DESC LIMIT 1";
  private static final String CURRENT_FILTER =
      """
      FROM forecast_current c JOIN planning_cycle p ON p.cycle_id = c.cycle_id
      WHERE c.cycle_id = $1 AND ($2::text IS NULL OR c.item_id = $2)
        AND ($3::text IS NULL OR c.location_id = $3)
        AND ($4::date IS NULL OR c.period_end >= $4) AND ($5::date IS NULL OR c.period_start <= $5)
      """;
  private static final String CURRENT =
      "SELECT c.cycle_id, p.current_version, c.item_id, c.category, c.location_id, c.period_start,"
          + " c.period_end, c.quantity, c.uom, c.version "
          + CURRENT_FILTER
          + " ORDER BY c.item_id, c.location_id, c.period_start LIMIT $6 OFFSET $7";
  private static final String CURRENT_COUNT = "SELECT count(*) " + CURRENT_FILTER;
  private static final String HISTORY_FILTER =
      """
      FROM forecast_revision
      WHERE item_id = $1 AND location_id = $2 AND ($3::text IS NULL OR cycle_id = $3)
        AND ($4::date IS NULL OR period_end >= $4) AND ($5::date IS NULL OR period_start <= $5)
      """;
  private static final String HISTORY =
      "SELECT cycle_id, version, item_id, location_id, period_start, period_end, uom, old_quantity,"
          + " new_quantity, absolute_delta, relative_delta, change, published, revised_at "
          + HISTORY_FILTER
          + " ORDER BY revised_at DESC, cycle_id, version DESC, period_start LIMIT $6 OFFSET $7";
  private static final String HISTORY_COUNT = "SELECT count(*) " + HISTORY_FILTER;

  private final Pool pool;

  public ForecastQueries(Pool pool) {
    this.pool = pool;
  }

  /** The cycle a query without one is about: the one published most recently, if any. */
  public Uni<String> latestCycle() {
    return pool.query(LATEST_CYCLE)
        .execute()
        .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString(0));
  }

  public Uni<Page<ForecastView>> current(
      String cycle,
      String item,
      String location,
      LocalDate from,
      LocalDate to,
      int page,
      int size) {
    Object[] filter = {cycle, item, location, from, to};
    return page(CURRENT, CURRENT_COUNT, filter, page, size, ForecastQueries::forecast);
  }

  public Uni<Page<RevisionView>> history(
      String item,
      String location,
      String cycle,
      LocalDate from,
      LocalDate to,
      int page,
      int size) {
    Object[] filter = {item, location, cycle, from, to};
    return page(HISTORY, HISTORY_COUNT, filter, page, size, ForecastQueries::revision);
  }

  private <T> Uni<Page<T>> page(
      String select,
      String count,
      Object[] filter,
      int page,
      int size,
      java.util.function.Function<Row, T> mapper) {
    List<Object> values = new ArrayList<>(Arrays.asList(filter));
    values.add(size);
    values.add(page * size);
    return pool.preparedQuery(count)
        .execute(Tuple.from(Arrays.asList(filter)))
        .flatMap(
            total ->
                pool.preparedQuery(select)
                    .execute(Tuple.from(values))
                    .map(
                        rows -> {
                          List<T> items = new ArrayList<>();
                          rows.forEach(row -> items.add(mapper.apply(row)));
                          return new Page<>(items, total.iterator().next().getLong(0));
                        }));
  }

  private static ForecastView forecast(Row r) {
    return new ForecastView(
        r.getString(0),
        r.getInteger(1),
        r.getString(2),
        r.getString(3),
        r.getString(4),
        r.getLocalDate(5),
        r.getLocalDate(6),
        plain(r.getBigDecimal(7)),
        r.getString(8),
        r.getInteger(9));
  }

  private static RevisionView revision(Row r) {
    return new RevisionView(
        r.getString(0),
        r.getInteger(1),
        r.getString(2),
        r.getString(3),
        r.getLocalDate(4),
        r.getLocalDate(5),
        r.getString(6),
        plain(r.getBigDecimal(7)),
        plain(r.getBigDecimal(8)),
        plain(r.getBigDecimal(9)),
        plain(r.getBigDecimal(10)),
        r.getString(11),
        r.getBoolean(12),
        PublicationQueries.instant(r.getOffsetDateTime(13)));
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : Quantity.normalise(value).toPlainString();
  }

  /** A page of results and how many there are in all. */
  public record Page<T>(List<T> items, long total) {}
}
