package io.distconnect.k8s;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** An object that runs pods, with its pod template. */
record Workload(HasMetadata owner, PodTemplateSpec template) {
  static List<Workload> all(Manifests manifests) {
    List<Workload> workloads = new ArrayList<>();
    for (K8sObject object : manifests.all()) {
      template(object).ifPresent(t -> workloads.add(new Workload((HasMetadata) object.typed(), t)));
    }
    return workloads;
  }

  /** The pod template of a workload kind; empty for every other object. */
  static Optional<PodTemplateSpec> template(K8sObject object) {
    Object typed = object.typed();
    if (typed instanceof Deployment d) {
      return Optional.of(d.getSpec().getTemplate());
    }
    if (typed instanceof StatefulSet s) {
      return Optional.of(s.getSpec().getTemplate());
    }
    if (typed instanceof DaemonSet d) {
      return Optional.of(d.getSpec().getTemplate());
    }
    if (typed instanceof Job j) {
      return Optional.of(j.getSpec().getTemplate());
    }
    if (typed instanceof CronJob c) {
      return Optional.of(c.getSpec().getJobTemplate().getSpec().getTemplate());
    }
    return Optional.empty();
  }

  String id() {
    return owner.getKind() + "/" + owner.getMetadata().getName();
  }

  PodSpec pod() {
    return template.getSpec();
  }

  Map<String, String> podLabels() {
    Map<String, String> labels = template.getMetadata().getLabels();
    return labels == null ? Map.of() : labels;
  }

  /** Containers and init containers. */
  List<Container> allContainers() {
    return Stream.concat(
            pod().getContainers().stream(),
            Optional.ofNullable(pod().getInitContainers()).orElse(List.of()).stream())
        .toList();
  }

  /** One of the four distconnect services (label app.kubernetes.io/component=service). */
  boolean isService() {
    return "service".equals(podLabels().get("app.kubernetes.io/component"));
  }

  String appName() {
    return podLabels().getOrDefault("app.kubernetes.io/name", owner.getMetadata().getName());
  }
}
