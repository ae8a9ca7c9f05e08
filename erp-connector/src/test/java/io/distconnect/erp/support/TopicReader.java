package io.distconnect.erp.support;

import io.distconnect.testsupport.KafkaBrokerResource;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;

/**
 * Reads a topic of the real test broker from the beginning until records matching a condition
 * arrived. Topics are shared by all tests of the module, so tests select their records by key.
 */
public final class TopicReader {
  private TopicReader() {}

  public static List<ConsumerRecord<String, String>> await(
      String topic, int atLeast, Predicate<ConsumerRecord<String, String>> matching) {
    try (KafkaCompanion kafka = new KafkaCompanion(KafkaBrokerResource.bootstrapServers())) {
      ConsumerTask<String, String> task = kafka.consumeStrings().fromTopics(topic);
      try {
        Awaitility.await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> task.getRecords().stream().filter(matching).count() >= atLeast);
        return task.getRecords().stream().filter(matching).toList();
      } finally {
        task.stop();
      }
    }
  }

  public static String header(ConsumerRecord<String, String> record, String name) {
    Header h = record.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
