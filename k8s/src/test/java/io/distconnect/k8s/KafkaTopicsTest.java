package io.distconnect.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.distconnect.contracts.event.Topics;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Every topic the code uses exists as a KafkaTopic, and vice versa." The topics the code uses are
 * read at test time from the four services' application.properties (channel topics and dead-letter
 * topics) and from {@code Topics.ALL} of the contracts (the outbox relay picks each record's topic
 * in code). Each service's KafkaUser may touch exactly the topics it produces or consumes.
 */
class KafkaTopicsTest {
  private static final String STRIMZI = "kafka.strimzi.io/v1beta2";

  static List<Path> overlays() {
    return Manifests.overlays();
  }

  /** Topic → where the code uses it, for messages that say which file to look at. */
  static Map<String, String> topicsUsedByCode() {
    Map<String, String> used = new LinkedHashMap<>();
    for (String topic : Topics.ALL) {
      used.put(topic, "io.distconnect.contracts.event.Topics.ALL");
    }
    for (ServiceConfig config : ServiceConfig.all()) {
      for (String topic : config.topics()) {
        used.putIfAbsent(topic, config.name() + "/src/main/resources/application.properties");
      }
    }
    return used;
  }

  static Map<String, JsonNode> kafkaTopics(Manifests manifests) {
    Map<String, JsonNode> topics = new LinkedHashMap<>();
    for (K8sObject object : manifests.ofKind("KafkaTopic")) {
      String name = object.node().path("spec").path("topicName").asText(object.name());
      topics.put(name, object.node());
    }
    return topics;
  }

