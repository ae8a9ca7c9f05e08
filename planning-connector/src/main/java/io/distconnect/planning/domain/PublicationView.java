package io.distconnect.planning.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A publication as its job resource shows it.
 *
 * @param errors the first row errors (line, column, reason); {@code rowsRejected} counts them all
 * @param progressPercent how far a running job has read its rows
 * @param revisionsDetected buckets that changed against the previous version
 * @param revisionsEmitted changes above the noise threshold, published as ForecastRevised
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicationView(
    UUID id,
    String planningCycleId,
    PublicationChannel channel,
    String fileName,
    PublicationStatus status,
    Integer version,
    UUID duplicateOf,
    long rowsRead,
    long rowsAccepted,
    long rowsRejected,
    long revisionsDetected,
    long revisionsEmitted,
    int progressPercent,
    String detail,
    Instant publishedAt,
    Instant startedAt,
    Instant finishedAt,
    List<RowError> errors) {}
