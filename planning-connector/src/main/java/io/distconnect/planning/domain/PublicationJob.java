package io.distconnect.planning.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A publication accepted for processing.
 *
 * @param id the publication (and job) id
 * @param cycleId the planning cycle it is a version of
 * @param channel how it arrived
 * @param fileName the uploaded or dropped file, if any
 * @param mapping the CSV mapping name, for CSV channels
 * @param idempotencyKey the client's Idempotency-Key, if any
 * @param contentHash SHA-256 of the content, to recognise a re-sent publication
 * @param publishedAt when planning published it; the events' {@code revisedAt}
 */
public record PublicationJob(
    UUID id,
    String cycleId,
    PublicationChannel channel,
    String fileName,
    String mapping,
    String idempotencyKey,
    String contentHash,
    Instant publishedAt) {}
