package io.distconnect.planning.persistence;

import io.distconnect.planning.config.NoiseThresholdConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
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
 * Applies a staged publication as the next version of its cycle, set-based in PostgreSQL: one
 * statement diffs it against the current version and stores every change as a revision (flagged
 * published when above the noise threshold), two more bring the current version up to date by
 * touching only the changed buckets. Runs in the caller's transaction, with the cycle row locked.
 */
@ApplicationScoped
public class ForecastVersionWriter {

  private static final String ENSURE_CYCLE =
      "INSERT INTO planning_cycle (cycle_id, current_version, updated_at) VALUES (?, 0, now())"
          + " ON CONFLICT DO NOTHING";
  private static final String LOCK_CYCLE =
      "SELECT current_version, content_hash, last_publication FROM planning_cycle"
          + " WHERE cycle_id = ? FOR UPDATE";
  private static final String DIFF =
      """
      INSERT INTO forecast_revision (cycle_id, version, item_id, location_id, period_start,
          period_end, uom, category, old_quantity, new_quantity, absolute_delta, relative_delta,
          change, published, revised_at)
      SELECT ?1, ?2, d.item_id, d.location_id, d.period_start, d.period_end, d.uom, d.category,
             d.old_q, d.new_q, d.new_q - d.old_q,
             CASE WHEN d.old_q = 0 THEN NULL ELSE round((d.new_q - d.old_q) / d.old_q, 6) END,
             d.change,
             d.new_q <> d.old_q
               AND abs(d.new_q - d.old_q) >= coalesce(t.abs_min, ?3)
               AND (d.old_q = 0 OR abs(d.new_q - d.old_q) >= coalesce(t.rel_min, ?4) * d.old_q),
             ?5
      FROM (
          SELECT s.item_id, s.location_id, s.period_start, s.period_end, s.uom, s.category,
                 CASE WHEN c.uom = s.uom THEN c.quantity ELSE 0 END AS old_q,
                 s.quantity AS new_q,
                 CASE WHEN c.item_id IS NULL THEN 'NEW' ELSE 'CHANGED' END AS change
          FROM forecast_staging s
          LEFT JOIN forecast_current c ON c.cycle_id = ?1 AND c.item_id = s.item_id
               AND c.location_id = s.location_id AND c.period_start = s.period_start
          WHERE NOT s.rejected AND NOT s.duplicate
            AND (c.item_id IS NULL OR c.quantity <> s.quantity OR c.uom <> s.uom
                 OR c.period_end <> s.period_end)
          UNION ALL
          SELECT c.item_id, c.location_id, c.period_start, c.period_end, c.uom, c.category,
                 c.quantity, 0, 'DROPPED'
          FROM forecast_current c
          WHERE c.cycle_id = ?1 AND NOT EXISTS (
              SELECT 1 FROM forecast_staging s WHERE s.item_id = c.item_id
                 AND s.location_id = c.location_id AND s.period_start = c.period_start)
      ) d
      LEFT JOIN unnest(?6::text[], ?7::numeric[], ?8::numeric[]) AS t(category, abs_min, rel_min)
             ON t.category = d.category
      """;
  private static final String DELETE_DROPPED =
      """
      DELETE FROM forecast_current c USING forecast_revision r
      WHERE r.cycle_id = ? AND r.version = ? AND r.change = 'DROPPED' AND c.cycle_id = r.cycle_id
        AND c.item_id = r.item_id AND c.location_id = r.location_id
        AND c.period_start = r.period_start
      """;
  private static final String UPSERT_CHANGED =
      """
      INSERT INTO forecast_current (cycle_id, item_id, location_id, period_start, period_end,
          quantity, uom, category, version)
      SELECT cycle_id, item_id, location_id, period_start, period_end, new_quantity, uom, category,
             version
      FROM forecast_revision WHERE cycle_id = ? AND version = ? AND change <> 'DROPPED'
      ON CONFLICT (cycle_id, item_id, location_id, period_start) DO UPDATE SET
          period_end = EXCLUDED.period_end, quantity = EXCLUDED.quantity, uom = EXCLUDED.uom,
          category = EXCLUDED.category, version = EXCLUDED.version
      """;
  private static final String COUNT =
      "SELECT count(*), count(*) FILTER (WHERE published) FROM forecast_revision"
          + " WHERE cycle_id = ? AND version = ?";
  private static final String ADVANCE_CYCLE =
      "UPDATE planning_cycle SET current_version = ?, content_hash = ?, last_publication = ?,"
          + " updated_at = now() WHERE cycle_id = ?";

