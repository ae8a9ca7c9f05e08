package io.distconnect.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One service as its own OS process, started from its packaged fast-jar ({@code
 * target/quarkus-app/quarkus-run.jar}) with the environment a deployment would give it. A restart
 * keeps the port, the database and the log file (appended), like a pod restart.
 */
final class ServiceProcess {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  final String name;
  final int port;
  private final Path jar;
  private Path copy;
  private final Path log;
  private final Map<String, String> env;
  private Process process;

  ServiceProcess(String name, int port, Path jar, Path log, Map<String, String> env) {
    this.name = name;
    this.port = port;
    this.jar = jar;
    this.log = log;
    this.env = env;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  synchronized void start() {
    if (isAlive()) {
      return;
    }
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          name
              + " is not packaged: "
              + jar
              + " is missing. Build the services first: ./mvnw -B package -DskipTests -pl "
              + name);
    }
    if (copy == null) {
      copy = snapshot();
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-jar");
    command.add(copy.toString());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    // The services resolve relative paths (e.g. the default key location) against their working
    // directory; give each its module directory, as dev/run gives the repository root.
    builder.directory(jar.getParent().getParent().getParent().toFile());
    try {
      Files.createDirectories(log.getParent());
      Files.writeString(
          log,
          "---- starting " + name + " on :" + port + " ----\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("Could not start " + name, e);
    }
  }

  /**
   * Runs a copy of the packaged application ({@code target/apps/<service>/}), as {@code dev/run}
   * does: a rebuild of the service while the tests run must not change the process under test.
   */
  private Path snapshot() {
    Path source = jar.getParent();
    Path target = log.getParent().getParent().resolve("apps").resolve(name);
    try {
      if (Files.exists(target)) {
        try (var old = Files.walk(target)) {
          old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      try (var files = Files.walk(source)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Path to = target.resolve(source.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(to);
          } else {
            Files.copy(p, to);
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Could not copy " + source + " to " + target, e);
    }
    return target.resolve(jar.getFileName().toString());
  }

  boolean isAlive() {
    return process != null && process.isAlive();
  }

  boolean ready() {
    try {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                  .timeout(Duration.ofSeconds(2))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return r.statusCode() == 200 && r.body().replace(" ", "").contains("\"status\":\"UP\"");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  void awaitReady(Duration timeout) {
    try {
      Awaitility.await(name + " ready on :" + port)
          .atMost(timeout)
          .pollInterval(Duration.ofMillis(250))
          .until(
              () -> {
                if (!isAlive()) {
                  throw new IllegalStateException(
                      name + " exited during start-up (" + log + "):\n" + logTail(60));
                }
                return ready();
              });
    } catch (ConditionTimeoutException e) {
      throw new IllegalStateException(
          name + " not ready after " + timeout + " (" + log + "):\n" + logTail(60), e);
    }
  }

  /**
   * SIGTERM (Quarkus shuts down gracefully), then SIGKILL if it does not go within 20 s.
   *
   * @return how it went: whether the process ended by itself, and what it logged meanwhile
   */
  synchronized Stopped stop() {
    if (process == null) {
      return new Stopped(true, List.of());
    }
    long logged = logSize();
    process.destroy();
    boolean onItsOwn = false;
    try {
      onItsOwn = process.waitFor(20, TimeUnit.SECONDS);
      if (!onItsOwn) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    process = null;
    return new Stopped(onItsOwn, logSince(logged));
  }

  /**
   * How a stop went.
   *
   * @param onItsOwn the process ended within the grace period, without SIGKILL
   * @param log the lines it logged from SIGTERM to its end
   */
  record Stopped(boolean onItsOwn, List<String> log) {

    /** Lines at WARN or ERROR level, and stack-trace causes: a clean stop logs none. */
    List<String> complaints() {
      return log.stream()
          .filter(l -> l.contains(" WARN ") || l.contains(" ERROR ") || l.startsWith("Caused by"))
          .toList();
    }
  }

  private long logSize() {
    try {
      return Files.size(log);
    } catch (IOException e) {
      return 0;
    }
  }

  private List<String> logSince(long offset) {
    try {
      byte[] all = Files.readAllBytes(log);
      int from = (int) Math.min(offset, all.length);
      String text = new String(all, from, all.length - from, StandardCharsets.UTF_8);
      return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    } catch (IOException e) {
      return List.of("(no log: " + e.getMessage() + ")");
    }
  }

  /** Last resort from the JVM shutdown hook: never wait long. */
  synchronized void kill() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
      }
    }
  }

  Path log() {
    return log;
  }

  String logTail(int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
