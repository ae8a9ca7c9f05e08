package io.distconnect.planning.adapter.embedded;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.distconnect.planning.config.DropFolderConfig;
import io.distconnect.planning.config.IngestConfig;
import io.distconnect.planning.domain.CsvLayoutException;
import io.distconnect.planning.domain.PublicationChannel;
import io.distconnect.planning.domain.PublicationResult;
import io.distconnect.planning.domain.PublicationStatus;
import io.distconnect.planning.persistence.PublicationQueries;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Watches the drop folder for flat-file exports. A file is claimed by an atomic rename into {@code
 * processing/} (so two replicas sharing the folder never both take it), processed once through the
 * CSV pipeline, and moved to {@code processed/} or {@code failed/} with a {@code .report.json} (the
 * job report: counts and row errors). Files still being written are left alone until they have not
 * changed for the configured minimum age; exporters that write {@code .tmp} files and rename them
 * at the end are never seen half-written.
 */
@ApplicationScoped
public class DropFolderWatcher {

  private final DropFolderConfig config;
  private final IngestConfig ingest;
  private final PublicationIntake intake;
  private final PublicationQueries queries;
  private final ObjectMapper json;

  public DropFolderWatcher(
      DropFolderConfig config,
      IngestConfig ingest,
      PublicationIntake intake,
      PublicationQueries queries,
      ObjectMapper json) {
    this.config = config;
    this.ingest = ingest;
    this.intake = intake;
    this.queries = queries;
    this.json = json;
  }

  /** Creates the folders, and returns files whose processing was cut off by a stop to the queue. */
  void onStart(@Observes StartupEvent event) throws IOException {
    if (config.path().isEmpty()) {
      return;
    }
    Path root = config.path().get();
    for (String dir : new String[] {"processing", "processed", "failed"}) {
      Files.createDirectories(root.resolve(dir));
    }
    Instant stale = Instant.now().minus(ingest.staleAfter());
    try (DirectoryStream<Path> files = Files.newDirectoryStream(root.resolve("processing"))) {
      for (Path file : files) {
        if (Files.getLastModifiedTime(file).toInstant().isBefore(stale)) {
          Log.warnf("Re-queueing %s, whose processing was interrupted", file.getFileName());
          Files.move(file, root.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }
      }
    }
    Log.infof("Watching drop folder %s", root.toAbsolutePath());
  }

  @Scheduled(
      every = "{distconnect.planning.drop-folder.poll-interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void scan() {
    if (config.path().isEmpty()) {
      return;
    }
    Path root = config.path().get();
    Instant settled = Instant.now().minus(config.minAge());
    try (DirectoryStream<Path> files = Files.newDirectoryStream(root, "*.{csv,CSV}")) {
      for (Path file : files) {
        if (Files.isRegularFile(file)
            && !Files.getLastModifiedTime(file).toInstant().isAfter(settled)) {
          claim(root, file);
        }
      }
    } catch (IOException e) {
      Log.warnf("Cannot scan drop folder %s: %s", root, e.getMessage());
    }
  }

  private void claim(Path root, Path file) {
    String name = file.getFileName().toString();
    Path claimed = root.resolve("processing").resolve(name);
    try {
      Files.move(file, claimed, StandardCopyOption.ATOMIC_MOVE);
    } catch (NoSuchFileException | FileAlreadyExistsException e) {
      return; // another replica took it first
    } catch (IOException e) {
      Log.warnf("Cannot claim %s: %s", name, e.getMessage());
      return;
    }
    Log.infof("Claimed dropped file %s", name);
    try {
      intake.acceptFile(
          claimed,
          cycleOf(name),
          config.mapping(),
          PublicationChannel.DROP_FOLDER,
          name,
          null,
          PublicationIntake.hash(claimed),
          (id, result) -> settle(root, claimed, id, result));
    } catch (CsvLayoutException | IllegalArgumentException e) {
      Map<String, Object> report = new LinkedHashMap<>();
      report.put("status", PublicationStatus.FAILED);
      report.put("fileName", name);
      report.put("detail", e.getMessage());
      if (e instanceof CsvLayoutException layout) {
        report.put("missingColumns", layout.missingColumns());
      }
      move(root, claimed, "failed", report);
    } catch (IOException | RuntimeException e) {
      Log.errorf(e, "Cannot process dropped file %s", name);
      move(root, claimed, "failed", Map.of("status", "FAILED", "detail", "" + e.getMessage()));
    }
  }

  private void settle(Path root, Path claimed, UUID id, PublicationResult result) {
    boolean ok =
        result.status() == PublicationStatus.COMPLETED
            || result.status() == PublicationStatus.DUPLICATE;
    Object report = queries.find(id).await().indefinitely().map(v -> (Object) v).orElse(result);
    move(root, claimed, ok ? "processed" : "failed", report);
  }

  private void move(Path root, Path claimed, String folder, Object report) {
    Path target = root.resolve(folder).resolve(claimed.getFileName());
    try {
      // The report first: a file that shows up in processed/ or failed/ always has one.
      json.writerWithDefaultPrettyPrinter()
          .writeValue(
              root.resolve(folder).resolve(claimed.getFileName() + ".report.json").toFile(),
              report);
      Files.move(claimed, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      Log.errorf(e, "Cannot move %s to %s", claimed.getFileName(), folder);
    }
  }

  /** {@code 2026-W48.csv} and {@code 2026-W48__export-3.csv} are both cycle {@code 2026-W48}. */
  static String cycleOf(String fileName) {
    String stem = fileName.substring(0, fileName.toLowerCase(Locale.ROOT).lastIndexOf(".csv"));
    int separator = stem.indexOf("__");
    return separator > 0 ? stem.substring(0, separator) : stem;
  }
}
