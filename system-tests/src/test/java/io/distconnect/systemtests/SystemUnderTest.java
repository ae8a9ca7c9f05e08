package io.distconnect.systemtests;

import io.distconnect.testsupport.JwtResource;
import io.distconnect.testsupport.KafkaBrokerResource;
import io.distconnect.testsupport.PostgresResource;
import io.distconnect.testsupport.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The whole system, started once per test JVM: a real Kafka broker and a real PostgreSQL
 * (test-support's resources), an OTLP/HTTP receiver, and the four services as separate processes
 * from their packaged jars, each with its own database, on random ports, with the embedded
 * platforms seeded with demo data (as {@code dev/run} starts them). Stopped when the test run ends
 * and, as a backstop, by a JVM shutdown hook.
 */
final class SystemUnderTest implements AutoCloseable {

  static final String PLANNING = "planning-connector";
  static final String ERP = "erp-connector";
  static final String PROCUREMENT = "procurement-connector";
  static final String ORCHESTRATOR = "orchestrator";

  private static final Map<String, String> DATABASES =
      Map.of(
          PLANNING,
          "planning",
          ERP,
          "erp",
          PROCUREMENT,
          "procurement",
          ORCHESTRATOR,
          "orchestrator");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(600);

  private static SystemUnderTest instance;

  final String bootstrapServers;
  private final Path root;
  final OtlpReceiver otlp;
  private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
  private final Thread shutdownHook;

  static synchronized SystemUnderTest get() {
    if (instance == null) {
      instance = new SystemUnderTest();
    }
    return instance;
  }

  private SystemUnderTest() {
    root = Path.of(System.getProperty("distconnect.root", "..")).toAbsolutePath().normalize();
    Path work = root.resolve("system-tests/target");
    Path logs = Path.of(System.getProperty("distconnect.logs", work.resolve("logs").toString()));
    shutdownHook = new Thread(this::kill, "system-under-test-stop");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    try {
      bootstrapServers = KafkaBrokerResource.bootstrapServers();
      createTopics(root);
      PostgresResource.Server db = PostgresResource.server();
      otlp = new OtlpReceiver();
      Path publicKey = writePublicKey(work.resolve("keys/public.pem"));
      Path drop = Files.createDirectories(work.resolve("drop-folder"));
      Map<String, Integer> ports = new HashMap<>();
      for (String name : List.of(PLANNING, ERP, PROCUREMENT, ORCHESTRATOR)) {
        ports.put(name, freePort());
      }
      String serviceToken = TestTokens.token("system-test-service", "service");
      for (String name : List.of(ERP, PROCUREMENT, PLANNING, ORCHESTRATOR)) {
        String database = DATABASES.get(name);
        PostgresResource pg = new PostgresResource();
        pg.init(Map.of("database", database));
        pg.start(); // creates the service's own database
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.get(name)));
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        env.put("DISTCONNECT_DB_REACTIVE_URL", db.reactiveUrl(database));
        env.put("DISTCONNECT_DB_JDBC_URL", db.jdbcUrl(database));
        env.put("DISTCONNECT_DB_USER", db.user());
        env.put("DISTCONNECT_DB_PASSWORD", db.password());
        env.put("DISTCONNECT_JWT_PUBLIC_KEY_LOCATION", "file:" + publicKey);
        env.put("DISTCONNECT_JWT_ISSUER", TestTokens.ISSUER);
        env.put("DISTCONNECT_JSON_LOGS", "false");
        env.put("DISTCONNECT_ERP_SEED_DEMO", "true");
        env.put("DISTCONNECT_PROCUREMENT_SEED_DEMO", "true");
        env.put("DISTCONNECT_SERVICE_TOKEN", serviceToken);
        env.put("DISTCONNECT_ERP_SERVICE_TOKEN", serviceToken);
        env.put("DISTCONNECT_ERP_URL", "http://127.0.0.1:" + ports.get(ERP));
        env.put("DISTCONNECT_PROCUREMENT_URL", "http://127.0.0.1:" + ports.get(PROCUREMENT));
        env.put("DISTCONNECT_PLANNING_DROP_FOLDER", drop.toString());
        // Traces: OTLP over HTTP/protobuf to the receiver of this test, exported in small batches.
        env.put("OTEL_EXPORTER_OTLP_ENDPOINT", otlp.endpoint());
        env.put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", otlp.endpoint());
        env.put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf");
        env.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
        // A parked case retries within seconds (production: 5 s growing to 15 min), and an open
        // circuit breaker half-opens after a second, so the outage scenario takes seconds.
        env.put("DISTCONNECT_ORCHESTRATOR_WORKER_BACKOFF_INITIAL", "1s");
        env.put("DISTCONNECT_ORCHESTRATOR_WORKER_BACKOFF_MAX", "2s");
        env.put("DISTCONNECT_ORCHESTRATOR_WORKER_MAX_ATTEMPTS", "100");
        env.put("QUARKUS_FAULT_TOLERANCE_GLOBAL_CIRCUIT_BREAKER_DELAY", "1000");
        env.put("QUARKUS_FAULT_TOLERANCE_GLOBAL_CIRCUIT_BREAKER_DELAY_UNIT", "millis");
        services.put(
            name,
            new ServiceProcess(
                name,
                ports.get(name),
                root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar"),
                logs.resolve(name + ".log"),
                env));
      }
      services.values().forEach(ServiceProcess::start);
      for (ServiceProcess s : services.values()) {
        s.awaitReady(START_TIMEOUT);
      }
    } catch (IOException e) {
      kill();
      throw new UncheckedIOException(e);
    } catch (RuntimeException | Error e) {
      kill();
      throw e;
    }
  }

  /** Consumed topic → the services that dead-letter it, from the services' configuration. */
  Map<String, List<String>> deadLetterTopics() {
    Map<String, List<String>> out = new java.util.TreeMap<>();
    Pattern dlq =
        Pattern.compile(
            "^mp\\.messaging\\.incoming\\.[a-z0-9-]+\\.dead-letter-queue\\.topic=(.+)\\.dlq\\.(.+)$");
    for (String name : List.of(PLANNING, ERP, PROCUREMENT, ORCHESTRATOR)) {
      try {
        for (String line :
            Files.readAllLines(
                root.resolve(name).resolve("src/main/resources/application.properties"),
                StandardCharsets.UTF_8)) {
          Matcher m = dlq.matcher(line.trim());
          if (m.matches() && m.group(2).equals(name)) {
            out.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(name);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  ServiceProcess service(String name) {
    return services.get(name);
  }

  String url(String name) {
    return services.get(name).baseUrl();
  }

  /** Every log's tail, for failure messages. */
  String logTails(int lines) {
    StringBuilder out = new StringBuilder();
    for (ServiceProcess s : services.values()) {
      out.append("---- ").append(s.name).append(" (").append(s.log()).append(") ----\n");
      out.append(s.logTail(lines)).append('\n');
    }
    return out.toString();
  }

  /** Orderly stop: services first (they need the broker to stop quickly), then the receiver. */
  @Override
  public synchronized void close() {
    List<ServiceProcess> reverse = new ArrayList<>(services.values());
    java.util.Collections.reverse(reverse);
    reverse.parallelStream().forEach(ServiceProcess::stop);
    if (otlp != null) {
      otlp.close();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // Already running as part of the JVM's shutdown.
    }
    synchronized (SystemUnderTest.class) {
      instance = null;
    }
  }

  private void kill() {
    services.values().forEach(ServiceProcess::kill);
  }

  /**
   * Creates every topic the services name in their configuration, so no consumer starts on a
   * missing topic (the broker would auto-create it, but only on first use, with a rebalance).
   */
  private void createTopics(Path root) throws IOException {
    Set<String> topics = new TreeSet<>();
    Pattern single =
        Pattern.compile(
            "^mp\\.messaging\\.[a-z]+\\.[a-z0-9-]+\\.(topic|dead-letter-queue\\.topic|topics)=(.+)$");
    for (String name : List.of(PLANNING, ERP, PROCUREMENT, ORCHESTRATOR)) {
      for (String line :
          Files.readAllLines(
              root.resolve(name).resolve("src/main/resources/application.properties"),
              StandardCharsets.UTF_8)) {
        Matcher m = single.matcher(line.trim());
        if (m.matches() && !m.group(2).contains("${")) {
          for (String t : m.group(2).split(",")) {
            topics.add(t.trim());
          }
        }
      }
    }
    topics.addAll(
        List.of(
            "planning.forecast-revisions.v1",
            "procurement.replenishment-requests.v1",
            "procurement.purchase-order-events.v1",
            "erp.inventory-events.v1",
            "erp.purchase-order-events.v1",
            "erp.master-data-events.v1",
            "orchestrator.case-transitions.v1"));
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    try (Admin admin = Admin.create(props)) {
      Set<String> existing = admin.listTopics().names().get();
      List<NewTopic> missing = new ArrayList<>();
      for (String t : topics) {
        if (!existing.contains(t)) {
          missing.add(new NewTopic(t, 3, (short) 1));
        }
      }
      admin.createTopics(missing).all().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("Could not create topics " + topics, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The public half of test-support's per-JVM key pair, as the PEM file the services read. */
  private static Path writePublicKey(Path file) throws IOException {
    String base64 = new JwtResource().start().get("mp.jwt.verify.publickey");
    StringBuilder pem = new StringBuilder("-----BEGIN PUBLIC KEY-----\n");
    for (int i = 0; i < base64.length(); i += 64) {
      pem.append(base64, i, Math.min(base64.length(), i + 64)).append('\n');
    }
    pem.append("-----END PUBLIC KEY-----\n");
    Files.createDirectories(file.getParent());
    Files.writeString(file, pem.toString(), StandardCharsets.US_ASCII);
    return file;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }
}
