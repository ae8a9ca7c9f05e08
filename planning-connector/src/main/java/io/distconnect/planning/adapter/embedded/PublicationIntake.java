package io.distconnect.planning.adapter.embedded;

import io.distconnect.contracts.model.Checks;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.planning.config.CsvMappingConfig;
import io.distconnect.planning.config.IngestConfig;
import io.distconnect.planning.domain.ConflictException;
import io.distconnect.planning.domain.ListRowSource;
import io.distconnect.planning.domain.PublicationChannel;
import io.distconnect.planning.domain.PublicationJob;
import io.distconnect.planning.domain.PublicationResult;
import io.distconnect.planning.domain.RawRow;
import io.distconnect.planning.domain.RowFormat;
import io.distconnect.planning.persistence.PublicationPipeline;
import io.distconnect.planning.persistence.PublicationRepository;
import io.distconnect.planning.persistence.PublicationRepository.KeyedPublication;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * The embedded planning adapter: publications pushed to us (JSON, CSV upload, dropped files) enter
 * here and all go through the same {@link PublicationPipeline}. It owns what happens before the
 * pipeline: the Idempotency-Key, the content hash, spooling uploads to disk and the CSV layout.
 */
@ApplicationScoped
public class PublicationIntake {

  private final PublicationPipeline pipeline;
  private final PublicationRepository publications;
  private final PublicationWorkers workers;
  private final CsvMappingConfig csv;
  private final IngestConfig config;

  public PublicationIntake(
      PublicationPipeline pipeline,
      PublicationRepository publications,
      PublicationWorkers workers,
      CsvMappingConfig csv,
      IngestConfig config) {
    this.pipeline = pipeline;
    this.publications = publications;
    this.workers = workers;
    this.csv = csv;
    this.config = config;
  }

  /**
   * An earlier publication with this Idempotency-Key and the same content, to be answered again.
   *
   * @throws ConflictException when the key was used for different content
   */
  public Optional<UUID> replayOf(String idempotencyKey, String contentHash) {
    if (idempotencyKey == null || idempotencyKey.isBlank()) {
      return Optional.empty();
    }
    if (idempotencyKey.length() > 200) {
      throw new IllegalArgumentException("Idempotency-Key is longer than 200 characters");
    }
    Optional<KeyedPublication> earlier = publications.findByIdempotencyKey(idempotencyKey);
    if (earlier.isPresent() && !earlier.get().sameContent(contentHash)) {
      throw new ConflictException("Idempotency-Key was already used with a different publication");
    }
    return earlier.map(KeyedPublication::id);
  }

  /** Processes a JSON publication synchronously (blocking). */
  public PublicationJob acceptRows(
      String cycleId, List<RawRow> rows, String contentHash, String key, Instant publishedAt) {
    PublicationJob job =
        job(cycleId, PublicationChannel.JSON, null, null, key, contentHash, publishedAt);
    publications.create(job);
    return job;
  }

  public PublicationResult process(PublicationJob job, List<RawRow> rows) {
    return pipeline.run(job, new ListRowSource(rows), RowFormat.ISO);
  }

  /**
   * Records a CSV file as a publication and processes it in the background.
   *
   * @param onFinished called with the outcome once processing ends (the drop folder moves the file)
   * @throws io.distconnect.planning.domain.CsvLayoutException when the header does not fit the
   *     mapping (checked before anything is recorded)
   */
  public PublicationJob acceptFile(
      Path file,
      String cycleId,
      String mappingName,
      PublicationChannel channel,
      String fileName,
      String key,
      String contentHash,
      BiConsumer<UUID, PublicationResult> onFinished)
      throws IOException {
    CsvMappingConfig.Mapping mapping = mapping(mappingName);
    RowFormat format = format(mapping);
    CsvRowSource.open(file, mapping).close(); // fail fast on a bad header, before a job exists
    PublicationJob job =
        job(cycleId, channel, fileName, mappingName, key, contentHash, Instant.now());
    publications.create(job);
    workers.submit(
        () -> {
          PublicationResult result;
          try {
            result = pipeline.run(job, CsvRowSource.open(file, mapping), format);
          } catch (IOException | RuntimeException e) {
            result = PublicationResult.failed("The file could not be read: " + e.getMessage(), 0);
            publications.finish(job.id(), result);
          }
          onFinished.accept(job.id(), result);
        });
    return job;
  }

  /** Copies an upload to a spool file while hashing it; memory use does not grow with its size. */
  public Spooled spool(InputStream body) throws IOException {
    Files.createDirectories(config.spoolDirectory());
    Path file = Files.createTempFile(config.spoolDirectory(), "upload-", ".csv");
    try (DigestInputStream in = new DigestInputStream(body, sha256())) {
      Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return new Spooled(file, HexFormat.of().formatHex(in.getMessageDigest().digest()));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  /** SHA-256 of a file, streamed. */
  public static String hash(Path file) throws IOException {
    try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(in.getMessageDigest().digest());
    }
  }

  public CsvMappingConfig.Mapping mapping(String name) {
    CsvMappingConfig.Mapping mapping = csv.mappings().get(name == null ? "default" : name);
    if (mapping == null) {
      throw new IllegalArgumentException(
          "Unknown CSV mapping '" + name + "'; configured: " + csv.mappings().keySet());
    }
    return mapping;
  }

  private static RowFormat format(CsvMappingConfig.Mapping mapping) {
    return RowFormat.of(
        mapping.dateFormat(),
        mapping.decimalSeparator(),
        mapping.defaultUom().map(UnitOfMeasure::parse).orElse(null),
        mapping.periodDays());
  }

  private static PublicationJob job(
      String cycleId,
      PublicationChannel channel,
      String fileName,
      String mapping,
      String key,
      String contentHash,
      Instant publishedAt) {
    Checks.requireIdentifier(cycleId, "planning cycle id");
    return new PublicationJob(
        UUID.randomUUID(),
        cycleId,
        channel,
        fileName,
        mapping,
        key == null || key.isBlank() ? null : key,
        contentHash,
        publishedAt == null ? Instant.now() : publishedAt);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new UncheckedIOException(new IOException("SHA-256 is not available", e));
    }
  }

  /** An upload on disk and the SHA-256 of its bytes. */
  public record Spooled(Path file, String contentHash) {}
}
