package io.distconnect.planning.messaging;

import io.distconnect.contracts.event.EventType;
import io.distconnect.contracts.event.ForecastRevised;
import io.distconnect.contracts.model.ForecastRevision;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.planning.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns the published revisions of a version into {@code ForecastRevised} outbox rows, in the
 * caller's transaction (the revisions and their events commit together). Revisions are read in
 * keyset-paged chunks and written with one multi-row insert per chunk, so a version with a million
 * changes never sits in memory at once and costs a few hundred round trips, not a million.
 */
@ApplicationScoped
public class RevisionOutboxWriter {

  private static final String CHUNK =
      """
      SELECT id, item_id, location_id, period_start, period_end, uom, category, old_quantity,
             new_quantity
      FROM forecast_revision
      WHERE cycle_id = ? AND version = ? AND published AND id > ?
      ORDER BY id LIMIT ?
      """;
  private static final String INSERT =
      """
      INSERT INTO outbox_event (id, topic, record_key, type, subject, payload, traceparent,
          tracestate, created_at)
      SELECT e.id, ?, e.record_key, ?, e.record_key, e.payload, ?, ?, ?
      FROM unnest(?::uuid[], ?::text[], ?::text[]) WITH ORDINALITY AS e(id, record_key, payload, n)
      ORDER BY e.n
      """;

  private final EventOutbox outbox;
  private final IngestConfig config;

  public RevisionOutboxWriter(EventOutbox outbox, IngestConfig config) {
    this.outbox = outbox;
    this.config = config;
  }

  /**
   * Writes one event per published revision of the version.
   *
   * @return how many events were written
   */
  public long write(Connection c, String cycleId, int version, Instant revisedAt)
      throws SQLException {
    EventType type = EventType.FORECAST_REVISED;
    Map<String, String> trace = EventOutbox.traceCarrier();
    Timestamp now = Timestamp.from(Instant.now());
    long lastId = 0;
    long written = 0;
    while (true) {
      List<UUID> ids = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      List<String> payloads = new ArrayList<>();
      try (PreparedStatement st = c.prepareStatement(CHUNK)) {
        st.setString(1, cycleId);
        st.setInt(2, version);
        st.setLong(3, lastId);
        st.setInt(4, config.eventBatchSize());
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            lastId = rs.getLong(1);
            ForecastRevised event = event(rs, cycleId, version, revisedAt);
            ids.add(UUID.randomUUID());
            keys.add(event.partitionKey());
            payloads.add(outbox.toValidatedJson(event));
          }
        }
      }
      if (ids.isEmpty()) {
        return written;
      }
      try (PreparedStatement st = c.prepareStatement(INSERT)) {
        st.setString(1, config.revisionsTopic().orElse(type.topic()));
        st.setString(2, type.typeName());
        st.setString(3, trace.get("traceparent"));
        st.setString(4, trace.get("tracestate"));
        st.setTimestamp(5, now);
        st.setArray(6, c.createArrayOf("uuid", ids.toArray()));
        st.setArray(7, c.createArrayOf("text", keys.toArray()));
        st.setArray(8, c.createArrayOf("text", payloads.toArray()));
        written += st.executeUpdate();
      }
    }
  }

  private static ForecastRevised event(ResultSet rs, String cycleId, int version, Instant at)
      throws SQLException {
    UnitOfMeasure uom = UnitOfMeasure.valueOf(rs.getString(6));
    ForecastRevision revision =
        new ForecastRevision(
            rs.getString(2),
            rs.getString(3),
            rs.getDate(4).toLocalDate(),
            rs.getDate(5).toLocalDate(),
            new Quantity(rs.getBigDecimal(8), uom),
            new Quantity(rs.getBigDecimal(9), uom));
    return ForecastRevised.of(revision, cycleId, version, rs.getString(7), at);
  }
}
