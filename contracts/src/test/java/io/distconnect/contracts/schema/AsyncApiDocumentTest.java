package io.distconnect.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.distconnect.contracts.event.CloudEventsConventions;
import io.distconnect.contracts.event.EventType;
import io.distconnect.contracts.event.SampleEvents;
import io.distconnect.contracts.event.Topics;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** asyncapi.yaml, the event catalog, the topic constants and the schema files agree. */
class AsyncApiDocumentTest {
  private static final String DEAD_LETTERS = "deadLetters";
  private static JsonNode doc;

  /** Channel address → channel id. */
  private static final Map<String, String> channelByAddress = new HashMap<>();

  @BeforeAll
  static void read() throws IOException {
    doc = new ObjectMapper(new YAMLFactory()).readTree(MetaSchema.resource("asyncapi.yaml"));
    doc.get("channels")
        .properties()
        .forEach(c -> channelByAddress.put(c.getValue().get("address").asText(), c.getKey()));
  }

  @Test
  void isAnAsyncApi3Document() {
    assertThat(doc.get("asyncapi").asText()).isEqualTo("3.0.0");
    assertThat(doc.get("defaultContentType").asText())
        .isEqualTo(CloudEventsConventions.DATA_CONTENT_TYPE);
  }

  @Test
  void everyTopicConstantIsAChannelAndViceVersa() {
    Set<String> addresses = new HashSet<>(channelByAddress.keySet());
    addresses.remove(doc.at("/channels/" + DEAD_LETTERS + "/address").asText());
    assertThat(addresses).containsExactlyInAnyOrderElementsOf(Topics.ALL);
    for (String topic : Topics.ALL) {
      assertThat(
              doc.at("/channels/" + channelByAddress.get(topic) + "/bindings/kafka/topic").asText())
          .isEqualTo(topic);
    }
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void everyEventTypeIsAMessageOnItsTopicWithItsSchemaAndKey(EventType type) {
    JsonNode message = doc.at("/components/messages/" + type.eventName());
    assertThat(message.isMissingNode()).as(type.eventName()).isFalse();
    assertThat(message.get("name").asText()).isEqualTo(type.typeName());
    assertThat(message.at("/payload/$ref").asText()).isEqualTo("./" + type.schemaResource());
    assertThat(message.at("/bindings/kafka/key/description").asText())
        .isEqualTo(type.key().description());
    String channel = channelByAddress.get(type.topic());
    assertThat(doc.at("/channels/" + channel + "/messages/" + type.eventName() + "/$ref").asText())
        .isEqualTo("#/components/messages/" + type.eventName());
    assertThat(sendersOf(channel, type.eventName())).containsExactly(type.producer());
  }

  /** A message listed on a second channel (say, left behind on its old topic) is an error. */
  @ParameterizedTest
  @EnumSource(EventType.class)
  void everyEventTypeIsOnlyOnItsOwnTopic(EventType type) {
    List<String> channels = new ArrayList<>();
    doc.get("channels")
        .properties()
        .forEach(
            channel -> {
              if (channel.getValue().path("messages").has(type.eventName())) {
                channels.add(channel.getKey());
              }
            });
    assertThat(channels).containsExactly(channelByAddress.get(type.topic()));
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void keyPatternAcceptsTheSamplesKey(EventType type) {
    JsonNode pattern = doc.at("/components/messages/" + type.eventName() + "/bindings/kafka/key");
    String key = SampleEvents.of(type).partitionKey();
    if (pattern.has("pattern")) {
      assertThat(key).containsPattern(pattern.get("pattern").asText());
    }
    assertThat(doc.at("/channels/" + channelByAddress.get(type.topic()) + "/description").asText())
        .as("channel description names the key")
        .endsWith("Key: " + type.key().description() + ".");
  }

  @Test
  void everyMessageInTheDocumentIsInTheCatalog() {
    List<String> names = new ArrayList<>();
    doc.at("/components/messages").forEach(m -> names.add(m.get("name").asText()));
    assertThat(names).containsExactlyInAnyOrderElementsOf(EventType.typeNames());
    doc.get("channels")
        .forEach(
            channel ->
                channel
                    .path("messages")
                    .forEach(
                        ref ->
                            assertThat(resolve(ref.get("$ref").asText()).isMissingNode())
                                .isFalse()));
  }

  @Test
  void everyReferencedSchemaExistsAndIsAValid2020Schema() {
    Set<String> refs = new HashSet<>();
    doc.at("/components/messages").forEach(m -> refs.add(m.at("/payload/$ref").asText()));
    assertThat(refs).hasSize(EventType.values().length);
    for (String ref : refs) {
      assertThat(ref).startsWith("./schemas/");
      String text = MetaSchema.resource(ref.substring(2));
      assertThat(MetaSchema.violations(text)).as(ref).isEmpty();
    }
  }

  @Test
  void operationsReferToExistingChannelsAndMessages() {
    doc.get("operations")
        .forEach(
            operation -> {
              assertThat(operation.get("action").asText()).isIn("send", "receive");
              String channelRef = operation.at("/channel/$ref").asText();
              JsonNode channel = resolve(channelRef);
              assertThat(channel.isMissingNode()).isFalse();
              String summary = operation.get("summary").asText();
              assertThat(CloudEventsConventions.SERVICES).contains(summary.split(" ")[0]);
              assertThat(summary).contains(channel.get("address").asText());
              operation
                  .get("messages")
                  .forEach(
                      m -> {
                        String ref = m.get("$ref").asText();
                        assertThat(resolve(ref).isMissingNode()).isFalse();
                        assertThat(ref).as(summary).startsWith(channelRef + "/messages/");
                      });
            });
  }

  @Test
  void deadLetterChannelFollowsTheTopicsRule() {
    String address = doc.at("/channels/" + DEAD_LETTERS + "/address").asText();
    assertThat(
            address
                .replace("{topic}", Topics.FORECAST_REVISIONS)
                .replace("{service}", "orchestrator"))
        .isEqualTo(Topics.deadLetter(Topics.FORECAST_REVISIONS, "orchestrator"));
    List<String> services = new ArrayList<>();
    doc.at("/channels/" + DEAD_LETTERS + "/parameters/service/enum")
        .forEach(s -> services.add(s.asText()));
    assertThat(services).containsExactlyInAnyOrderElementsOf(CloudEventsConventions.SERVICES);
  }

  @Test
  void cloudEventsHeadersAreTheConventionsOnes() {
    JsonNode headers = doc.at("/components/messageTraits/cloudEvents/headers");
    List<String> required = new ArrayList<>();
    headers.get("required").forEach(h -> required.add(h.asText()));
    assertThat(required)
        .containsExactlyInAnyOrder(
            CloudEventsConventions.HEADER_SPEC_VERSION,
            CloudEventsConventions.HEADER_ID,
            CloudEventsConventions.HEADER_TYPE,
            CloudEventsConventions.HEADER_SOURCE,
            CloudEventsConventions.HEADER_SUBJECT,
            CloudEventsConventions.HEADER_TIME,
            CloudEventsConventions.HEADER_CONTENT_TYPE);
    assertThat(headers.at("/properties/ce_specversion/const").asText())
        .isEqualTo(CloudEventsConventions.SPEC_VERSION);
    assertThat(headers.at("/properties/content-type/const").asText())
        .isEqualTo(CloudEventsConventions.DATA_CONTENT_TYPE);
    assertThat(CloudEventsConventions.source("erp-connector").toString())
        .matches(headers.at("/properties/ce_source/pattern").asText());
    doc.at("/components/messages")
        .forEach(
            m ->
                assertThat(m.at("/traits/0/$ref").asText())
                    .isEqualTo("#/components/messageTraits/cloudEvents"));
  }

  /** Services named in the summaries of send operations that carry the message on the channel. */
  private static List<String> sendersOf(String channel, String messageName) {
    List<String> senders = new ArrayList<>();
    String messageRef = "#/channels/" + channel + "/messages/" + messageName;
    doc.get("operations")
        .forEach(
            operation -> {
              boolean carries = false;
              for (JsonNode m : operation.get("messages")) {
                carries |= m.get("$ref").asText().equals(messageRef);
              }
              if (carries && operation.get("action").asText().equals("send")) {
                senders.add(operation.get("summary").asText().split(" ")[0]);
              }
            });
    return senders;
  }

  private static JsonNode resolve(String ref) {
    assertThat(ref).startsWith("#/");
    return doc.at(ref.substring(1));
  }
}
