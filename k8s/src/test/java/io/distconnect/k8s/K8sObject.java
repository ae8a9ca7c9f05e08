package io.distconnect.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.KubernetesResource;

/**
 * One rendered object: its raw tree (what kubectl would send) and, for kinds of the Kubernetes API,
 * fabric8's typed model of it. Custom resources (Strimzi, CloudNativePG) have no typed model here
 * and are checked against the schemas in {@code src/test/resources/crd-schemas}.
 */
record K8sObject(JsonNode node, KubernetesResource typed) {
  String apiVersion() {
    return node.path("apiVersion").asText();
  }

  String kind() {
    return node.path("kind").asText();
  }

  String name() {
    return node.path("metadata").path("name").asText();
  }

  String id() {
    return kind() + "/" + name();
  }

  <T> T as(Class<T> type) {
    if (!type.isInstance(typed)) {
      throw new IllegalStateException(id() + " is not a " + type.getSimpleName());
    }
    return type.cast(typed);
  }

  @Override
  public String toString() {
    return id();
  }
}
