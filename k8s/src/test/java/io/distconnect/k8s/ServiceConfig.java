package io.distconnect.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One service's configuration as its {@code application.properties} holds it at test time — the
 * source of truth the manifests must follow (topics, consumer groups, ports, the variables it
 * reads). Keys of other profiles than prod ({@code %test.}, {@code %dev.}) are left out; {@code
 * %prod.} keys count as plain keys.
 */
record ServiceConfig(String name, Map<String, String> properties) {
  static final List<String> SERVICES =
      List.of("planning-connector", "erp-connector", "procurement-connector", "orchestrator");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)(:([^}]*))?}");
  private static final String INCOMING = "mp.messaging.incoming.";
  private static final String OUTGOING = "mp.messaging.outgoing.";

  /** A Kafka channel of the service: its direction, topic(s), group and dead-letter topic. */
  record Channel(
      String name,
      boolean incoming,
      List<String> topics,
      String groupId,
      String failureStrategy,
      Optional<String> deadLetterTopic,
      boolean pattern) {}

  static List<ServiceConfig> all() {
    return SERVICES.stream().map(ServiceConfig::load).toList();
  }

  static ServiceConfig load(String service) {
    Path file =
        Manifests.MODULE
            .resolveSibling(service)
            .resolve("src/main/resources/application.properties");
    Properties raw = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      raw.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Map<String, String> effective = new TreeMap<>();
    raw.stringPropertyNames().stream()
        .filter(key -> !key.startsWith("%"))
        .forEach(key -> effective.put(key, raw.getProperty(key).strip()));
    raw.stringPropertyNames().stream()
        .filter(key -> key.startsWith("%prod."))
        .forEach(key -> effective.put(key.substring(6), raw.getProperty(key).strip()));
    return new ServiceConfig(service, Map.copyOf(effective));
  }

  /** A property's value with {@code ${VAR:default}} expressions replaced by their defaults. */
  Optional<String> value(String key) {
    return Optional.ofNullable(properties.get(key)).map(ServiceConfig::withDefaults);
  }

  int httpPort() {
    return Integer.parseInt(value("quarkus.http.port").orElse("8080"));
  }

  String applicationName() {
    return value("quarkus.application.name").orElse(name);
  }

  /** Every Kafka channel, incoming and outgoing. */
  List<Channel> channels() {
    Map<String, Boolean> names = new LinkedHashMap<>();
    for (String key : properties.keySet()) {
      if (key.startsWith(INCOMING) || key.startsWith(OUTGOING)) {
        boolean incoming = key.startsWith(INCOMING);
        String rest = key.substring(incoming ? INCOMING.length() : OUTGOING.length());
        names.put(channelName(rest), incoming);
      }
    }
    List<Channel> channels = new ArrayList<>();
    names.forEach(
        (channel, incoming) -> {
          String prefix = (incoming ? INCOMING : OUTGOING) + channel + ".";
          if (!"smallrye-kafka".equals(value(prefix + "connector").orElse(""))) {
            return;
          }
          List<String> topics = new ArrayList<>();
          value(prefix + "topic").ifPresent(topics::add);
          value(prefix + "topics")
              .ifPresent(
                  list -> {
                    for (String t : list.split(",")) {
                      if (!t.isBlank()) {
                        topics.add(t.strip());
                      }
                    }
                  });
          if (topics.isEmpty()) {
            // SmallRye's default: the channel name is the topic.
            topics.add(unquote(channel));
          }
          channels.add(
              new Channel(
                  unquote(channel),
                  incoming,
                  List.copyOf(topics),
                  value(prefix + "group.id").orElse(applicationName()),
                  value(prefix + "failure-strategy").orElse("fail"),
                  value(prefix + "dead-letter-queue.topic"),
                  Boolean.parseBoolean(value(prefix + "pattern").orElse("false"))));
        });
    return channels;
  }

  /** Every topic named in the configuration: channel topics and dead-letter topics. */
  Set<String> topics() {
    Set<String> topics = new LinkedHashSet<>();
    for (Channel channel : channels()) {
      topics.addAll(channel.topics());
      channel.deadLetterTopic().ifPresent(topics::add);
    }
    return topics;
  }

  /** Names of the {@code ${VAR}} / {@code ${VAR:default}} expressions the configuration reads. */
  Set<String> placeholders() {
    Set<String> names = new LinkedHashSet<>();
    for (String value : properties.values()) {
      Matcher m = PLACEHOLDER.matcher(value);
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  /** The {@code ${VAR}} expressions without a default: the service cannot start without them. */
  Set<String> requiredVariables() {
    Set<String> names = new LinkedHashSet<>();
    for (String value : properties.values()) {
      Matcher m = PLACEHOLDER.matcher(value);
      while (m.find()) {
        if (m.group(2) == null) {
          names.add(m.group(1));
        }
      }
    }
    return names;
  }

  /** Environment variable names that set a property of this file (MicroProfile Config rules). */
  Set<String> propertyVariables() {
    Set<String> names = new LinkedHashSet<>();
    properties.keySet().forEach(key -> names.add(environmentName(key)));
    return names;
  }

  /** MicroProfile Config's environment form: non-alphanumerics become _, then upper case. */
  static String environmentName(String property) {
    return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  /** The database name at the end of a (jdbc:)postgresql:// URL. */
  static String databaseOf(String url) {
    String plain = url.startsWith("jdbc:") ? url.substring(5) : url;
    String path = URI.create(plain).getPath();
    return path.startsWith("/") ? path.substring(1) : path;
  }

  private static String withDefaults(String value) {
    Matcher m = PLACEHOLDER.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(3) == null ? "" : m.group(3)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The channel part of {@code <channel>.<attribute>}; channel names may be quoted and dotted. */
  private static String channelName(String rest) {
    if (rest.startsWith("\"")) {
      int close = rest.indexOf('"', 1);
      return rest.substring(0, close + 1);
    }
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private static String unquote(String channel) {
    return channel.startsWith("\"") ? channel.substring(1, channel.length() - 1) : channel;
  }
}