  private final NoiseThresholdConfig noise;

  public ForecastVersionWriter(NoiseThresholdConfig noise) {
    this.noise = noise;
  }

  /** Locks the cycle and answers its current state; creates the cycle on its first version. */
  public CycleState lockCycle(Connection c, String cycleId) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(ENSURE_CYCLE)) {
      st.setString(1, cycleId);
      st.executeUpdate();
    }
    try (PreparedStatement st = c.prepareStatement(LOCK_CYCLE)) {
      st.setString(1, cycleId);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return new CycleState(rs.getInt(1), rs.getString(2), rs.getObject(3, UUID.class));
      }
    }
  }

  /**
   * Diffs the staged rows against the cycle's current version and applies them as {@code version}.
   *
   * @return how many revisions were detected and how many of them are to be published
   */
  VersionCounts apply(
      Connection c,
      String cycleId,
      int version,
      String contentHash,
      UUID publicationId,
      Instant revisedAt,
      PhaseTimings timings)
      throws SQLException {
    List<String> categories = new ArrayList<>();
    List<BigDecimal> absolutes = new ArrayList<>();
    List<BigDecimal> relatives = new ArrayList<>();
    for (Map.Entry<String, NoiseThresholdConfig.CategoryThreshold> e :
        noise.categories().entrySet()) {
      categories.add(e.getKey());
      absolutes.add(e.getValue().absolute().orElse(noise.absolute()));
      relatives.add(e.getValue().relative().orElse(noise.relative()));
    }
    try (PreparedStatement st = c.prepareStatement(positional(DIFF))) {
      int i = 0;
      for (int p : DIFF_PARAMETERS) {
        i++;
        switch (p) {
          case 1 -> st.setString(i, cycleId);
          case 2 -> st.setInt(i, version);
          case 3 -> st.setBigDecimal(i, noise.absolute());
          case 4 -> st.setBigDecimal(i, noise.relative());
          case 5 -> st.setTimestamp(i, Timestamp.from(revisedAt));
          case 6 -> st.setArray(i, c.createArrayOf("text", categories.toArray()));
          case 7 -> st.setArray(i, c.createArrayOf("numeric", absolutes.toArray()));
          case 8 -> st.setArray(i, c.createArrayOf("numeric", relatives.toArray()));
          default -> throw new IllegalStateException("unknown parameter " + p);
        }
      }
      st.executeUpdate();
    }
    timings.lap("diff");
    for (String sql : List.of(DELETE_DROPPED, UPSERT_CHANGED)) {
      try (PreparedStatement st = c.prepareStatement(sql)) {
        st.setString(1, cycleId);
        st.setInt(2, version);
        st.executeUpdate();
      }
    }
    timings.lap("current version");
    try (PreparedStatement st = c.prepareStatement(ADVANCE_CYCLE)) {
      st.setInt(1, version);
      st.setString(2, contentHash);
      st.setObject(3, publicationId);
      st.setString(4, cycleId);
      st.executeUpdate();
    }
    try (PreparedStatement st = c.prepareStatement(COUNT)) {
      st.setString(1, cycleId);
      st.setInt(2, version);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return new VersionCounts(rs.getLong(1), rs.getLong(2));
      }
    }
  }

  /** The order of the numbered parameters ({@code ?n}) in {@link #DIFF}. */
  private static final List<Integer> DIFF_PARAMETERS = parameterOrder(DIFF);

  private static List<Integer> parameterOrder(String sql) {
    List<Integer> order = new ArrayList<>();
    var matcher = java.util.regex.Pattern.compile("\\?(\\d)").matcher(sql);
    while (matcher.find()) {
      order.add(Integer.parseInt(matcher.group(1)));
    }
    return order;
  }

  /** JDBC knows only {@code ?}; numbered placeholders keep the SQL above readable. */
  private static String positional(String sql) {
    return sql.replaceAll("\\?\\d", "?");
  }

  /** The cycle as locked: its current version and the content hash of that version. */
  public record CycleState(int currentVersion, String contentHash, UUID lastPublication) {}

  /** Revisions of a version: all of them, and those above the noise threshold. */
  public record VersionCounts(long detected, long published) {}
}
