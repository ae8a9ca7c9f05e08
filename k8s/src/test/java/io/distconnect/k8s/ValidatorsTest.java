package io.distconnect.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks can fail: each case copies the manifests, breaks one thing the way people do, renders
 * the local overlay of the copy and expects the matching check to go red naming the fault.
 */
class ValidatorsTest {
  @TempDir Path tree;
  private int copies;

  @Test
  void anUnbrokenCopyPassesEveryCheckThatTheCasesBelowBreak() {
    Path overlay = copy();
    new ManifestSchemaTest().everyObjectParsesWithItsTypes(overlay);
    new ManifestSchemaTest().noObjectHasUnknownFields(overlay);
    new WorkloadRulesTest().everyContainerHasTheThreeProbes(overlay);
    new WorkloadRulesTest().everyContainerMeetsTheRestrictedPodSecurityStandard(overlay);
    new WorkloadRulesTest().everyContainerWritesTmpToAnEmptyDir(overlay);
    new KafkaTopicsTest().everyTopicTheCodeUsesExistsAsAKafkaTopic(overlay);
    new KafkaTopicsTest().everyKafkaTopicIsUsedByTheCode(overlay);
    new KafkaTopicsTest().eachServiceIsAllowedExactlyItsTopicsAndGroups(overlay);
    new SecretsTest().everyReferencedSecretIsDocumented(overlay);
    new ServiceWiringTest().everyVariableIsConfigurationTheServiceReads(overlay);
    new NetworkPolicyTest().servicesTalkOverRestExactlyAsDesigned(overlay);
  }

  @Test
  void aMisspeltFieldIsAnUnknownField() {
    Path overlay =
        broken("base/services/erp-connector/deployment.yaml", "readinessProbe:", "readinesProbe:");
    assertThatThrownBy(() -> new ManifestSchemaTest().noObjectHasUnknownFields(overlay))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Deployment/erp-connector: unknown field")
        .hasMessageContaining("readinesProbe");
    assertThatThrownBy(() -> new WorkloadRulesTest().everyContainerHasTheThreeProbes(overlay))
        .hasMessageContaining("no readinessProbe");
  }

  @Test
  void aStringWhereANumberBelongsIsATypeError() {
    Path overlay =
        broken(
            "base/services/orchestrator/deployment.yaml",
            "revisionHistoryLimit: 5",
            "revisionHistoryLimit: \"5\"");
    assertThatThrownBy(() -> new ManifestSchemaTest().everyObjectParsesWithItsTypes(overlay))
        .hasMessageContaining("Deployment/orchestrator");
  }

  @Test
  void aFieldTheCustomResourceDoesNotHaveFailsItsSchema() {
    Path overlay =
        broken("base/kafka/topics.yaml", "  replicas: 3\n", "  replicas: 3\n  retention: 7d\n");
    assertThatThrownBy(() -> new ManifestSchemaTest().noObjectHasUnknownFields(overlay))
        .hasMessageContaining("KafkaTopic/planning.forecast-revisions.v1")
        .hasMessageContaining("retention");
  }

  @Test
  void privilegeEscalationAndAMissingTmpAreRefused() {
    Path overlay =
        broken(
            "base/services/planning-connector/deployment.yaml",
            "allowPrivilegeEscalation: false",
            "allowPrivilegeEscalation: true");
    assertThatThrownBy(
            () ->
                new WorkloadRulesTest()
                    .everyContainerMeetsTheRestrictedPodSecurityStandard(overlay))
        .hasMessageContaining(
            "Deployment/planning-connector container planning-connector: allowPrivilegeEscalation");
    Path noTmp = broken("base/observability/jaeger.yaml", "mountPath: /tmp", "mountPath: /scratch");
    assertThatThrownBy(() -> new WorkloadRulesTest().everyContainerWritesTmpToAnEmptyDir(noTmp))
        .hasMessageContaining(
            "Deployment/jaeger container jaeger: needs a writable emptyDir at /tmp");
  }

