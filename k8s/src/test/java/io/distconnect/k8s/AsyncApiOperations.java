package io.distconnect.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who sends and who receives which topic, from the contracts module's {@code asyncapi.yaml}. Its
 * operation ids read {@code <service>Sends<Channel>} / {@code <service>Receives<Channel>}
 * (camelCase service names); the channel's {@code address} is the topic.
 */
record AsyncApiOperations(Map<String, Set<String>> sends, Map<String, Set<String>> receives) {
  private static final Pattern OPERATION =
      Pattern.compile("([a-z][A-Za-z]*?)(Sends|Receives)[A-Z].*");

  static AsyncApiOperations load() {
    JsonNode document;
    try (InputStream in =
        AsyncApiOperations.class.getClassLoader().getResourceAsStream("asyncapi.yaml")) {
      if (in == null) {
        throw new AssertionError(
            "asyncapi.yaml of io.distconnect:contracts is not on the classpath");
      }
      document = new YAMLMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Set<String>> sends = new LinkedHashMap<>();
    Map<String, Set<String>> receives = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> operations = document.path("operations").fields();
    while (operations.hasNext()) {
      Map.Entry<String, JsonNode> operation = operations.next();
      Matcher m = OPERATION.matcher(operation.getKey());
      if (!m.matches()) {
        throw new AssertionError(
            "asyncapi.yaml operation '"
                + operation.getKey()
                + "' is not <service>Sends|Receives<X>");
      }
      String service = kebab(m.group(1));
      String action = operation.getValue().path("action").asText();
      String ref = operation.getValue().path("channel").path("$ref").asText();
      String channel = ref.substring(ref.lastIndexOf('/') + 1);
      String address = document.path("channels").path(channel).path("address").asText();
      if (address.isEmpty()) {
        throw new AssertionError("asyncapi.yaml channel '" + ref + "' has no address");
      }
      (action.equals("send") ? sends : receives)
          .computeIfAbsent(service, s -> new LinkedHashSet<>())
          .add(address);
    }
    return new AsyncApiOperations(sends, receives);
  }

  Set<String> sends(String service) {
    return sends.getOrDefault(service, Set.of());
  }

  Set<String> receives(String service) {
    return receives.getOrDefault(service, Set.of());
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }
}
