package io.distconnect.systemtests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.awaitility.Awaitility;

/** Reads and writes the real topics as any other client of the broker would. */
final class Topics {

  private final String bootstrap;

  Topics(String bootstrap) {
    this.bootstrap = bootstrap;
  }

  /** Sends records exactly as given (key, value and headers as bytes) and waits for the broker. */
  void send(List<ProducerRecord<byte[], byte[]>> records) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
      for (ProducerRecord<byte[], byte[]> r : records) {
        producer.send(r).get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("Could not send to " + records.get(0).topic(), e);
    }
  }

  /** Every record on the topic so far, from the beginning of each partition. */
  List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + UUID.randomUUID());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
              .map(i -> new TopicPartition(topic, i.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      var end = consumer.endOffsets(partitions);
      List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("Could not read " + topic + " to its end " + end);
        }
        consumer.poll(Duration.ofMillis(200)).forEach(out::add);
      }
      return out;
    }
  }

  /** Waits until a record on the topic matches, and returns it. */
  ConsumerRecord<byte[], byte[]> await(
      String topic, String description, Predicate<ConsumerRecord<byte[], byte[]>> match) {
    List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
    Awaitility.await(description + " on " + topic)
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              found.clear();
              readAll(topic).stream().filter(match).forEach(found::add);
              return !found.isEmpty();
            });
    return found.get(0);
  }

  /** Waits until the consumer group has committed every record now on the topic. */
  void awaitConsumed(String group, String topic) {
    Properties p = new Properties();
    p.put(org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    try (org.apache.kafka.clients.admin.Admin admin =
        org.apache.kafka.clients.admin.Admin.create(p)) {
      java.util.Map<TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest =
          new java.util.HashMap<>();
      for (var partition :
          admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()) {
        latest.put(
            new TopicPartition(topic, partition.partition()),
            org.apache.kafka.clients.admin.OffsetSpec.latest());
      }
      var ends = admin.listOffsets(latest).all().get();
      Awaitility.await(group + " has consumed " + topic + " up to " + ends)
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(500))
          .until(
              () -> {
                var committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                return ends.entrySet().stream()
                    .allMatch(
                        e -> {
                          var c = committed.get(e.getKey());
                          return e.getValue().offset() == 0
                              || (c != null && c.offset() >= e.getValue().offset());
                        });
              });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  static String header(ConsumerRecord<byte[], byte[]> r, String name) {
    var h = r.headers().lastHeader(name);
    return h == null || h.value() == null
        ? null
        : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8);
  }
}
