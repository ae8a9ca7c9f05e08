package io.distconnect.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;
import org.jboss.logging.Logger;

/**
 * Starts a real Apache Kafka broker (a combined KRaft controller+broker from Kafka's own test kit)
 * inside the test JVM, once per JVM, on a random port. When {@code DISTCONNECT_KAFKA_BOOTSTRAP} is
 * set (environment or system property) that broker is used instead and nothing is started.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

  public static final String EXTERNAL_BOOTSTRAP = "DISTCONNECT_KAFKA_BOOTSTRAP";

  private static final Logger LOG = Logger.getLogger(KafkaBrokerResource.class);

  private static KafkaClusterTestKit cluster;
  private static String bootstrapServers;

  @Override
  public Map<String, String> start() {
    return Map.of("kafka.bootstrap.servers", bootstrapServers());
  }

  /** The bootstrap servers of the broker the tests use, starting the embedded one on first use. */
  public static synchronized String bootstrapServers() {
    if (bootstrapServers != null) {
      return bootstrapServers;
    }
    String external = Env.get(EXTERNAL_BOOTSTRAP);
    if (external != null) {
      bootstrapServers = external;
      return bootstrapServers;
    }
    // The broker shares this JVM with the tests: when it shuts down at JVM exit, a log-directory
    // error in its background threads makes Kafka call Exit.halt(1), which turns a green test run
    // into a failed fork. Kafka's own test harness replaces these procedures the same way.
    Exit.setExitProcedure(
        (code, message) ->
            LOG.warnf("Embedded Kafka asked to exit(%d): %s; ignored", code, message));
    Exit.setHaltProcedure(
        (code, message) ->
            LOG.warnf("Embedded Kafka asked to halt(%d): %s; ignored", code, message));
    try {
      TestKitNodes nodes =
          new TestKitNodes.Builder()
              .setCombined(true)
              .setNumBrokerNodes(1)
              .setNumControllerNodes(1)
              .build();
      cluster =
          new KafkaClusterTestKit.Builder(nodes)
              .setConfigProp("offsets.topic.replication.factor", "1")
              .setConfigProp("transaction.state.log.replication.factor", "1")
              .setConfigProp("transaction.state.log.min.isr", "1")
              .setConfigProp("group.initial.rebalance.delay.ms", "0")
              .setConfigProp("num.partitions", "3")
              .setConfigProp("auto.create.topics.enable", "true")
              .build();
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
      bootstrapServers = cluster.bootstrapServers();
      Runtime.getRuntime().addShutdownHook(new Thread(KafkaBrokerResource::shutdown, "kafka-stop"));
      return bootstrapServers;
    } catch (Exception e) {
      throw new IllegalStateException("Could not start the embedded Kafka broker", e);
    }
  }

  /** True when the broker runs inside this JVM (tests may then assert on it being embedded). */
  public static synchronized boolean embedded() {
    return cluster != null;
  }

  @Override
  public void stop() {
    // The broker is shared by every Quarkus application started in this JVM; it stops with the JVM.
  }

  private static synchronized void shutdown() {
    if (cluster != null) {
      try {
        cluster.close();
      } catch (Exception e) {
        // JVM is exiting; nothing useful to do with the error.
      }
      cluster = null;
    }
  }
}
