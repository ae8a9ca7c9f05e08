package io.distconnect.planning.persistence;

import io.distconnect.planning.domain.ConflictException;
import io.distconnect.planning.domain.PublicationJob;
import io.distconnect.planning.domain.PublicationResult;
import io.distconnect.planning.domain.RowError;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes the publication (job) rows. JDBC, because the ingest pipeline that calls it runs on worker
 * threads and streams rows into PostgreSQL with COPY; the REST reads go through the reactive pool.
 */
@ApplicationScoped
public class PublicationRepository {

  private static final String INSERT =
      """
      INSERT INTO forecast_publication (id, cycle_id, channel, file_name, csv_mapping, idempotency_key,
          content_hash, status, published_at, started_at, heartbeat_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?, now(), now())
      """;
  private static final String BY_KEY =
      "SELECT id, content_hash FROM forecast_publication WHERE idempotency_key = ?";
  private static final String PROGRESS =
      "UPDATE forecast_publication SET rows_read = ?, rows_rejected = ?, progress_percent = ?,"
          + " heartbeat_at = now() WHERE id = ? AND status = 'RUNNING'";
  private static final String FINISH =
      """
      UPDATE forecast_publication SET status = ?, version = ?, duplicate_of = ?, rows_read = ?,
          rows_accepted = ?, rows_rejected = ?, revisions_detected = ?, revisions_emitted = ?,
          detail = ?, progress_percent = 100, finished_at = clock_timestamp()
      WHERE id = ?
      """;
  private static final String ERROR =
      "INSERT INTO publication_row_error (publication_id, seq, line, column_name, reason)"
          + " VALUES (?, ?, ?, ?, ?)";
  private static final String ABANDON =
      "UPDATE forecast_publication SET status = 'FAILED', finished_at = now(),"
          + " detail = 'Interrupted (the service stopped while processing it); send it again'"
          + " WHERE status = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => ?)";

  private final DataSource dataSource;

  public PublicationRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The publication earlier sent with this Idempotency-Key, with its content hash. */
  public Optional<KeyedPublication> findByIdempotencyKey(String key) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(BY_KEY)) {
      st.setString(1, key);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next()
            ? Optional.of(new KeyedPublication(rs.getObject(1, UUID.class), rs.getString(2)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read publications", e);
    }
  }

  /** Records a new running publication, committed at once so its progress can be followed. */
  public void create(PublicationJob job) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(INSERT)) {
      st.setObject(1, job.id());
      st.setString(2, job.cycleId());
      st.setString(3, job.channel().name());
      st.setString(4, job.fileName());
      st.setString(5, job.mapping());
      st.setString(6, job.idempotencyKey());
      st.setString(7, job.contentHash());
      st.setTimestamp(8, Timestamp.from(job.publishedAt()));
      st.executeUpdate();
    } catch (SQLException e) {
      if ("23505".equals(e.getSQLState())) {
        throw new ConflictException("A publication with this Idempotency-Key is being processed");
      }
      throw new IllegalStateException("Cannot record the publication", e);
    }
  }

  public void progress(UUID id, long rowsRead, long rowsRejected, int percent) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(PROGRESS)) {
      st.setLong(1, rowsRead);
      st.setLong(2, rowsRejected);
      st.setInt(3, Math.min(99, percent));
      st.setObject(4, id);
      st.executeUpdate();
    } catch (SQLException e) {
      // Progress is informative only; the job itself goes on.
      Log.warnf("Cannot record the progress of publication %s: %s", id, e.getMessage());
    }
  }

  /** Records the outcome on its own connection (nothing else of the publication commits). */
  public void finish(UUID id, PublicationResult result) {
    try (Connection c = dataSource.getConnection()) {
      finish(c, id, result);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot record the publication outcome", e);
    }
  }

  /** Records the outcome and its first row errors within the caller's transaction. */
  public void finish(Connection c, UUID id, PublicationResult result) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(FINISH)) {
      st.setString(1, result.status().name());
      st.setObject(2, result.version());
      st.setObject(3, result.duplicateOf());
      st.setLong(4, result.rowsRead());
      st.setLong(5, result.rowsAccepted());
      st.setLong(6, result.rowsRejected());
      st.setLong(7, result.revisionsDetected());
      st.setLong(8, result.revisionsEmitted());
      st.setString(9, result.detail());
      st.setObject(10, id);
      st.executeUpdate();
    }
    try (PreparedStatement st = c.prepareStatement(ERROR)) {
      int seq = 0;
      for (RowError error : result.errors()) {
        st.setObject(1, id);
        st.setInt(2, ++seq);
        st.setLong(3, error.line());
        st.setString(4, error.column());
        st.setString(5, error.reason());
        st.addBatch();
      }
      if (seq > 0) {
        st.executeBatch();
      }
    }
  }

  /**
   * Marks publications that have given no sign of life for {@code silence} as failed (their replica
   * stopped mid-job; their transaction was rolled back with it); returns how many.
   */
  public int abandonSilent(java.time.Duration silence) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(ABANDON)) {
      st.setDouble(1, silence.toSeconds());
      return st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot clean up interrupted publications", e);
    }
  }

  /** An earlier publication found by its Idempotency-Key. */
  public record KeyedPublication(UUID id, String contentHash) {
    public boolean sameContent(String hash) {
      return contentHash.equals(hash);
    }
  }
}
