package io.distconnect.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.Service;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NetworkPolicies allow exactly the traffic of the design: orchestrator → erp-connector and
 * procurement-connector, planning-connector → erp-connector over REST; every service → Kafka, its
 * own PostgreSQL and the OpenTelemetry Collector; collector → Jaeger. Nothing else between
 * services.
 */
class NetworkPolicyTest {
  /** Who calls whom over REST (DESIGN.md §1 and §2). */
  static final Set<String> REST_CALLS =
      Set.of(
          "orchestrator->erp-connector",
          "orchestrator->procurement-connector",
          "planning-connector->erp-connector");

  static List<Path> overlays() {
    return Manifests.overlays();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void everyPodOfTheProjectIsIsolatedBothWays(Path overlay) {
    Manifests manifests = Manifests.of(overlay);
    NetworkPolicies policies = new NetworkPolicies(manifests);
    List<String> violations = new ArrayList<>();
    for (Workload workload : Workload.all(manifests)) {
      NetworkPolicies.Pod pod = pod(workload);
      for (String direction : List.of("Ingress", "Egress")) {
        if (!policies.isolated(pod, direction)) {
          violations.add(workload.id() + ": no NetworkPolicy restricts its " + direction);
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void servicesTalkOverRestExactlyAsDesigned(Path overlay) {
    Manifests manifests = Manifests.of(overlay);
    NetworkPolicies policies = new NetworkPolicies(manifests);
    Map<String, Workload> services = services(manifests);
    assertThat(services.keySet()).containsExactlyInAnyOrderElementsOf(ServiceConfig.SERVICES);
    List<String> violations = new ArrayList<>();
    for (Workload from : services.values()) {
      for (Workload to : services.values()) {
        if (from == to) {
          continue;
        }
        String call = from.appName() + "->" + to.appName();
        int port = ServiceConfig.load(to.appName()).httpPort();
        boolean allowed = policies.allows(pod(from), pod(to), port);
        if (allowed != REST_CALLS.contains(call)) {
          violations.add(call + (allowed ? " is allowed but not in the design" : " is blocked"));
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void servicesReachKafkaTheirDatabaseAndTheCollector(Path overlay) {
    Manifests manifests = Manifests.of(overlay);
    NetworkPolicies policies = new NetworkPolicies(manifests);
    Map<String, Workload> services = services(manifests);
    K8sObject kafka = manifests.ofKind("Kafka").get(0);
    List<String> violations = new ArrayList<>();
    Map<String, NetworkPolicies.Pod> databases = new LinkedHashMap<>();
    for (Workload service : services.values()) {
      Map<String, String> env =
          ContainerEnvironment.of(manifests, service.pod().getContainers().get(0));
      URI db = URI.create(env.get("DISTCONNECT_DB_REACTIVE_URL"));
      databases.put(service.appName(), databasePod(manifests, db.getHost()));
    }
    for (Workload service : services.values()) {
      NetworkPolicies.Pod from = pod(service);
      Map<String, String> env =
          ContainerEnvironment.of(manifests, service.pod().getContainers().get(0));
      // Kafka brokers: our egress policy, and the listener's networkPolicyPeers that Strimzi
      // enforces.
      int kafkaPort = Integer.parseInt(env.get("KAFKA_BOOTSTRAP_SERVERS").split(":")[1]);
      NetworkPolicies.Pod broker =
          new NetworkPolicies.Pod(
              "kafka broker",
              Map.of(
                  "strimzi.io/cluster", kafka.name(),
                  "strimzi.io/kind", "Kafka",
                  "strimzi.io/broker-role", "true"),
              Map.of());
      if (!policies.egressAllows(from, broker, kafkaPort)) {
        violations.add(service.appName() + " cannot reach the Kafka brokers on " + kafkaPort);
      }
      JsonNode listener = ServiceWiringTest.listener(kafka, kafkaPort).orElseThrow();
      if (!listenerAdmits(listener, from.labels())) {
        violations.add(service.appName() + " is not among the listener's networkPolicyPeers");
      }
      NetworkPolicies.Pod ownDb = databases.get(service.appName());
      if (!policies.allows(from, ownDb, 5432)) {
        violations.add(service.appName() + " cannot reach its database " + ownDb.name());
      }
      databases.forEach(
          (other, db) -> {
            if (!other.equals(service.appName())
                && !db.labels().equals(ownDb.labels())
                && policies.allows(from, db, 5432)) {
              violations.add(service.appName() + " may reach the database of " + other);
            }
          });
      URI otlp = URI.create(env.get("OTEL_EXPORTER_OTLP_ENDPOINT"));
      NetworkPolicies.Pod collector = podBehind(manifests, otlp.getHost());
      if (!policies.allows(from, collector, otlp.getPort())) {
        violations.add(service.appName() + " cannot export traces to " + otlp);
      }
    }
    NetworkPolicies.Pod collector = podBehind(manifests, "otel-collector");
    NetworkPolicies.Pod jaeger = podBehind(manifests, "jaeger");
    if (!policies.allows(collector, jaeger, 4317)) {
      violations.add("otel-collector cannot export to jaeger:4317");
    }
    assertThat(violations).isEmpty();
  }

  static Map<String, Workload> services(Manifests manifests) {
    Map<String, Workload> services = new LinkedHashMap<>();
    for (Workload w : Workload.all(manifests)) {
      if (w.isService()) {
        services.put(w.appName(), w);
      }
    }
    return services;
  }

  static NetworkPolicies.Pod pod(Workload workload) {
    Map<String, Integer> ports = new HashMap<>();
    workload.pod().getContainers().stream()
        .flatMap(c -> Optional.ofNullable(c.getPorts()).orElse(List.of()).stream())
        .filter(p -> p.getName() != null)
        .forEach(p -> ports.put(p.getName(), ((ContainerPort) p).getContainerPort()));
    return new NetworkPolicies.Pod(workload.id(), workload.podLabels(), ports);
  }

  /** The pod a Service of the overlay selects. */
  static NetworkPolicies.Pod podBehind(Manifests manifests, String serviceName) {
    Service service =
        ServiceWiringTest.service(manifests, serviceName)
            .orElseThrow(() -> new AssertionError("no Service " + serviceName));
    return Workload.all(manifests).stream()
        .filter(
            w -> w.podLabels().entrySet().containsAll(service.getSpec().getSelector().entrySet()))
        .map(NetworkPolicyTest::pod)
        .findFirst()
        .orElseThrow(() -> new AssertionError("Service " + serviceName + " selects no pod"));
  }

  /**
   * A rendered Service's pod, or the primary of the CloudNativePG cluster behind {@code <name>-rw}.
   */
  static NetworkPolicies.Pod databasePod(Manifests manifests, String host) {
    if (ServiceWiringTest.service(manifests, host).isPresent()) {
      return podBehind(manifests, host);
    }
    String cluster = host.substring(0, host.length() - "-rw".length());
    return new NetworkPolicies.Pod(
        "Cluster/" + cluster,
        Map.of("cnpg.io/cluster", cluster, "cnpg.io/instanceRole", "primary"),
        Map.of());
  }

  private static boolean listenerAdmits(JsonNode listener, Map<String, String> labels) {
    JsonNode peers = listener.path("networkPolicyPeers");
    if (peers.isMissingNode() || peers.isEmpty()) {
      return true;
    }
    for (JsonNode peer : peers) {
      if (peer.has("namespaceSelector")) {
        continue;
      }
      boolean all = true;
      var fields = peer.path("podSelector").path("matchLabels").fields();
      while (fields.hasNext()) {
        var e = fields.next();
        all &= e.getValue().asText().equals(labels.get(e.getKey()));
      }
      if (all) {
        return true;
      }
    }
    return false;
  }
}
