package io.distconnect.planning.persistence;

import io.distconnect.planning.domain.RowError;
import io.distconnect.planning.domain.ValidatedRow;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The rows of one publication on their way into PostgreSQL: a temporary table (private to the
 * connection, dropped at commit or rollback) filled with {@code COPY}, the fastest bulk path there
 * is, so diffing a million rows is one set-based statement rather than a million Java round trips.
 * Rejected rows whose bucket is known are staged too (flagged), so that bucket keeps its previous
 * value instead of looking dropped.
 */
public final class StagingTable implements AutoCloseable {

  private static final String CREATE =
      """
      CREATE TEMP TABLE forecast_staging (
          line BIGINT NOT NULL, item_id TEXT NOT NULL, location_id TEXT NOT NULL,
          period_start DATE NOT NULL, period_end DATE, quantity NUMERIC, uom TEXT, category TEXT,
          rejected BOOLEAN NOT NULL, duplicate BOOLEAN NOT NULL DEFAULT false
      ) ON COMMIT DROP
      """;
  private static final String COPY =
      "COPY forecast_staging (line, item_id, location_id, period_start, period_end, quantity, uom,"
          + " category, rejected) FROM STDIN";
  private static final String MARK_DUPLICATES =
      """
      WITH dup AS (
          SELECT item_id, location_id, period_start FROM forecast_staging
          GROUP BY item_id, location_id, period_start HAVING count(*) > 1)
      UPDATE forecast_staging s SET duplicate = true FROM dup
      WHERE s.item_id = dup.item_id AND s.location_id = dup.location_id
        AND s.period_start = dup.period_start
      RETURNING s.line, s.rejected, s.item_id, s.location_id, s.period_start
      """;
  private static final int FLUSH_BYTES = 256 * 1024;

  private final CopyIn copy;
  private final StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 1024);

  private StagingTable(CopyIn copy) {
    this.copy = copy;
  }

  /** Creates the table and starts streaming into it; must run inside a transaction. */
  public static StagingTable open(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(CREATE);
    }
    return new StagingTable(c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY));
  }

  /** Adds a row (accepted or, when its bucket is known, rejected). */
  public void add(ValidatedRow row) throws SQLException {
    buffer.append(row.line()).append('\t');
    text(row.itemId()).append('\t');
    text(row.locationId()).append('\t');
    buffer.append(row.periodStart()).append('\t');
    buffer.append(row.periodEnd() == null ? "\\N" : row.periodEnd().toString()).append('\t');
    if (row.accepted()) {
      buffer.append(row.quantity().toPlainString()).append('\t');
      buffer.append(row.uom().name()).append('\t');
      text(row.category()).append("\tf\n");
    } else {
      buffer.append("\\N\t\\N\t\\N\tt\n");
    }
    if (buffer.length() >= FLUSH_BYTES) {
      flush();
    }
  }

  /** Ends the COPY and refreshes the planner's statistics of the table. */
  public void finish(Connection c) throws SQLException {
    flush();
    copy.endCopy();
    try (Statement st = c.createStatement()) {
      // Autovacuum never analyses temporary tables; without statistics the diff plans badly.
      st.execute("ANALYZE forecast_staging");
    }
  }

  /**
   * Flags every row of a bucket that appears more than once: which of two quantities is meant is
   * unknowable, so the bucket keeps its previous value.
   *
   * @return how many rows were rejected only now (they had passed every other check)
   */
  public static long rejectDuplicates(Connection c, List<RowError> errors) throws SQLException {
    long newlyRejected = 0;
    List<RowError> found = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(MARK_DUPLICATES)) {
      while (rs.next()) {
        if (!rs.getBoolean(2)) {
          newlyRejected++;
        }
        found.add(
            new RowError(
                rs.getLong(1),
                null,
                "duplicate row: "
                    + rs.getString(3)
                    + "@"
                    + rs.getString(4)
                    + " for the period starting "
                    + rs.getDate(5).toLocalDate()
                    + " appears more than once in the publication"));
      }
    }
    errors.addAll(found);
    return newlyRejected;
  }

  private void flush() throws SQLException {
    if (buffer.isEmpty()) {
      return;
    }
    byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    buffer.setLength(0);
  }

  /** Escapes a value for COPY's text format. */
  private StringBuilder text(String value) {
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      switch (ch) {
        case '\\' -> buffer.append("\\\\");
        case '\t' -> buffer.append("\\t");
        case '\n' -> buffer.append("\\n");
        case '\r' -> buffer.append("\\r");
        default -> buffer.append(ch);
      }
    }
    return buffer;
  }

  @Override
  public void close() throws SQLException {
    if (copy.isActive()) {
      copy.cancelCopy();
    }
  }
}
