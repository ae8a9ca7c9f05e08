package io.distconnect.planning.persistence;

import io.distconnect.planning.config.IngestConfig;
import io.distconnect.planning.domain.MasterDataSnapshot;
import io.distconnect.planning.domain.PublicationJob;
import io.distconnect.planning.domain.PublicationResult;
import io.distconnect.planning.domain.PublicationStatus;
import io.distconnect.planning.domain.RawRow;
import io.distconnect.planning.domain.RowError;
import io.distconnect.planning.domain.RowErrorCollector;
import io.distconnect.planning.domain.RowFormat;
import io.distconnect.planning.domain.RowSource;
import io.distconnect.planning.domain.RowValidator;
import io.distconnect.planning.domain.ValidatedRow;
import io.distconnect.planning.messaging.RevisionOutboxWriter;
import io.distconnect.planning.persistence.ForecastVersionWriter.CycleState;
import io.distconnect.planning.persistence.ForecastVersionWriter.VersionCounts;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The one pipeline every publication goes through, whatever its channel: stream the rows, validate
 * each against the master-data snapshot, COPY them into a staging table, reject duplicates, apply
 * the rejection threshold, then diff and apply the version and write its events, all in one
 * database transaction: a publication is applied whole or not at all. Blocking; runs on a worker.
 */
@ApplicationScoped
public class PublicationPipeline {

  private final DataSource dataSource;
  private final IngestConfig config;
  private final MasterDataSnapshotReader masterData;
  private final ForecastVersionWriter versions;
  private final RevisionOutboxWriter events;
  private final PublicationRepository publications;

  public PublicationPipeline(
      DataSource dataSource,
      IngestConfig config,
      MasterDataSnapshotReader masterData,
      ForecastVersionWriter versions,
      RevisionOutboxWriter events,
      PublicationRepository publications) {
    this.dataSource = dataSource;
    this.config = config;
    this.masterData = masterData;
    this.versions = versions;
    this.events = events;
    this.publications = publications;
  }

  /** Processes a recorded publication to its end and records the outcome. Never throws. */
  @WithSpan("planning.publication.process")
  public PublicationResult run(PublicationJob job, RowSource rows, RowFormat format) {
    long started = System.nanoTime();
    PublicationResult result;
    try (rows) {
      result = process(job, rows, format);
    } catch (IOException e) {
      Log.warnf("Publication %s is unreadable: %s", job.id(), e.getMessage());
      result = PublicationResult.failed("The publication could not be read: " + e.getMessage(), 0);
      publications.finish(job.id(), result);
    } catch (SQLException | RuntimeException e) {
      Log.errorf(e, "Publication %s failed", job.id());
      result = PublicationResult.failed("Processing failed; the publication was not applied", 0);
      publications.finish(job.id(), result);
    }
    Log.infof(
        "Publication %s of cycle %s: %s, version %s, %d rows read, %d rejected, %d revisions,"
            + " %d published, %d ms",
        job.id(),
        job.cycleId(),
        result.status(),
        result.version(),
        result.rowsRead(),
        result.rowsRejected(),
        result.revisionsDetected(),
        result.revisionsEmitted(),
        (System.nanoTime() - started) / 1_000_000);
    return result;
  }

  private PublicationResult process(PublicationJob job, RowSource rows, RowFormat format)
      throws IOException, SQLException {
    PhaseTimings timings = new PhaseTimings();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement st = c.prepareStatement("SELECT set_config('work_mem', ?, true)")) {
          st.setString(1, config.workMem()); // true: for this transaction only
          st.execute();
        }
        PublicationResult result = stageAndApply(c, job, rows, format, timings);
        if (result.status() == PublicationStatus.REJECTED) {
          c.rollback();
          publications.finish(job.id(), result);
        } else {
          publications.finish(c, job.id(), result);
          c.commit();
        }
        timings.lap("commit");
        Log.infof("Publication %s phases: %s", job.id(), timings);
        return result;
      } catch (IOException | SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  private PublicationResult stageAndApply(
      Connection c, PublicationJob job, RowSource rows, RowFormat format, PhaseTimings timings)
      throws IOException, SQLException {
    MasterDataSnapshot snapshot = masterData.read(c);
    timings.lap("master data");
    RowValidator validator = new RowValidator(snapshot, format);
    RowErrorCollector errors = new RowErrorCollector(config.maxReportedErrors());
    long read = 0;
    long rejected = 0;
    try (StagingTable staging = StagingTable.open(c)) {
      RawRow raw;
      while ((raw = rows.next()) != null) {
        read++;
        ValidatedRow row = validator.validate(raw);
        if (!row.accepted()) {
          rejected++;
          errors.addAll(row.errors());
        }
        if (row.hasBucket()) {
          staging.add(row);
        }
        if (read % config.progressEvery() == 0) {
          publications.progress(job.id(), read, rejected, rows.progressPercent());
        }
      }
      timings.lap("read+validate+copy");
      staging.finish(c);
      timings.lap("copy end+analyze");
    }
    List<RowError> duplicates = new ArrayList<>();
    rejected += StagingTable.rejectDuplicates(c, duplicates);
    errors.addAll(duplicates);
    timings.lap("duplicates");

    long accepted = read - rejected;
    String rejection = rejection(read, rejected);
    if (rejection != null) {
      return new PublicationResult(
          PublicationStatus.REJECTED,
          null,
          null,
          read,
          accepted,
          rejected,
          0,
          0,
          rejection,
          errors.errors());
    }

    CycleState cycle = versions.lockCycle(c, job.cycleId());
    if (job.contentHash().equals(cycle.contentHash())) {
      return new PublicationResult(
          PublicationStatus.DUPLICATE,
          cycle.currentVersion(),
          cycle.lastPublication(),
          read,
          accepted,
          rejected,
          0,
          0,
          "Same content as version "
              + cycle.currentVersion()
              + " of the cycle; nothing applied or published",
          errors.errors());
    }
    int version = cycle.currentVersion() + 1;
    VersionCounts counts =
        versions.apply(
            c, job.cycleId(), version, job.contentHash(), job.id(), job.publishedAt(), timings);
    long emitted = events.write(c, job.cycleId(), version, job.publishedAt());
    timings.lap("outbox");
    return new PublicationResult(
        PublicationStatus.COMPLETED,
        version,
        null,
        read,
        accepted,
        rejected,
        counts.detected(),
        emitted,
        null,
        errors.errors());
  }

  /** Why the publication is rejected whole, or null when it may be applied. */
  private String rejection(long read, long rejected) {
    if (read == 0) {
      return "The publication has no rows";
    }
    BigDecimal limit = config.maxRejectedShare().multiply(BigDecimal.valueOf(read));
    if (BigDecimal.valueOf(rejected).compareTo(limit) > 0) {
      return rejected
          + " of "
          + read
          + " rows are invalid, more than the accepted share of "
          + config.maxRejectedShare().movePointRight(2).stripTrailingZeros().toPlainString()
          + " %; nothing was applied";
    }
    return null;
  }
}
