import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The driver of the 1,000,000-row forecast publication benchmark (issue 4, "Scale"). Run through
 * {@code planning-connector/bench/run}, which starts the service; this program only talks to it
 * over its public REST API and reads the Kafka topic like any consumer would.
 *
 * <pre>
 *   generate DIR ITEMS LOCATIONS PERIODS SEED        writes DIR/v1.csv and DIR/v2.csv
 *   master-data URL ITEMS LOCATIONS                  PUTs the items and locations into the cache
 *   publish URL CYCLE FILE                           uploads a CSV and waits for its job (untimed)
 *   measure URL CYCLE FILE BOOTSTRAP TOPIC OUT_JSON  the timed publication, counted on the topic
 * </pre>
 *
 * The bearer token comes from the environment variable BENCH_TOKEN (integration-admin).
 */
public class PlanningIngestBench {

  static final LocalDate FIRST_PERIOD = LocalDate.of(2027, 1, 4); // a Monday
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "generate" ->
          generate(
              Path.of(args[1]),
              Integer.parseInt(args[2]),
              Integer.parseInt(args[3]),
              Integer.parseInt(args[4]),
              Long.parseLong(args[5]));
      case "master-data" ->
          masterData(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      case "publish" -> {
        JsonNode job = awaitJob(args[1], upload(args[1], args[2], Path.of(args[3])), null);
        System.out.println("[bench] untimed publication: " + job);
        if (!"COMPLETED".equals(job.path("status").asText())) {
          throw new IllegalStateException("the untimed publication did not complete");
        }
      }
      case "measure" ->
          measure(args[1], args[2], Path.of(args[3]), args[4], args[5], Path.of(args[6]));
      default -> throw new IllegalArgumentException("unknown command " + args[0]);
    }
  }

  static String sku(int i) {
    return String.format("BENCH-%06d", i);
  }

  static String location(int l) {
    return String.format("BDC-%02d", l);
  }

  // ---- data ------------------------------------------------------------------------------------

  /**
   * Version 1 and version 2 of one planning cycle with the same keys. In version 2, 3 % of the rows
   * change by 5–60 % (at least 5 units: above the noise threshold of 1 unit and 2 %) and another
   * 2 % by a single unit on quantities of 100 or more (below the relative threshold: kept, not
   * published). Every twentieth row is given in cases (CS, 24 EA) and converted on the way in.
   */
  static void generate(Path dir, int items, int locations, int periods, long seed)
      throws IOException {
    Files.createDirectories(dir);
    SplittableRandom random = new SplittableRandom(seed);
    long changed = 0;
    long noise = 0;
    String[] starts = new String[periods];
    String[] ends = new String[periods];
    for (int p = 0; p < periods; p++) {
      starts[p] = FIRST_PERIOD.plusWeeks(p).toString();
      ends[p] = FIRST_PERIOD.plusWeeks(p).plusDays(6).toString();
    }
    String header = "item,location,period_start,period_end,quantity,uom\n";
    try (BufferedWriter v1 = Files.newBufferedWriter(dir.resolve("v1.csv"), StandardCharsets.UTF_8);
        BufferedWriter v2 =
            Files.newBufferedWriter(dir.resolve("v2.csv"), StandardCharsets.UTF_8)) {
      v1.write(header);
      v2.write(header);
      for (int i = 1; i <= items; i++) {
        String sku = sku(i);
        for (int l = 1; l <= locations; l++) {
          String loc = location(l);
          for (int p = 0; p < periods; p++) {
            boolean cases = random.nextInt(20) == 0;
            long q1 = cases ? 1 + random.nextInt(200) : random.nextInt(5000);
            long q2 = q1;
            double roll = random.nextDouble();
            if (roll < 0.03) {
              long delta = Math.max(5, Math.round(q1 * (0.05 + random.nextDouble() * 0.55)));
              q2 = random.nextBoolean() || q1 < delta ? q1 + delta : q1 - delta;
              changed++;
            } else if (roll < 0.05 && !cases && q1 >= 100) {
              q2 = q1 + 1;
              noise++;
            }
            String prefix = sku + ',' + loc + ',' + starts[p] + ',' + ends[p] + ',';
            String uom = cases ? ",CS\n" : ",EA\n";
            v1.write(prefix + q1 + uom);
            v2.write(prefix + q2 + uom);
          }
        }
      }
    }
    System.out.printf(
        "[bench] generated %d rows per version in %s: %d changed above the threshold, %d noise%n",
        (long) items * locations * periods, dir, changed, noise);
  }

  /**
   * The cache through its admin endpoints, concurrently (what an operator's script would do): the
   * locations and items 1..{@code items}. The run script asks for one item only unless
   * BENCH_MASTER_DATA=api, and replicates its row for the others (see there).
   */
  static void masterData(String base, int items, int locations) throws Exception {
    long t0 = System.nanoTime();
    for (int l = 1; l <= locations; l++) {
      String body =
          "{\"name\":\"Bench DC %d\",\"type\":\"DC\",\"region\":\"EAST\",\"timeZone\":\"Europe/Berlin\"}"
              .formatted(l);
      put(base + "/api/v1/master-data/locations/" + location(l), body).join();
    }
    Semaphore inFlight = new Semaphore(16);
    AtomicInteger failures = new AtomicInteger();
    List<CompletableFuture<Void>> all = new ArrayList<>();
    for (int i = 1; i <= items; i++) {
      String body =
          """
          {"description":"Bench item %d","hierarchy":{"category":"%s","family":"BENCH"},
           "baseUom":"EA","conversions":[{"from":"CS","factor":"24","to":"EA"}],
           "packSize":{"value":"1","uom":"EA"},"status":"ACTIVE"}"""
              .formatted(i, "CAT-" + (i % 7));
      inFlight.acquire();
      all.add(
          put(base + "/api/v1/master-data/items/" + sku(i), body)
              .whenComplete(
                  (ok, e) -> {
                    inFlight.release();
                    if (e != null) {
                      failures.incrementAndGet();
                    }
                  })
              .exceptionally(e -> null));
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    if (failures.get() > 0) {
      throw new IllegalStateException(failures.get() + " master-data PUTs failed");
    }
    System.out.printf(
        "[bench] master data: %d items, %d locations in %.1f s%n",
        items, locations, (System.nanoTime() - t0) / 1e9);
  }

  static CompletableFuture<Void> put(String url, String body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token())
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .thenAccept(
            r -> {
              if (r.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
              }
            });
  }

  // ---- publications ----------------------------------------------------------------------------

  static String token() {
    return System.getenv("BENCH_TOKEN");
  }

  /** Uploads a CSV publication; answers the job URL. */
  static String upload(String base, String cycle, Path file) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    base
                        + "/api/v1/forecast-publications?cycle="
                        + cycle
                        + "&fileName="
                        + file.getFileName()))
            .header("Authorization", "Bearer " + token())
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofFile(file))
            .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 202) {
      throw new IllegalStateException(
          "upload answered " + response.statusCode() + ": " + response.body());
    }
    return response.headers().firstValue("Location").orElseThrow();
  }

  /** Polls the job every 100 ms until it is no longer running; notes when progress was seen. */
  static JsonNode awaitJob(String base, String jobUrl, Map<String, Long> seen) throws Exception {
    URI uri = jobUrl.startsWith("http") ? URI.create(jobUrl) : URI.create(base + "/" + jobUrl);
    while (true) {
      HttpRequest request =
          HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token()).GET().build();
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode job = JSON.readTree(response.body());
      if (!"RUNNING".equals(job.path("status").asText())) {
        return job;
      }
      if (seen != null) {
        seen.putIfAbsent("progress-" + job.path("progressPercent").asInt(), System.nanoTime());
      }
      Thread.sleep(100);
    }
  }

  /**
   * The timed publication: upload (202 + job), the job until it is COMPLETED, then the topic until
   * it carries one ForecastRevised of this cycle's new version per revision emitted. A consumer
   * assigned to every partition from the end offsets taken before the upload counts them.
   */
  static void measure(
      String base, String cycle, Path file, String bootstrap, String topic, Path out)
      throws Exception {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    AtomicLong matching = new AtomicLong();
    AtomicLong lastArrival = new AtomicLong();
    Set<String> ids = new HashSet<>();
    Set<String> keysWrong = new HashSet<>();
    String cycleMarker = "\"planningCycleId\":\"" + cycle + "\"";
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (PartitionInfo p : consumer.partitionsFor(topic)) {
        partitions.add(new TopicPartition(topic, p.partition()));
      }
      consumer.assign(partitions);
      consumer.seekToEnd(partitions);
      partitions.forEach(consumer::position); // resolve the end offsets now, before the upload

      Map<String, Long> seen = new HashMap<>();
      long t0 = System.nanoTime();
      String jobUrl = upload(base, cycle, file);
      long accepted = System.nanoTime();
      // The job is polled from another thread while this one consumes the topic.
      CompletableFuture<JsonNode> jobDone =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return awaitJob(base, jobUrl, seen);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      long jobFinished = 0;
      JsonNode job = null;
      long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
      while (System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(50))) {
          if (r.value() != null && r.value().contains(cycleMarker)) {
            matching.incrementAndGet();
            lastArrival.set(System.nanoTime());
            Header id = r.headers().lastHeader("ce_id");
            ids.add(id == null ? "" : new String(id.value(), StandardCharsets.UTF_8));
            Header subject = r.headers().lastHeader("ce_subject");
            if (subject == null
                || !new String(subject.value(), StandardCharsets.UTF_8).equals(r.key())) {
              keysWrong.add(r.key());
            }
          }
        }
        if (job == null && jobDone.isDone()) {
          job = jobDone.join();
          jobFinished = System.nanoTime();
          System.out.println("[bench] job: " + job);
          if (!"COMPLETED".equals(job.path("status").asText())) {
            break;
          }
        }
        if (job != null && matching.get() >= job.path("revisionsEmitted").asLong()) {
          break;
        }
      }
      long allOnTopic = lastArrival.get();
      // Anything beyond the emitted count would be a duplicate: keep listening a little.
      long settle = System.nanoTime() + Duration.ofSeconds(3).toNanos();
      while (System.nanoTime() < settle) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
          if (r.value() != null && r.value().contains(cycleMarker)) {
            matching.incrementAndGet();
          }
        }
      }
      if (job == null) {
        throw new IllegalStateException("the job did not finish in time");
      }
      Map<String, Object> result = new HashMap<>();
      result.put("topic", topic);
      result.put("status", job.path("status").asText());
      result.put("rowsRead", job.path("rowsRead").asLong());
      result.put("rowsAccepted", job.path("rowsAccepted").asLong());
      result.put("rowsRejected", job.path("rowsRejected").asLong());
      result.put("revisionsDetected", job.path("revisionsDetected").asLong());
      result.put("revisionsEmitted", job.path("revisionsEmitted").asLong());
      result.put("eventsOnTopic", matching.get());
      result.put("distinctEventIds", ids.size());
      result.put("subjectNotKey", keysWrong.size());
      result.put("uploadAcceptedSeconds", (accepted - t0) / 1e9);
      result.put("jobFinishedSeconds", (jobFinished - t0) / 1e9);
      result.put("allEventsOnTopicSeconds", (allOnTopic - t0) / 1e9);
      result.put("jobStartedAt", job.path("startedAt").asText());
      result.put("jobFinishedAt", job.path("finishedAt").asText());
      JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result);
      System.out.println("[bench] result: " + JSON.writeValueAsString(result));
      boolean complete =
          "COMPLETED".equals(job.path("status").asText())
              && matching.get() == job.path("revisionsEmitted").asLong();
      if (!complete) {
        throw new IllegalStateException("the publication did not reach the topic completely");
      }
    }
  }
}