  @Test
  void theServicesConfigurationNamesTopicsExplicitly() {
    List<String> violations = new ArrayList<>();
    for (ServiceConfig config : ServiceConfig.all()) {
      for (ServiceConfig.Channel channel : config.channels()) {
        String where = config.name() + " channel " + channel.name();
        if (channel.pattern()) {
          violations.add(where + ": pattern subscriptions cannot be matched to KafkaTopics");
        }
        if (channel.incoming()
            && channel.failureStrategy().equals("dead-letter-queue")
            && channel.deadLetterTopic().isEmpty()) {
          violations.add(
              where
                  + ": failure-strategy=dead-letter-queue needs an explicit dead-letter-queue.topic"
                  + " (<topic>.dlq.<service>), or it writes to dead-letter-topic-<channel>");
        }
        channel
            .deadLetterTopic()
            .ifPresent(
                dlq -> {
                  String expected = Topics.deadLetter(channel.topics().get(0), config.name());
                  if (!dlq.equals(expected)) {
                    violations.add(where + ": dead-letter topic " + dlq + " should be " + expected);
                  }
                });
      }
    }
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void everyTopicTheCodeUsesExistsAsAKafkaTopic(Path overlay) {
    Set<String> declared = kafkaTopics(Manifests.of(overlay)).keySet();
    List<String> missing = new ArrayList<>();
    topicsUsedByCode()
        .forEach(
            (topic, source) -> {
              if (!declared.contains(topic)) {
                missing.add(
                    topic
                        + " (used by "
                        + source
                        + ") has no KafkaTopic in base/kafka/topics.yaml");
              }
            });
    assertThat(missing).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void everyKafkaTopicIsUsedByTheCode(Path overlay) {
    Set<String> used = topicsUsedByCode().keySet();
    List<String> unused = new ArrayList<>();
    for (String topic : kafkaTopics(Manifests.of(overlay)).keySet()) {
      if (!used.contains(topic)) {
        unused.add(topic + " is a KafkaTopic that no service configuration nor Topics.ALL names");
      }
    }
    assertThat(unused).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void topicsFitTheClusterAndTheConsumers(Path overlay) {
    Manifests manifests = Manifests.of(overlay);
    int brokers = 0;
    for (K8sObject pool : manifests.ofKind("KafkaNodePool")) {
      for (JsonNode role : pool.node().path("spec").path("roles")) {
        if (role.asText().equals("broker")) {
          brokers += pool.node().path("spec").path("replicas").asInt();
        }
      }
    }
    assertThat(brokers).as("broker nodes in %s", overlay.getFileName()).isPositive();
    List<String> violations = new ArrayList<>();
    Map<String, JsonNode> topics = kafkaTopics(manifests);
    for (Map.Entry<String, JsonNode> topic : topics.entrySet()) {
      JsonNode spec = topic.getValue().path("spec");
      int replicas = spec.path("replicas").asInt();
      int minIsr = spec.path("config").path("min.insync.replicas").asInt(1);
      if (replicas > brokers) {
        violations.add(topic.getKey() + ": " + replicas + " replicas but " + brokers + " brokers");
      }
      if (replicas > 1 && minIsr >= replicas) {
        violations.add(topic.getKey() + ": min.insync.replicas must stay below replicas");
      }
      if (minIsr > replicas) {
        violations.add(topic.getKey() + ": min.insync.replicas above replicas");
      }
    }
    // A consumer replica beyond the partition count sits idle: HPA bounds stay within partitions.
    AsyncApiOperations operations = AsyncApiOperations.load();
    for (HorizontalPodAutoscaler hpa : manifests.typed(HorizontalPodAutoscaler.class)) {
      String service = hpa.getSpec().getScaleTargetRef().getName();
      if (!ServiceConfig.SERVICES.contains(service)) {
        continue;
      }
      Set<String> consumed = new TreeSet<>(operations.receives(service));
      ServiceConfig.load(service).channels().stream()
          .filter(ServiceConfig.Channel::incoming)
          .forEach(c -> consumed.addAll(c.topics()));
      for (String topic : consumed) {
        JsonNode declared = topics.get(topic);
        if (declared != null
            && hpa.getSpec().getMaxReplicas() > declared.path("spec").path("partitions").asInt()) {
          violations.add(
              "HorizontalPodAutoscaler/"
                  + service
                  + " maxReplicas "
                  + hpa.getSpec().getMaxReplicas()
                  + " exceeds the partitions of "
                  + topic);
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void eachServiceIsAllowedExactlyItsTopicsAndGroups(Path overlay) {
    Manifests manifests = Manifests.of(overlay);
    AsyncApiOperations operations = AsyncApiOperations.load();
    Set<String> declaredTopics = kafkaTopics(manifests).keySet();
    Set<String> kafkaClusters = new TreeSet<>();
    manifests.ofKind("Kafka").forEach(k -> kafkaClusters.add(k.name()));
    List<String> violations = new ArrayList<>();
    Set<String> users = new TreeSet<>();
    for (K8sObject user : manifests.ofKind("KafkaUser")) {
      if (!user.apiVersion().equals(STRIMZI)) {
        continue;
      }
      String service = user.name();
      users.add(service);
      String cluster =
          user.node().path("metadata").path("labels").path("strimzi.io/cluster").asText();
      if (!kafkaClusters.contains(cluster)) {
        violations.add(
            user.id() + ": strimzi.io/cluster=" + cluster + " is no Kafka of the overlay");
      }
      if (!ServiceConfig.SERVICES.contains(service)) {
        violations.add(user.id() + ": KafkaUsers are named after the service that uses them");
        continue;
      }
      ServiceConfig config = ServiceConfig.load(service);
      Set<String> expectedRead = new TreeSet<>(operations.receives(service));
      Set<String> expectedWrite = new TreeSet<>(operations.sends(service));
      Set<String> expectedGroups = new TreeSet<>();
      for (ServiceConfig.Channel channel : config.channels()) {
        if (channel.incoming()) {
          expectedRead.addAll(channel.topics());
          expectedGroups.add(channel.groupId());
          channel.deadLetterTopic().ifPresent(expectedWrite::add);
        } else {
          expectedWrite.addAll(channel.topics());
        }
      }
      // Replaying its own dead letters (<topic>.dlq.<service>, read back) writes to their source.
      String ownDeadLetters = ".dlq." + service;
      for (String topic : List.copyOf(expectedRead)) {
        if (topic.endsWith(ownDeadLetters)) {
          expectedWrite.add(topic.substring(0, topic.length() - ownDeadLetters.length()));
        }
      }
      if (!expectedRead.isEmpty()) {
        // Consumers the AsyncAPI document announces use the default group, the application name.
        expectedGroups.add(config.applicationName());
      }
      Set<String> read = new TreeSet<>();
      Set<String> write = new TreeSet<>();
      Set<String> groups = new TreeSet<>();
      for (JsonNode acl : user.node().path("spec").path("authorization").path("acls")) {
        JsonNode resource = acl.path("resource");
        String type = resource.path("type").asText();
        String name = resource.path("name").asText();
        Set<String> ops = new TreeSet<>();
        acl.path("operations").forEach(op -> ops.add(op.asText()));
        if (!resource.path("patternType").asText("literal").equals("literal")
            || name.contains("*")) {
          violations.add(user.id() + ": ACL on " + type + " '" + name + "' must be a literal name");
        }
        if (!acl.path("type").asText("allow").equals("allow")) {
          continue;
        }
        switch (type) {
          case "topic" -> {
            if (!declaredTopics.contains(name)) {
              violations.add(user.id() + ": ACL names topic " + name + " that has no KafkaTopic");
            }
            if (ops.contains("Read")) {
              read.add(name);
            }
            if (ops.contains("Write")) {
              write.add(name);
            }
            ops.removeAll(Set.of("Read", "Write", "Describe"));
            if (!ops.isEmpty()) {
              violations.add(user.id() + ": topic " + name + " also allows " + ops);
            }
          }
          case "group" -> {
            groups.add(name);
            if (!ops.equals(Set.of("Read")) && !ops.equals(Set.of("Read", "Describe"))) {
              violations.add(user.id() + ": group " + name + " allows " + ops + ", needs Read");
            }
          }
          default ->
              violations.add(user.id() + ": ACL on a " + type + " is more than a service needs");
        }
      }
      compare(user.id() + " Read topics", expectedRead, read, violations);
      compare(user.id() + " Write topics", expectedWrite, write, violations);
      compare(user.id() + " consumer groups", expectedGroups, groups, violations);
    }
    for (String service : ServiceConfig.SERVICES) {
      if (!users.contains(service)) {
        violations.add("no KafkaUser for " + service);
      }
    }
    assertThat(violations).isEmpty();
  }

  private static void compare(
      String what, Set<String> expected, Set<String> actual, List<String> out) {
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    Set<String> extra = new TreeSet<>(actual);
    extra.removeAll(expected);
    if (!missing.isEmpty()) {
      out.add(what + ": missing " + missing);
    }
    if (!extra.isEmpty()) {
      out.add(what + ": not needed by the code " + extra);
    }
  }
}
