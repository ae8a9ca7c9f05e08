package io.distconnect.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The objects of one rendered kustomization, parsed strictly. */
final class Manifests {
  static final Path MODULE = Path.of("").toAbsolutePath();
  static final Path OVERLAYS = MODULE.resolve("overlays");

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final KubernetesSerialization SERIALIZATION =
      new KubernetesSerialization(strictMapper(), true);
  private static final Map<Path, Manifests> CACHE = new ConcurrentHashMap<>();

  private final String source;
  private final List<K8sObject> objects;
  private final List<String> problems;

  private Manifests(String source, List<K8sObject> objects, List<String> problems) {
    this.source = source;
    this.objects = List.copyOf(objects);
    this.problems = List.copyOf(problems);
  }

  /** Every directory under {@code overlays/} that holds a kustomization. */
  static List<Path> overlays() {
    try (Stream<Path> dirs = Files.list(OVERLAYS)) {
      List<Path> found =
          dirs.filter(dir -> Files.isRegularFile(dir.resolve("kustomization.yaml")))
              .sorted()
              .toList();
      if (found.isEmpty()) {
        throw new AssertionError("no overlay with a kustomization.yaml under " + OVERLAYS);
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rendered overlay (cached: rendering takes a second per overlay). */
  static Manifests of(Path overlay) {
    return CACHE.computeIfAbsent(
        overlay, dir -> parse("overlays/" + dir.getFileName(), Kustomize.render(dir)));
  }

  /**
   * Parses multi-document YAML. Objects whose kind fabric8 knows become typed; a wrong type (a
   * string where a number belongs, a list for a map) is recorded as a problem, as is a document
   * with no kind.
   */
  static Manifests parse(String source, String yaml) {
    List<K8sObject> objects = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
      int index = 0;
      while (documents.hasNext()) {
        JsonNode node = documents.next();
        index++;
        if (node == null || node.isNull() || node.isMissingNode()) {
          continue;
        }
        String apiVersion = node.path("apiVersion").asText("");
        String kind = node.path("kind").asText("");
        String id = kind + "/" + node.path("metadata").path("name").asText("?");
        if (apiVersion.isEmpty() || kind.isEmpty()) {
          problems.add(source + " document " + index + ": no apiVersion/kind");
          continue;
        }
        Class<? extends KubernetesResource> type =
            SERIALIZATION.getRegisteredKubernetesResource(apiVersion, kind);
        KubernetesResource typed = null;
        if (type != null) {
          try {
            typed = SERIALIZATION.convertValue(node, type);
            JsonNode roundTrip = JSON.readTree(SERIALIZATION.asJson(typed));
            for (String mismatch : TypeCheck.mismatches(node, roundTrip)) {
              problems.add(source + " " + id + ": " + mismatch);
            }
            for (String path : StrictModel.unknownFields(typed)) {
              if (path.endsWith(StrictModel.WRONG_TYPE)) {
                problems.add(source + " " + id + ": " + path);
              }
            }
          } catch (IllegalArgumentException e) {
            problems.add(source + " " + id + ": " + rootMessage(e));
            continue;
          }
        }
        objects.add(new K8sObject(node, typed));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": not YAML", e);
    }
    return new Manifests(source, objects, problems);
  }

  String source() {
    return source;
  }

  List<K8sObject> all() {
    return objects;
  }

  /** Type errors and unparseable documents met while parsing. */
  List<String> problems() {
    return problems;
  }

  <T> List<T> typed(Class<T> type) {
    return objects.stream().map(K8sObject::typed).filter(type::isInstance).map(type::cast).toList();
  }

  List<K8sObject> ofKind(String kind) {
    return objects.stream().filter(o -> o.kind().equals(kind)).toList();
  }

  Optional<K8sObject> find(String kind, String name) {
    return objects.stream()
        .filter(((Predicate<K8sObject>) o -> o.kind().equals(kind)).and(o -> o.name().equals(name)))
        .findFirst();
  }

  @Override
  public String toString() {
    return source;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null
        ? root.toString()
        : root.getMessage().lines().findFirst().get();
  }

  /**
   * Jackson would quietly turn {@code replicas: "3"} into 3 and {@code value: 8080} into "8080";
   * the API server would refuse both. Scalars must have their schema type.
   */
  private static ObjectMapper strictMapper() {
    ObjectMapper mapper = new ObjectMapper();
    mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
      mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    }
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    return mapper;
  }
}
