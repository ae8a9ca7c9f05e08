package io.distconnect.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeProjection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Credentials are referenced, never committed: no overlay renders a Secret, every Secret a pod
 * refers to is documented in k8s/README.md — with the {@code kubectl create secret} command when
 * people create it, or the operator that writes it — and only {@code *.example} files may hold
 * Secret manifests.
 */
class SecretsTest {
  static List<Path> overlays() {
    return Manifests.overlays();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void noOverlayShipsASecret(Path overlay) {
    assertThat(Manifests.of(overlay).ofKind("Secret"))
        .as("Secrets rendered by %s: reference them, document them in k8s/README.md", overlay)
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void everyReferencedSecretIsDocumented(Path overlay) {
    Manifests manifests = Manifests.of(overlay);
    String readme = Documentation.readme();
    Set<String> operatorMade = operatorMadeSecrets(manifests);
    List<String> violations = new ArrayList<>();
    for (String secret : referencedSecrets(manifests)) {
      if (!Documentation.mentions(readme, secret)) {
        violations.add("Secret `" + secret + "` is referenced but not documented in k8s/README.md");
      }
      if (!operatorMade.contains(secret)
          && !Documentation.showsCreateCommand(readme, "secret", secret)) {
        violations.add(
            "Secret "
                + secret
                + " is made by no operator of "
                + overlay.getFileName()
                + ": k8s/README.md must show its `kubectl create secret` command");
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void onlyExampleFilesHoldSecretManifestsAndNoKustomizationGeneratesSecrets() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Manifests.MODULE)) {
      for (Path file :
          files
              .filter(Files::isRegularFile)
              .filter(f -> !Manifests.MODULE.relativize(f).startsWith("target"))
              .filter(f -> !Manifests.MODULE.relativize(f).startsWith("src"))
              .toList()) {
        String name = file.getFileName().toString();
        String text = read(file);
        if (text.matches("(?s).*(^|\\n)kind:\\s*Secret\\s*(\\n.*|$)")
            && !name.endsWith(".example")) {
          violations.add(
              Manifests.MODULE.relativize(file) + " holds a Secret: ship it as *.example");
        }
        if (name.equals("kustomization.yaml") && text.contains("secretGenerator")) {
          violations.add(
              Manifests.MODULE.relativize(file)
                  + " generates a Secret: its values would have to be committed");
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  /**
   * Secrets the pods of the overlay read: env, envFrom, volumes, projected volumes, pull secrets.
   */
  static Set<String> referencedSecrets(Manifests manifests) {
    Set<String> names = new TreeSet<>();
    for (Workload workload : Workload.all(manifests)) {
      for (LocalObjectReference pull :
          Optional.ofNullable(workload.pod().getImagePullSecrets()).orElse(List.of())) {
        names.add(pull.getName());
      }
      for (Volume volume : Optional.ofNullable(workload.pod().getVolumes()).orElse(List.of())) {
        if (volume.getSecret() != null) {
          names.add(volume.getSecret().getSecretName());
        }
        if (volume.getProjected() != null) {
          for (VolumeProjection source : volume.getProjected().getSources()) {
            if (source.getSecret() != null) {
              names.add(source.getSecret().getName());
            }
          }
        }
      }
      for (Container c : workload.allContainers()) {
        for (EnvVar env : Optional.ofNullable(c.getEnv()).orElse(List.of())) {
          if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
            names.add(env.getValueFrom().getSecretKeyRef().getName());
          }
        }
        for (EnvFromSource from : Optional.ofNullable(c.getEnvFrom()).orElse(List.of())) {
          if (from.getSecretRef() != null) {
            names.add(from.getSecretRef().getName());
          }
        }
      }
    }
    return names;
  }

  /**
   * Secrets the operators write for the custom resources of the overlay: Strimzi's cluster CA
   * certificate and one Secret per KafkaUser, CloudNativePG's {@code <cluster>-app}.
   */
  static Set<String> operatorMadeSecrets(Manifests manifests) {
    Set<String> names = new TreeSet<>();
    for (K8sObject object : manifests.all()) {
      switch (object.apiVersion() + " " + object.kind()) {
        case "kafka.strimzi.io/v1beta2 Kafka" -> names.add(object.name() + "-cluster-ca-cert");
        case "kafka.strimzi.io/v1beta2 KafkaUser" -> names.add(object.name());
        case "postgresql.cnpg.io/v1 Cluster" -> names.add(object.name() + "-app");
        default -> {}
      }
    }
    return names;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
