package io.distconnect.orchestrator.messaging;

import io.vertx.pgclient.PgException;
import java.sql.SQLException;

/**
 * Tells a database error caused by the data itself (SQLState class 22, "data exception": invalid
 * byte sequence, value too long...) from a transient one (connection, deadlock, ...). Retrying the
 * former can never succeed.
 */
final class StoreFailures {

  private StoreFailures() {}

  static boolean isDataError(Throwable failure) {
    String state = sqlState(failure);
    return state != null && state.startsWith("22");
  }

  static String describe(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof PgException pg) {
        return pg.getErrorMessage() + " (" + pg.getSqlState() + ")";
      }
    }
    return String.valueOf(failure.getMessage());
  }

  private static String sqlState(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
      if (t instanceof PgException pg) {
        return pg.getSqlState();
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
      if (t instanceof org.hibernate.JDBCException jdbc && jdbc.getSQLState() != null) {
        return jdbc.getSQLState();
      }
    }
    return null;
  }
}
