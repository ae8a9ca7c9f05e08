package io.distconnect.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The environment a container starts with, as far as the manifests decide it: {@code envFrom}
 * ConfigMaps of the overlay, then {@code env} entries (later wins, as in Kubernetes). Values from
 * Secrets read {@code secret:<name>/<key>}.
 */
final class ContainerEnvironment {
  private ContainerEnvironment() {}

  static Map<String, String> of(Manifests manifests, Container container) {
    Map<String, String> env = new LinkedHashMap<>();
    for (EnvFromSource from : Optional.ofNullable(container.getEnvFrom()).orElse(List.of())) {
      if (from.getConfigMapRef() != null) {
        String prefix = Optional.ofNullable(from.getPrefix()).orElse("");
        configMap(manifests, from.getConfigMapRef().getName())
            .map(ConfigMap::getData)
            .ifPresent(data -> data.forEach((k, v) -> env.put(prefix + k, v)));
      }
      if (from.getSecretRef() != null) {
        env.put("*secret:" + from.getSecretRef().getName(), "");
      }
    }
    for (EnvVar var : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
      if (var.getValueFrom() == null) {
        env.put(var.getName(), Optional.ofNullable(var.getValue()).orElse(""));
      } else if (var.getValueFrom().getSecretKeyRef() != null) {
        var ref = var.getValueFrom().getSecretKeyRef();
        env.put(var.getName(), "secret:" + ref.getName() + "/" + ref.getKey());
      } else if (var.getValueFrom().getConfigMapKeyRef() != null) {
        var ref = var.getValueFrom().getConfigMapKeyRef();
        env.put(
            var.getName(),
            configMap(manifests, ref.getName())
                .map(cm -> cm.getData().get(ref.getKey()))
                .orElse(""));
      } else {
        env.put(var.getName(), "");
      }
    }
    return env;
  }

  static Optional<ConfigMap> configMap(Manifests manifests, String name) {
    return manifests.typed(ConfigMap.class).stream()
        .filter(cm -> cm.getMetadata().getName().equals(name))
        .findFirst();
  }
}
