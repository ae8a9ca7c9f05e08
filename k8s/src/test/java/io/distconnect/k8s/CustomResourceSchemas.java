package io.distconnect.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Strict schemas of the custom resources used (Strimzi, CloudNativePG): the files in {@code
 * src/test/resources/crd-schemas}, named {@code <group>_<version>_<Kind>.yaml}.
 */
final class CustomResourceSchemas {
  private static final String BASE = "https://distconnect.io/crd-schemas/";
  private static final String FOLDER = "crd-schemas/";
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Map<String, Optional<Schema>> LOADED = new HashMap<>();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder
                  .schemaRegistryConfig(
                      SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build())
                  .schemas(CustomResourceSchemas::jsonOf));

  private CustomResourceSchemas() {}

  /** The schema of a custom resource kind, if this project has one. */
  static synchronized Optional<Schema> of(String apiVersion, String kind) {
    String file = apiVersion.replace('/', '_') + "_" + kind + ".yaml";
    return LOADED.computeIfAbsent(
        file,
        name ->
            jsonOf(BASE + name) == null
                ? Optional.empty()
                : Optional.of(REGISTRY.getSchema(SchemaLocation.of(BASE + name))));
  }

  /** Violations as {@code /json/pointer: message}; empty when the object conforms. */
  static List<String> violations(Schema schema, JsonNode object) {
    List<Error> errors = schema.validate(object.toString(), InputFormat.JSON);
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }

  /** The YAML schema file behind an IRI of {@link #BASE}, as JSON; null when there is none. */
  private static String jsonOf(String iri) {
    if (!iri.startsWith(BASE)) {
      return null;
    }
    String resource = FOLDER + iri.substring(BASE.length());
    try (InputStream in =
        CustomResourceSchemas.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? null : YAML.readTree(in).toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