  @Test
  void aTopicOfTheCodeWithoutKafkaTopicAndAKafkaTopicWithoutCodeAreBothFound() {
    Path overlay =
        broken(
            "base/kafka/topics.yaml",
            "name: orchestrator.case-transitions.v1",
            "name: orchestrator.case-transition.v1");
    assertThatThrownBy(
            () -> new KafkaTopicsTest().everyTopicTheCodeUsesExistsAsAKafkaTopic(overlay))
        .hasMessageContaining("orchestrator.case-transitions.v1");
    assertThatThrownBy(() -> new KafkaTopicsTest().everyKafkaTopicIsUsedByTheCode(overlay))
        .hasMessageContaining("orchestrator.case-transition.v1 is a KafkaTopic that no service");
  }

  @Test
  void anAclBeyondWhatTheServiceDoesIsRefused() {
    Path overlay =
        broken(
            "base/kafka/users.yaml",
            "          name: orchestrator.case-transitions.v1\n          patternType: literal\n        operations:\n          - Describe\n          - Write\n",
            "          name: orchestrator.case-transitions.v1\n          patternType: literal\n        operations:\n          - Describe\n          - Write\n          - Read\n");
    assertThatThrownBy(
            () -> new KafkaTopicsTest().eachServiceIsAllowedExactlyItsTopicsAndGroups(overlay))
        .hasMessageContaining(
            "KafkaUser/orchestrator Read topics: not needed by the code [orchestrator.case-transitions.v1]");
  }

  @Test
  void anUndocumentedSecretIsRefused() {
    Path overlay =
        broken(
            "base/services/erp-connector/deployment.yaml",
            "name: erp-db-app",
            "name: erp-db-credentials");
    assertThatThrownBy(() -> new SecretsTest().everyReferencedSecretIsDocumented(overlay))
        .hasMessageContaining("erp-db-credentials");
  }

  @Test
  void aVariableTheServiceDoesNotReadIsRefused() {
    Path overlay =
        broken(
            "base/services/erp-connector/config.env",
            "DISTCONNECT_DB_REACTIVE_URL=",
            "DISTCONNECT_DB_URL=");
    assertThatThrownBy(
            () -> new ServiceWiringTest().everyVariableIsConfigurationTheServiceReads(overlay))
        .hasMessageContaining("DISTCONNECT_DB_URL is no configuration of erp-connector");
  }

  @Test
  void aBlockedOrAnUndesignedRestCallIsFound() {
    Path overlay =
        broken(
            "base/network-policies/orchestrator.yaml",
            "name: procurement-connector\n",
            "name: procurement-connectr\n");
    assertThatThrownBy(() -> new NetworkPolicyTest().servicesTalkOverRestExactlyAsDesigned(overlay))
        .hasMessageContaining("orchestrator->procurement-connector is blocked");
  }

  @Test
  void aMissingKubectlSaysHowToInstallIt() {
    assertThatThrownBy(() -> Kustomize.kubectl(Map.of("PATH", tree.toString())))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("kubectl not found")
        .hasMessageContaining("Install it");
    assertThatThrownBy(() -> Kustomize.kubectl(Map.of("KUBECTL", tree.resolve("nope").toString())))
        .hasMessageContaining("is not executable");
  }

  /**
   * A fresh copy of base/, infrastructure/ and overlays/ (renders are cached per path, so every
   * broken variant gets its own folder); returns the copy's local overlay.
   */
  private Path copy() {
    Path root = tree.resolve("copy" + copies++);
    for (String dir : List.of("base", "infrastructure", "overlays")) {
      Path source = Manifests.MODULE.resolve(dir);
      try (Stream<Path> files = Files.walk(source)) {
        for (Path file : files.toList()) {
          Path target = root.resolve(dir).resolve(source.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(target);
          } else {
            Files.copy(file, target);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return root.resolve("overlays/local");
  }

  /** The copy with the first {@code from} in {@code file} replaced by {@code to}. */
  private Path broken(String file, String from, String to) {
    Path overlay = copy();
    Path target = overlay.getParent().getParent().resolve(file);
    try {
      String text = Files.readString(target);
      assertThat(text).as("%s holds the text this case breaks", file).contains(from);
      Files.writeString(
          target, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return overlay;
  }
}
