package io.distconnect.planning.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of a bucket between two versions: its history entry.
 *
 * @param change NEW, CHANGED or DROPPED
 * @param relativeDelta (new − old) / old; absent when old is zero
 * @param published whether it was above the noise threshold and became a ForecastRevised event
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RevisionView(
    String planningCycleId,
    int version,
    String itemId,
    String locationId,
    LocalDate periodStart,
    LocalDate periodEnd,
    String uom,
    String oldQuantity,
    String newQuantity,
    String absoluteDelta,
    String relativeDelta,
    String change,
    boolean published,
    Instant revisedAt) {}
