package io.distconnect.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every overlay renders, and every object in it is valid against its schema, strictly: fabric8's
 * typed model for the Kubernetes API (wrong types fail, unknown fields fail), the schemas in {@code
 * crd-schemas/} for the operators' custom resources. An object of any other kind fails.
 */
class ManifestSchemaTest {
  static List<Path> overlays() {
    return Manifests.overlays();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void everyObjectParsesWithItsTypes(Path overlay) {
    Manifests manifests = Manifests.of(overlay);
    assertThat(manifests.problems()).as("type errors in %s", manifests).isEmpty();
    assertThat(manifests.all()).as("objects rendered from %s", manifests).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void noObjectHasUnknownFields(Path overlay) {
    Manifests manifests = Manifests.of(overlay);
    List<String> violations = new ArrayList<>();
    for (K8sObject object : manifests.all()) {
      if (object.typed() != null) {
        StrictModel.unknownFields(object.typed())
            .forEach(path -> violations.add(object.id() + ": unknown field " + path));
        continue;
      }
      Optional<Schema> schema = CustomResourceSchemas.of(object.apiVersion(), object.kind());
      if (schema.isEmpty()) {
        violations.add(
            object.id()
                + ": "
                + object.apiVersion()
                + " "
                + object.kind()
                + " is neither a Kubernetes API kind nor a custom resource with a schema in"
                + " src/test/resources/crd-schemas");
        continue;
      }
      CustomResourceSchemas.violations(schema.get(), object.node())
          .forEach(v -> violations.add(object.id() + " " + v));
    }
    assertThat(violations).as("schema violations in %s", manifests).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overlays")
  void objectsAreUniqueAndNamespaced(Path overlay) {
    Manifests manifests = Manifests.of(overlay);
    Set<String> seen = new HashSet<>();
    List<String> violations = new ArrayList<>();
    for (K8sObject object : manifests.all()) {
      if (!seen.add(object.apiVersion() + " " + object.id())) {
        violations.add(object.id() + " appears twice");
      }
      if (!object.kind().equals("Namespace")
          && object.node().path("metadata").path("namespace").asText().isEmpty()) {
        violations.add(object.id() + " has no namespace: the overlay must set one");
      }
    }
    assertThat(violations).as("%s", manifests).isEmpty();
  }
}
