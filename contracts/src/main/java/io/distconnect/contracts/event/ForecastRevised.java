package io.distconnect.contracts.event;

import io.distconnect.contracts.model.Checks;
import io.distconnect.contracts.model.ForecastRevision;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Planning published a forecast version whose quantity for one bucket changed by more than the
 * noise threshold. Carries everything the orchestrator's policy needs (category, both quantities,
 * both deltas) so it never calls planning back.
 *
 * @param planningCycleId the planning run
 * @param version the new publication number within the cycle
 * @param itemId the item
 * @param itemCategory the item's category, for category-level policy
 * @param locationId the canonical location
 * @param periodStart first day of the bucket
 * @param periodEnd last day of the bucket, inclusive
 * @param uom unit of all four amounts
 * @param oldQuantity previous quantity ({@code 0} for a new bucket)
 * @param newQuantity current quantity ({@code 0} for a dropped bucket)
 * @param absoluteDelta new − old, signed
 * @param relativeDelta (new − old) / old to 6 decimals; absent when old is 0
 * @param revisedAt when planning published the version
 */
public record ForecastRevised(
    String planningCycleId,
    int version,
    String itemId,
    String itemCategory,
    String locationId,
    LocalDate periodStart,
    LocalDate periodEnd,
    UnitOfMeasure uom,
    BigDecimal oldQuantity,
    BigDecimal newQuantity,
    BigDecimal absoluteDelta,
    BigDecimal relativeDelta,
    Instant revisedAt)
    implements EventPayload {

  public ForecastRevised {
    Checks.requireIdentifier(planningCycleId, "planning cycle id");
    Checks.requirePositive(version, "version");
    Checks.requireIdentifier(itemId, "item id");
    Checks.requireNonBlank(itemCategory, "item category");
    Checks.requireIdentifier(locationId, "location id");
    Checks.required(uom, "unit of measure");
    // The model record re-checks the period and the quantities and computes the deltas.
    ForecastRevision revision =
        new ForecastRevision(
            itemId,
            locationId,
            periodStart,
            periodEnd,
            new Quantity(Checks.required(oldQuantity, "old quantity"), uom),
            new Quantity(Checks.required(newQuantity, "new quantity"), uom));
    oldQuantity = revision.oldQuantity().value();
    newQuantity = revision.newQuantity().value();
    Checks.required(absoluteDelta, "absolute delta");
    if (absoluteDelta.compareTo(revision.absoluteDelta()) != 0) {
      throw new IllegalArgumentException(
          "absolute delta "
              + absoluteDelta.toPlainString()
              + " is not new − old = "
              + revision.absoluteDelta().toPlainString());
    }
    absoluteDelta = revision.absoluteDelta();
    if (revision.relativeDelta().isPresent() != (relativeDelta != null)) {
      throw new IllegalArgumentException(
          "relative delta must be present exactly when the old quantity is not zero");
    }
    relativeDelta = relativeDelta == null ? null : Quantity.normalise(relativeDelta);
    Checks.required(revisedAt, "revised at");
  }

  /** The event for a computed revision. */
  public static ForecastRevised of(
      ForecastRevision revision,
      String planningCycleId,
      int version,
      String itemCategory,
      Instant revisedAt) {
    return new ForecastRevised(
        planningCycleId,
        version,
        revision.itemId(),
        itemCategory,
        revision.locationId(),
        revision.periodStart(),
        revision.periodEnd(),
        revision.oldQuantity().uom(),
        revision.oldQuantity().value(),
        revision.newQuantity().value(),
        revision.absoluteDelta(),
        revision.relativeDelta().orElse(null),
        revisedAt);
  }

  /** The model view of the change. */
  public ForecastRevision toRevision() {
    return new ForecastRevision(
        itemId,
        locationId,
        periodStart,
        periodEnd,
        new Quantity(oldQuantity, uom),
        new Quantity(newQuantity, uom));
  }

  @Override
  public String partitionKey() {
    return EventType.subjectKey(itemId, locationId);
  }
}
