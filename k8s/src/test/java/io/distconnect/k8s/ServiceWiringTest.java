package io.distconnect.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The manifests configure the services with the names their configuration reads, and every address
 * in that configuration leads to something the overlay deploys (or an operator makes from it).
 */
class ServiceWiringTest {
  static List<Path> overlays() {
    return Manifests.overlays();
  }

  /**
   * Every variable a service's container gets is configuration the service reads: a {@code ${VAR}}
   * of its application.properties, the environment form of one of its properties, a Quarkus
   * property ({@code QUARKUS_*}) or a Kafka client property ({@code KAFKA_*}, which Quarkus hands
   * to the Kafka clients).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void everyVariableIsConfigurationTheServiceReads(Path overlay) {
    Manifests manifests = Manifests.of(overlay);
    List<String> violations = new ArrayList<>();
    for (Workload workload : Workload.all(manifests)) {
      if (!workload.isService()) {
        continue;
      }
      ServiceConfig config = ServiceConfig.load(workload.appName());
      Set<String> placeholders = config.placeholders();
      Set<String> properties = config.propertyVariables();
      Map<String, String> env =
          ContainerEnvironment.of(manifests, workload.pod().getContainers().get(0));
      for (String name : env.keySet()) {
        boolean known =
            placeholders.contains(name)
                || properties.contains(name)
                || name.startsWith("QUARKUS_")
                || name.startsWith("KAFKA_");
        if (!known) {
          violations.add(
              workload.id()
                  + ": "
                  + name
                  + " is no configuration of "
                  + config.name()
                  + " (not a ${...} of its application.properties, nor a property's env name)");
        }
      }
      for (String required : config.requiredVariables()) {
        if (!env.containsKey(required)) {
          violations.add(
              workload.id() + ": " + config.name() + " needs ${" + required + "} (no default)");
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void eachServiceUsesItsOwnDatabase(Path overlay) {
    Manifests manifests = Manifests.of(overlay);
    List<String> violations = new ArrayList<>();
    for (Workload workload : Workload.all(manifests)) {
      if (!workload.isService()) {
        continue;
      }
      ServiceConfig config = ServiceConfig.load(workload.appName());
      Map<String, String> env =
          ContainerEnvironment.of(manifests, workload.pod().getContainers().get(0));
      for (String[] pair :
          List.of(
              new String[] {"DISTCONNECT_DB_REACTIVE_URL", "quarkus.datasource.reactive.url"},
              new String[] {"DISTCONNECT_DB_JDBC_URL", "quarkus.datasource.jdbc.url"})) {
        String url = env.get(pair[0]);
        if (url == null) {
          violations.add(workload.id() + ": " + pair[0] + " is not set");
          continue;
        }
        String expectedDb = ServiceConfig.databaseOf(config.value(pair[1]).orElseThrow());
        URI uri = URI.create(url.startsWith("jdbc:") ? url.substring(5) : url);
        if (!ServiceConfig.databaseOf(url).equals(expectedDb)) {
          violations.add(
              workload.id()
                  + ": "
                  + pair[0]
                  + " names database "
                  + ServiceConfig.databaseOf(url)
                  + ", the service's database is "
                  + expectedDb);
        }
        if (!(url.startsWith("jdbc:postgresql://") || url.startsWith("postgresql://"))) {
          violations.add(workload.id() + ": " + pair[0] + " is not a PostgreSQL URL: " + url);
        }
        if (!databaseHostExists(manifests, uri.getHost(), uri.getPort())) {
          violations.add(
              workload.id()
                  + ": "
                  + pair[0]
                  + " host "
                  + uri.getHost()
                  + ":"
                  + uri.getPort()
                  + " is neither a Service nor a CloudNativePG cluster's -rw service");
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  /**
   * Every in-cluster http(s) address a service is given (REST clients of the other services, the
   * OTLP endpoint) names a Service of the overlay and one of its ports; an address of a distconnect
   * service uses that service's quarkus.http.port.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void httpAddressesLeadToDeployedServices(Path overlay) {
    Manifests manifests = Manifests.of(overlay);
    List<String> violations = new ArrayList<>();
    for (Workload workload : Workload.all(manifests)) {
      if (!workload.isService()) {
        continue;
      }
      Map<String, String> env =
          ContainerEnvironment.of(manifests, workload.pod().getContainers().get(0));
      env.forEach(
          (name, value) -> {
            if (!value.startsWith("http://") && !value.startsWith("https://")) {
              return;
            }
            URI uri = URI.create(value);
            if (uri.getHost() == null || uri.getHost().contains(".")) {
              return; // outside the cluster (the identity provider, a real platform's API)
            }
            Optional<Service> service = service(manifests, uri.getHost());
            if (service.isEmpty()) {
              violations.add(workload.id() + ": " + name + "=" + value + " names no Service");
              return;
            }
            if (service.get().getSpec().getPorts().stream()
                .noneMatch(p -> p.getPort() == uri.getPort())) {
              violations.add(workload.id() + ": " + name + "=" + value + " has no such port");
            }
            String target = service.get().getSpec().getSelector().get("app.kubernetes.io/name");
            if (ServiceConfig.SERVICES.contains(target)
                && uri.getPort() != ServiceConfig.load(target).httpPort()) {
              violations.add(
                  workload.id()
                      + ": "
                      + name
                      + " port "
                      + uri.getPort()
                      + " is not "
                      + target
                      + "'s quarkus.http.port");
            }
          });
      if (!env.containsKey("OTEL_EXPORTER_OTLP_ENDPOINT")) {
        violations.add(workload.id() + ": OTEL_EXPORTER_OTLP_ENDPOINT is not set");
      }
    }
    assertThat(violations).isEmpty();
  }

  /**
   * The Kafka client settings match the Strimzi listener: bootstrap service and port, TLS and SASL
   * mechanism, the CA certificate mounted where the truststore points, and the JAAS config from the
   * service's own KafkaUser.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void kafkaClientsMatchTheStrimziListener(Path overlay) {
    Manifests manifests = Manifests.of(overlay);
    List<K8sObject> clusters = manifests.ofKind("Kafka");
    assertThat(clusters).as("one Kafka in %s", overlay.getFileName()).hasSize(1);
    K8sObject kafka = clusters.get(0);
    List<String> violations = new ArrayList<>();
    for (Workload workload : Workload.all(manifests)) {
      if (!workload.isService()) {
        continue;
      }
      Container container = workload.pod().getContainers().get(0);
      Map<String, String> env = ContainerEnvironment.of(manifests, container);
      String where = workload.id();
      String bootstrap = env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "");
      String[] hostPort = bootstrap.split(":");
      if (hostPort.length != 2 || !hostPort[0].equals(kafka.name() + "-kafka-bootstrap")) {
        violations.add(
            where
                + ": KAFKA_BOOTSTRAP_SERVERS="
                + bootstrap
                + " is not "
                + kafka.name()
                + "-kafka-bootstrap:<port>");
        continue;
      }
      Optional<JsonNode> listener = listener(kafka, Integer.parseInt(hostPort[1]));
      if (listener.isEmpty()) {
        violations.add(
            where + ": no listener of Kafka/" + kafka.name() + " on port " + hostPort[1]);
        continue;
      }
      boolean tls = listener.get().path("tls").asBoolean();
      String auth = listener.get().path("authentication").path("type").asText("none");
      String protocol = (auth.startsWith("scram") ? "SASL_" : "") + (tls ? "SSL" : "PLAINTEXT");
      if (!protocol.equals(env.getOrDefault("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT"))) {
        violations.add(where + ": KAFKA_SECURITY_PROTOCOL must be " + protocol);
      }
      if (auth.equals("scram-sha-512")) {
        if (!"SCRAM-SHA-512".equals(env.get("KAFKA_SASL_MECHANISM"))) {
          violations.add(where + ": KAFKA_SASL_MECHANISM must be SCRAM-SHA-512");
        }
        String expected = "secret:" + workload.appName() + "/sasl.jaas.config";
        if (!expected.equals(env.get("KAFKA_SASL_JAAS_CONFIG"))) {
          violations.add(
              where
                  + ": KAFKA_SASL_JAAS_CONFIG must come from "
                  + expected
                  + " (the Secret of its KafkaUser)");
        }
        if (manifests.find("KafkaUser", workload.appName()).isEmpty()) {
          violations.add(where + ": no KafkaUser " + workload.appName());
        }
      }
      if (tls
          && !caMounted(
              workload, container, kafka.name(), env.get("KAFKA_SSL_TRUSTSTORE_LOCATION"))) {
        violations.add(
            where
                + ": KAFKA_SSL_TRUSTSTORE_LOCATION must point at ca.crt of the "
                + kafka.name()
                + "-cluster-ca-cert Secret, mounted read-only");
      }
    }
    assertThat(violations).isEmpty();
  }

  static Optional<JsonNode> listener(K8sObject kafka, int port) {
    for (JsonNode listener : kafka.node().path("spec").path("kafka").path("listeners")) {
      if (listener.path("port").asInt() == port) {
        return Optional.of(listener);
      }
    }
    return Optional.empty();
  }

  static Optional<Service> service(Manifests manifests, String name) {
    return manifests.typed(Service.class).stream()
        .filter(s -> s.getMetadata().getName().equals(name))
        .findFirst();
  }

  private static boolean databaseHostExists(Manifests manifests, String host, int port) {
    Optional<Service> service = service(manifests, host);
    if (service.isPresent()) {
      return service.get().getSpec().getPorts().stream()
          .map(ServicePort::getPort)
          .anyMatch(p -> p == port);
    }
    return host.endsWith("-rw")
        && port == 5432
        && manifests.find("Cluster", host.substring(0, host.length() - 3)).isPresent();
  }

  private static boolean caMounted(
      Workload workload, Container container, String kafka, String location) {
    if (location == null) {
      return false;
    }
    for (VolumeMount mount : Optional.ofNullable(container.getVolumeMounts()).orElse(List.of())) {
      if (!location.startsWith(mount.getMountPath() + "/")) {
        continue;
      }
      String file = location.substring(mount.getMountPath().length() + 1);
      for (Volume volume : Optional.ofNullable(workload.pod().getVolumes()).orElse(List.of())) {
        if (volume.getName().equals(mount.getName())
            && volume.getSecret() != null
            && volume.getSecret().getSecretName().equals(kafka + "-cluster-ca-cert")
            && Boolean.TRUE.equals(mount.getReadOnly())) {
          var items = Optional.ofNullable(volume.getSecret().getItems()).orElse(List.of());
          return items.isEmpty()
              ? file.equals("ca.crt")
              : items.stream()
                  .anyMatch(i -> i.getKey().equals("ca.crt") && i.getPath().equals(file));
        }
      }
    }
    return false;
  }
}
