package io.distconnect.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts a real PostgreSQL server (embedded binaries from Maven) once per JVM on a random port and
 * creates the service's own database in it. Init arg {@code database} names the database.
 *
 * <p>When {@code DISTCONNECT_PG_HOST} is set, the PostgreSQL server at {@code DISTCONNECT_PG_HOST}:
 * {@code DISTCONNECT_PG_PORT} (user {@code DISTCONNECT_PG_USER}, password {@code
 * DISTCONNECT_PG_PASSWORD}) is used instead; the database is created there if missing.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

  private static EmbeddedPostgres embedded;
  private static Server server;

  private String database = "distconnect";

  /** Where the server listens and how to log in. */
  public record Server(String host, int port, String user, String password) {
    public String jdbcUrl(String database) {
      return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String reactiveUrl(String database) {
      return "postgresql://" + host + ":" + port + "/" + database;
    }
  }

  @Override
  public void init(Map<String, String> initArgs) {
    database = initArgs.getOrDefault("database", database);
    if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("Not a plain database name: " + database);
    }
  }

  @Override
  public Map<String, String> start() {
    Server s = server();
    createDatabaseIfMissing(s, database);
    Map<String, String> config = new HashMap<>();
    config.put("quarkus.datasource.reactive.url", s.reactiveUrl(database));
    config.put("quarkus.datasource.jdbc.url", s.jdbcUrl(database));
    config.put("quarkus.datasource.username", s.user());
    config.put("quarkus.datasource.password", s.password());
    return config;
  }

  /** The server the tests use, starting the embedded one on first use. */
  public static synchronized Server server() {
    if (server != null) {
      return server;
    }
    String host = Env.get("DISTCONNECT_PG_HOST");
    if (host != null) {
      String port = Env.get("DISTCONNECT_PG_PORT");
      String user = Env.get("DISTCONNECT_PG_USER");
      String password = Env.get("DISTCONNECT_PG_PASSWORD");
      server =
          new Server(
              host,
              port == null ? 5432 : Integer.parseInt(port),
              user == null ? "postgres" : user,
              password == null ? "" : password);
      return server;
    }
    try {
      embedded = EmbeddedPostgres.builder().start();
      server = new Server("localhost", embedded.getPort(), "postgres", "postgres");
      Runtime.getRuntime().addShutdownHook(new Thread(PostgresResource::shutdown, "postgres-stop"));
      return server;
    } catch (Exception e) {
      throw new IllegalStateException("Could not start the embedded PostgreSQL server", e);
    }
  }

  /** True when PostgreSQL runs as a child of this JVM (tests may assert on it being real). */
  public static synchronized boolean embedded() {
    return embedded != null;
  }

  private static void createDatabaseIfMissing(Server s, String database) {
    try (Connection c = DriverManager.getConnection(s.jdbcUrl("postgres"), s.user(), s.password());
        Statement st = c.createStatement()) {
      try (ResultSet rs =
          st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
        if (rs.next()) {
          return;
        }
      }
      st.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + database, e);
    }
  }

  @Override
  public void stop() {
    // Shared by every Quarkus application in this JVM; it stops with the JVM.
  }

  private static synchronized void shutdown() {
    if (embedded != null) {
      try {
        embedded.close();
      } catch (Exception e) {
        // JVM is exiting.
      }
      embedded = null;
    }
  }
}
