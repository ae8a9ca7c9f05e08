import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a service's CPU goes, by library: reads a JFR recording and charges each execution sample
 * to the library of the innermost frame that is not the JDK (a HashMap lookup inside Hibernate is
 * Hibernate's cost). Self time, not inclusive time: reactive call chains run as callbacks, so a
 * sample's stack rarely shows which of our methods asked for the work.
 *
 * <pre>
 *   DISTCONNECT_JAVA_OPTS="-Xmx384m -XX:+UseSerialGC \
 *     -XX:StartFlightRecording=filename=/tmp/jfr/,settings=profile,dumponexit=true" dev/run --no-build
 *   dev/bench/e2e --skus 3000 --locations 3 --warmup 1500
 *   dev/run stop-services          # writes one recording per service into /tmp/jfr/
 *   java dev/bench/JfrByLibrary.java /tmp/jfr/hotspot-pid-NNNN-*.jfr
 * </pre>
 */
public class JfrByLibrary {

  /** Library → package prefixes; the first match wins, so the order matters. */
  private static final Map<String, List<String>> LIBRARIES = new LinkedHashMap<>();

  static {
    LIBRARIES.put("Hibernate ORM / Hibernate Reactive", List.of("org.hibernate."));
    LIBRARIES.put("PostgreSQL client (Vert.x SQL)", List.of("io.vertx.pgclient.", "io.vertx.sqlclient."));
    LIBRARIES.put(
        "Netty, Vert.x core",
        List.of("io.netty.", "io.vertx.core.", "io.vertx.ext.", "io.vertx.mutiny.core."));
    LIBRARIES.put(
        "Mutiny, context propagation, CDI",
        List.of(
            "io.smallrye.mutiny.", "io.smallrye.context.", "io.quarkus.vertx.", "io.quarkus.arc.",
            "io.quarkus.hibernate."));
    LIBRARIES.put(
        "Kafka client, SmallRye Reactive Messaging",
        List.of("org.apache.kafka.", "io.smallrye.reactive.messaging."));
    LIBRARIES.put("Jackson", List.of("com.fasterxml.jackson.", "tools.jackson."));
    LIBRARIES.put("OpenTelemetry", List.of("io.opentelemetry.", "io.quarkus.opentelemetry."));
    LIBRARIES.put("JSON Schema validation (networknt)", List.of("com.networknt."));
    LIBRARIES.put(
        "REST server and client",
        List.of("org.jboss.resteasy.", "io.quarkus.rest.", "io.quarkus.resteasy."));
    LIBRARIES.put("Logging", List.of("org.jboss.log"));
    LIBRARIES.put("Micrometer", List.of("io.micrometer."));
    LIBRARIES.put("SmallRye Fault Tolerance", List.of("io.smallrye.faulttolerance."));
    LIBRARIES.put("XML (cXML binding)", List.of("com.ctc.", "org.glassfish.jaxb.", "jakarta.xml."));
    LIBRARIES.put("distconnect", List.of("io.distconnect."));
  }

  private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: java dev/bench/JfrByLibrary.java RECORDING.jfr...");
      System.exit(2);
    }
    for (String file : args) {
      Map<String, Integer> samples = new LinkedHashMap<>();
      LIBRARIES.keySet().forEach(k -> samples.put(k, 0));
      int total = 0;
      try (RecordingFile recording = new RecordingFile(Path.of(file))) {
        while (recording.hasMoreEvents()) {
          RecordedEvent e = recording.readEvent();
          if (!e.getEventType().getName().equals("jdk.ExecutionSample")
              || e.getStackTrace() == null
              || e.getStackTrace().getFrames().isEmpty()) {
            continue;
          }
          total++;
          samples.merge(library(e.getStackTrace().getFrames()), 1, Integer::sum);
        }
      }
      System.out.printf("%n%s: %d execution samples%n%n| library | share |%n|---|---|%n", file, total);
      List<Map.Entry<String, Integer>> rows = new ArrayList<>(samples.entrySet());
      rows.sort((a, b) -> b.getValue() - a.getValue());
      for (Map.Entry<String, Integer> row : rows) {
        if (row.getValue() > 0) {
          System.out.printf("| %s | %.1f %% |%n", row.getKey(), 100.0 * row.getValue() / total);
        }
      }
    }
  }

  private static String library(List<RecordedFrame> frames) {
    for (RecordedFrame frame : frames) {
      String type = frame.getMethod().getType().getName();
      if (JDK.stream().noneMatch(type::startsWith)) {
        return libraryOf(type);
      }
    }
    return "JDK only (threads, GC, I/O)";
  }

  private static String libraryOf(String type) {
    for (Map.Entry<String, List<String>> library : LIBRARIES.entrySet()) {
      if (library.getValue().stream().anyMatch(type::startsWith)) {
        return library.getKey();
      }
    }
    return "other";
  }
}
