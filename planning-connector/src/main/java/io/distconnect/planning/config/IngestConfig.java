package io.distconnect.planning.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.nio.file.Path;

/** How forecast publications are ingested, whatever channel they arrive through. */
@ConfigMapping(prefix = "distconnect.planning.ingest")
public interface IngestConfig {

  /**
   * Largest share of bad rows (0.05 = 5 %) a publication may have; above it the publication is
   * rejected whole and nothing of it is applied.
   */
  @WithDefault("0.05")
  BigDecimal maxRejectedShare();

  /** How many row errors a publication report keeps (the counts always cover all of them). */
  @WithDefault("100")
  int maxReportedErrors();

  /** Most rows a synchronous JSON publication may carry; bigger ones go through CSV. */
  @WithDefault("10000")
  int maxJsonRows();

  /** How many publications are processed at the same time (each holds one database connection). */
  @WithDefault("2")
  int workers();

  /** Where uploaded CSV bodies are spooled before processing (never held in memory). */
  @WithDefault("${java.io.tmpdir}/planning-connector/spool")
  Path spoolDirectory();

  /** Every how many rows a running job's progress is written. */
  @WithDefault("50000")
  int progressEvery();

  /** After how long without progress a running publication is taken as lost and marked failed. */
  @WithDefault("15m")
  java.time.Duration staleAfter();

  /**
   * Topic for the ForecastRevised events, when not the catalog's {@code
   * planning.forecast-revisions.v1}: a copy of the service that must not feed the real consumers on
   * a shared broker (a benchmark, a rehearsal) publishes elsewhere.
   */
  java.util.Optional<String> revisionsTopic();

  /**
   * PostgreSQL {@code work_mem} for a publication's transaction: the duplicate check and the diff
   * hash a million staged rows, which spill to disk at the server's default of 4 MB. Server memory,
   * per hash or sort step of the one running publication, not heap of this service.
   */
  @WithDefault("64MB")
  String workMem();

  /** How many revisions are turned into outbox events per database round trip. */
  @WithDefault("2000")
  int eventBatchSize();
}
