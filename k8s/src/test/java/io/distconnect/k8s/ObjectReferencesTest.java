package io.distconnect.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Names that point at other objects point at objects the overlay has (or the README explains). */
class ObjectReferencesTest {
  static List<Path> overlays() {
    return Manifests.overlays();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void configMapsAndServiceAccountsExist(Path overlay) {
    Manifests manifests = Manifests.of(overlay);
    String readme = Documentation.readme();
    List<String> violations = new ArrayList<>();
    for (Workload workload : Workload.all(manifests)) {
      String account = workload.pod().getServiceAccountName();
      if (account == null || manifests.find("ServiceAccount", account).isEmpty()) {
        violations.add(
            workload.id() + ": serviceAccountName " + account + " is not in the overlay");
      }
      List<String[]> refs = new ArrayList<>();
      for (Volume volume : Optional.ofNullable(workload.pod().getVolumes()).orElse(List.of())) {
        if (volume.getConfigMap() != null) {
          refs.add(new String[] {volume.getConfigMap().getName(), null});
        }
      }
      for (Container c : workload.allContainers()) {
        for (EnvFromSource from : Optional.ofNullable(c.getEnvFrom()).orElse(List.of())) {
          if (from.getConfigMapRef() != null) {
            refs.add(new String[] {from.getConfigMapRef().getName(), null});
          }
        }
        for (EnvVar env : Optional.ofNullable(c.getEnv()).orElse(List.of())) {
          if (env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null) {
            var ref = env.getValueFrom().getConfigMapKeyRef();
            refs.add(new String[] {ref.getName(), ref.getKey()});
          }
        }
      }
      for (String[] ref : refs) {
        Optional<ConfigMap> configMap = ContainerEnvironment.configMap(manifests, ref[0]);
        if (configMap.isEmpty()) {
          if (!Documentation.showsCreateCommand(readme, "configmap", ref[0])) {
            violations.add(
                workload.id()
                    + ": ConfigMap "
                    + ref[0]
                    + " is neither in the overlay nor created by a command in k8s/README.md");
          }
        } else if (ref[1] != null && !configMap.get().getData().containsKey(ref[1])) {
          violations.add(workload.id() + ": ConfigMap " + ref[0] + " has no key " + ref[1]);
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void selectorsSelectAndTargetsExist(Path overlay) {
    Manifests manifests = Manifests.of(overlay);
    List<Workload> workloads = Workload.all(manifests);
    List<String> violations = new ArrayList<>();
    for (Deployment d : manifests.typed(Deployment.class)) {
      if (!NetworkPolicies.matches(
          d.getSpec().getSelector(), labels(d.getSpec().getTemplate().getMetadata().getLabels()))) {
        violations.add(
            "Deployment/" + d.getMetadata().getName() + ": selector does not match its pods");
      }
    }
    for (StatefulSet s : manifests.typed(StatefulSet.class)) {
      if (!NetworkPolicies.matches(
          s.getSpec().getSelector(), labels(s.getSpec().getTemplate().getMetadata().getLabels()))) {
        violations.add(
            "StatefulSet/" + s.getMetadata().getName() + ": selector does not match its pods");
      }
    }
    for (Service service : manifests.typed(Service.class)) {
      String id = "Service/" + service.getMetadata().getName();
      LabelSelector selector = new LabelSelector(null, service.getSpec().getSelector());
      List<Workload> selected =
          workloads.stream().filter(w -> NetworkPolicies.matches(selector, w.podLabels())).toList();
      if (service.getSpec().getSelector() == null || selected.isEmpty()) {
        violations.add(id + ": selects no pod");
        continue;
      }
      for (ServicePort port : service.getSpec().getPorts()) {
        if (port.getTargetPort() != null && port.getTargetPort().getStrVal() != null) {
          String name = port.getTargetPort().getStrVal();
          boolean exists =
              selected.stream()
                  .flatMap(w -> w.pod().getContainers().stream())
                  .flatMap(c -> Optional.ofNullable(c.getPorts()).orElse(List.of()).stream())
                  .anyMatch(p -> name.equals(p.getName()));
          if (!exists) {
            violations.add(id + ": targetPort " + name + " is no named container port");
          }
        }
      }
    }
    for (HorizontalPodAutoscaler hpa : manifests.typed(HorizontalPodAutoscaler.class)) {
      var target = hpa.getSpec().getScaleTargetRef();
      if (manifests.find(target.getKind(), target.getName()).isEmpty()) {
        violations.add(
            "HorizontalPodAutoscaler/"
                + hpa.getMetadata().getName()
                + ": no "
                + target.getKind()
                + "/"
                + target.getName());
      }
      if (hpa.getSpec().getMinReplicas() == null
          || hpa.getSpec().getMinReplicas() > hpa.getSpec().getMaxReplicas()) {
        violations.add(
            "HorizontalPodAutoscaler/"
                + hpa.getMetadata().getName()
                + ": minReplicas must be set and not above maxReplicas");
      }
    }
    for (PodDisruptionBudget pdb : manifests.typed(PodDisruptionBudget.class)) {
      if (workloads.stream()
          .noneMatch(w -> NetworkPolicies.matches(pdb.getSpec().getSelector(), w.podLabels()))) {
        violations.add("PodDisruptionBudget/" + pdb.getMetadata().getName() + ": selects no pod");
      }
    }
    for (Workload service : NetworkPolicyTest.services(manifests).values()) {
      String name = service.appName();
      if (manifests.find("HorizontalPodAutoscaler", name).isEmpty()) {
        violations.add(name + ": no HorizontalPodAutoscaler");
      }
      if (manifests.find("PodDisruptionBudget", name).isEmpty()) {
        violations.add(name + ": no PodDisruptionBudget");
      }
      if (manifests.find("Service", name).isEmpty()) {
        violations.add(name + ": no Service");
      }
    }
    assertThat(violations).isEmpty();
  }

  private static java.util.Map<String, String> labels(java.util.Map<String, String> labels) {
    return labels == null ? java.util.Map.of() : labels;
  }
}
