package io.distconnect.k8s;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization offline with {@code kubectl kustomize} (kustomize v5 is built into
 * kubectl 1.27+). No cluster and no network are involved. {@code KUBECTL} overrides the binary.
 */
final class Kustomize {
  static final String INSTALL_HINT =
      "kubectl is needed to render the manifests (kubectl kustomize, no cluster involved). Install it:"
          + " Debian/Ubuntu `apt-get install -y kubectl` (from the Kubernetes or Google Cloud apt repository)"
          + " (https://kubernetes.io/docs/tasks/tools/install-kubectl-linux/), macOS `brew install"
          + " kubectl`, or point the KUBECTL environment variable at a kubectl binary (v1.27 or newer).";

  private static final Map<Path, String> RENDERED = new ConcurrentHashMap<>();

  private Kustomize() {}

  /** The multi-document YAML that {@code kubectl kustomize dir} prints; cached per directory. */
  static String render(Path dir) {
    return RENDERED.computeIfAbsent(dir.toAbsolutePath().normalize(), Kustomize::run);
  }

  static Path kubectl() {
    return kubectl(System.getenv());
  }

  /** The kubectl binary: {@code KUBECTL} if set, else the first on the {@code PATH}. */
  static Path kubectl(Map<String, String> environment) {
    String configured = environment.get("KUBECTL");
    if (configured != null && !configured.isBlank()) {
      Path path = Path.of(configured);
      if (!Files.isExecutable(path)) {
        throw new AssertionError("KUBECTL=" + configured + " is not executable. " + INSTALL_HINT);
      }
      return path;
    }
    String pathVariable = Optional.ofNullable(environment.get("PATH")).orElse("");
    for (String entry : pathVariable.split(File.pathSeparator)) {
      if (entry.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(entry, "kubectl");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError("kubectl not found on the PATH. " + INSTALL_HINT);
  }

  private static String run(Path dir) {
    List<String> command = List.of(kubectl().toString(), "kustomize", dir.toString());
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
      process.getOutputStream().close();
      // Read both streams fully before waiting: a full pipe would block kubectl.
      String[] stderr = new String[1];
      Thread errReader =
          new Thread(() -> stderr[0] = readAll(process.getErrorStream()), "kubectl-stderr");
      errReader.start();
      String stdout = readAll(process.getInputStream());
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " did not finish in 120 s");
      }
      errReader.join();
      if (process.exitValue() != 0) {
        throw new AssertionError(
            String.join(" ", command)
                + " failed (exit "
                + process.exitValue()
                + "):\n"
                + stderr[0]);
      }
      return stdout;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while rendering " + dir, e);
    }
  }

  private static String readAll(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
