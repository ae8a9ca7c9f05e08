package io.distconnect.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Project rules for everything that runs a container: the three probes, requests and a memory
 * limit, the Pod Security Standards "restricted" profile, a writable /tmp on an emptyDir and pinned
 * images.
 */
class WorkloadRulesTest {
  /** Idle RSS of one service measured on the JVM (notes/local-infrastructure.md): ~260 MB. */
  static final BigDecimal MEASURED_SERVICE_RSS = Quantity.getAmountInBytes(new Quantity("260Mi"));

  static List<Path> overlays() {
    return Manifests.overlays();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void everyContainerHasTheThreeProbes(Path overlay) {
    List<String> violations = new ArrayList<>();
    for (Workload workload : Workload.all(Manifests.of(overlay))) {
      for (Container c : workload.pod().getContainers()) {
        String where = workload.id() + " container " + c.getName();
        requireProbe(where, "livenessProbe", c.getLivenessProbe(), violations);
        requireProbe(where, "readinessProbe", c.getReadinessProbe(), violations);
        requireProbe(where, "startupProbe", c.getStartupProbe(), violations);
      }
    }
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void servicesProbeTheirQuarkusHealthEndpoints(Path overlay) {
    List<String> violations = new ArrayList<>();
    for (Workload workload : Workload.all(Manifests.of(overlay))) {
      if (!workload.isService()) {
        continue;
      }
      ServiceConfig config = ServiceConfig.load(workload.appName());
      Container c = workload.pod().getContainers().get(0);
      Map<String, Probe> probes =
          Map.of(
              "/q/health/live", c.getLivenessProbe(),
              "/q/health/ready", c.getReadinessProbe(),
              "/q/health/started", c.getStartupProbe());
      probes.forEach(
          (path, probe) -> {
            if (probe == null || probe.getHttpGet() == null) {
              violations.add(workload.id() + ": no HTTP probe on " + path);
              return;
            }
            if (!path.equals(probe.getHttpGet().getPath())) {
              violations.add(
                  workload.id() + ": probe for " + path + " asks " + probe.getHttpGet().getPath());
            }
            if (containerPort(c, probe.getHttpGet().getPort().getIntVal(), probe)
                != config.httpPort()) {
              violations.add(
                  workload.id()
                      + ": probe "
                      + path
                      + " does not target quarkus.http.port "
                      + config.httpPort());
            }
          });
      if (c.getPorts().stream().noneMatch(p -> p.getContainerPort() == config.httpPort())) {
        violations.add(
            workload.id() + ": no containerPort equal to quarkus.http.port " + config.httpPort());
      }
    }
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void everyContainerHasRequestsAndAMemoryLimit(Path overlay) {
    List<String> violations = new ArrayList<>();
    for (Workload workload : Workload.all(Manifests.of(overlay))) {
      for (Container c : workload.allContainers()) {
        String where = workload.id() + " container " + c.getName();
        ResourceRequirements r = c.getResources();
        Map<String, Quantity> requests = r == null ? null : r.getRequests();
        Map<String, Quantity> limits = r == null ? null : r.getLimits();
        if (requests == null || !requests.containsKey("cpu") || !requests.containsKey("memory")) {
          violations.add(where + ": needs requests.cpu and requests.memory");
          continue;
        }
        // No CPU limit on purpose: CFS throttling stalls JVM safepoints; the request reserves CPU.
        if (limits == null || !limits.containsKey("memory")) {
          violations.add(where + ": needs limits.memory");
          continue;
        }
        BigDecimal request = Quantity.getAmountInBytes(requests.get("memory"));
        BigDecimal limit = Quantity.getAmountInBytes(limits.get("memory"));
        if (limit.compareTo(request) < 0) {
          violations.add(where + ": limits.memory below requests.memory");
        }
        if (workload.isService() && request.compareTo(MEASURED_SERVICE_RSS) < 0) {
          violations.add(
              where + ": requests.memory below the measured idle RSS of a service (260Mi)");
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void everyContainerMeetsTheRestrictedPodSecurityStandard(Path overlay) {
    List<String> violations = new ArrayList<>();
    for (Workload workload : Workload.all(Manifests.of(overlay))) {
      var pod = workload.pod();
      PodSecurityContext podContext =
          Optional.ofNullable(pod.getSecurityContext()).orElse(new PodSecurityContext());
      if (Boolean.TRUE.equals(pod.getHostNetwork())
          || Boolean.TRUE.equals(pod.getHostPID())
          || Boolean.TRUE.equals(pod.getHostIPC())) {
        violations.add(workload.id() + ": shares a host namespace");
      }
      if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
        violations.add(workload.id() + ": automountServiceAccountToken must be false");
      }
      for (Volume volume : Optional.ofNullable(pod.getVolumes()).orElse(List.of())) {
        if (volume.getHostPath() != null) {
          violations.add(workload.id() + ": hostPath volume " + volume.getName());
        }
      }
      for (Container c : workload.allContainers()) {
        String where = workload.id() + " container " + c.getName();
        SecurityContext sc =
            Optional.ofNullable(c.getSecurityContext()).orElse(new SecurityContext());
        if (!Boolean.TRUE.equals(
            effective(
                sc,
                podContext,
                SecurityContext::getRunAsNonRoot,
                PodSecurityContext::getRunAsNonRoot))) {
          violations.add(where + ": runAsNonRoot must be true");
        }
        Long user =
            effective(
                sc, podContext, SecurityContext::getRunAsUser, PodSecurityContext::getRunAsUser);
        if (user != null && user == 0L) {
          violations.add(where + ": runs as user 0");
        }
        if (!Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem())) {
          violations.add(where + ": readOnlyRootFilesystem must be true");
        }
        if (!Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
          violations.add(where + ": allowPrivilegeEscalation must be false");
        }
        if (Boolean.TRUE.equals(sc.getPrivileged())) {
          violations.add(where + ": privileged");
        }
        Capabilities caps = sc.getCapabilities();
        if (caps == null || caps.getDrop() == null || !caps.getDrop().contains("ALL")) {
          violations.add(where + ": capabilities must drop ALL");
        }
        if (caps != null && caps.getAdd() != null && !caps.getAdd().isEmpty()) {
          violations.add(where + ": adds capabilities " + caps.getAdd());
        }
        SeccompProfile seccomp =
            effective(
                sc,
                podContext,
                SecurityContext::getSeccompProfile,
                PodSecurityContext::getSeccompProfile);
        if (seccomp == null || !"RuntimeDefault".equals(seccomp.getType())) {
          violations.add(where + ": seccompProfile must be RuntimeDefault");
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void everyContainerWritesTmpToAnEmptyDir(Path overlay) {
    List<String> violations = new ArrayList<>();
    for (Workload workload : Workload.all(Manifests.of(overlay))) {
      List<Volume> volumes = Optional.ofNullable(workload.pod().getVolumes()).orElse(List.of());
      for (Container c : workload.allContainers()) {
        Optional<VolumeMount> tmp =
            Optional.ofNullable(c.getVolumeMounts()).orElse(List.of()).stream()
                .filter(m -> "/tmp".equals(m.getMountPath()))
                .findFirst();
        boolean emptyDir =
            tmp.flatMap(
                    m -> volumes.stream().filter(v -> v.getName().equals(m.getName())).findFirst())
                .map(v -> v.getEmptyDir() != null)
                .orElse(false);
        if (!emptyDir || Boolean.TRUE.equals(tmp.get().getReadOnly())) {
          violations.add(
              workload.id() + " container " + c.getName() + ": needs a writable emptyDir at /tmp");
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void everyImageIsPinned(Path overlay) {
    List<String> violations = new ArrayList<>();
    for (Workload workload : Workload.all(Manifests.of(overlay))) {
      for (Container c : workload.allContainers()) {
        String image = Objects.requireNonNullElse(c.getImage(), "");
        String lastPart = image.substring(image.lastIndexOf('/') + 1);
        boolean digest = image.contains("@sha256:");
        boolean tagged = lastPart.contains(":") && !lastPart.endsWith(":latest");
        if (!digest && !tagged) {
          violations.add(
              workload.id()
                  + " container "
                  + c.getName()
                  + ": image '"
                  + image
                  + "' is not pinned");
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  private static void requireProbe(String where, String name, Probe probe, List<String> out) {
    if (probe == null) {
      out.add(where + ": no " + name);
    } else if (probe.getHttpGet() == null
        && probe.getExec() == null
        && probe.getTcpSocket() == null
        && probe.getGrpc() == null) {
      out.add(where + ": " + name + " has no handler");
    }
  }

  /** The container port a probe targets, resolving a named port. */
  private static int containerPort(Container c, Integer number, Probe probe) {
    if (number != null) {
      return number;
    }
    String name = probe.getHttpGet().getPort().getStrVal();
    return c.getPorts().stream()
        .filter(p -> name.equals(p.getName()))
        .mapToInt(p -> p.getContainerPort())
        .findFirst()
        .orElse(-1);
  }

  private static <T> T effective(
      SecurityContext container,
      PodSecurityContext pod,
      Function<SecurityContext, T> fromContainer,
      Function<PodSecurityContext, T> fromPod) {
    T value = fromContainer.apply(container);
    return value != null ? value : fromPod.apply(pod);
  }
}
