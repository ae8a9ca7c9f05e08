package io.distconnect.planning.persistence;

import io.distconnect.planning.domain.PublicationChannel;
import io.distconnect.planning.domain.PublicationStatus;
import io.distconnect.planning.domain.PublicationView;
import io.distconnect.planning.domain.RowError;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads publication jobs and their row errors for the REST API (reactive, non-blocking). */
@ApplicationScoped
public class PublicationQueries {

  private static final String BY_ID =
      """
      SELECT id, cycle_id, channel, file_name, status, version, duplicate_of, rows_read,
             rows_accepted, rows_rejected, revisions_detected, revisions_emitted, progress_percent,
             detail, published_at, started_at, finished_at
      FROM forecast_publication WHERE id = $1
      """;
  private static final String ERRORS =
      "SELECT line, column_name, reason FROM publication_row_error WHERE publication_id = $1"
          + " ORDER BY seq";

  private final Pool pool;

  public PublicationQueries(Pool pool) {
    this.pool = pool;
  }

  public Uni<Optional<PublicationView>> find(UUID id) {
    return pool.preparedQuery(BY_ID)
        .execute(Tuple.of(id))
        .flatMap(
            rows -> {
              if (rows.size() == 0) {
                return Uni.createFrom().item(Optional.<PublicationView>empty());
              }
              Row row = rows.iterator().next();
              return pool.preparedQuery(ERRORS)
                  .execute(Tuple.of(id))
                  .map(errors -> Optional.of(view(row, errors(errors))));
            });
  }

  private static List<RowError> errors(RowSet<Row> rows) {
    List<RowError> errors = new ArrayList<>();
    for (Row r : rows) {
      errors.add(new RowError(r.getLong(0), r.getString(1), r.getString(2)));
    }
    return errors;
  }

  private static PublicationView view(Row r, List<RowError> errors) {
    return new PublicationView(
        r.getUUID("id"),
        r.getString("cycle_id"),
        PublicationChannel.valueOf(r.getString("channel")),
        r.getString("file_name"),
        PublicationStatus.valueOf(r.getString("status")),
        r.getInteger("version"),
        r.getUUID("duplicate_of"),
        r.getLong("rows_read"),
        r.getLong("rows_accepted"),
        r.getLong("rows_rejected"),
        r.getLong("revisions_detected"),
        r.getLong("revisions_emitted"),
        r.getInteger("progress_percent"),
        r.getString("detail"),
        instant(r.getOffsetDateTime("published_at")),
        instant(r.getOffsetDateTime("started_at")),
        instant(r.getOffsetDateTime("finished_at")),
        errors);
  }

  static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
