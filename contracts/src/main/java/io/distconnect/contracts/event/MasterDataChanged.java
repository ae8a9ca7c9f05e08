package io.distconnect.contracts.event;

import io.distconnect.contracts.model.Checks;
import io.distconnect.contracts.model.Item;
import io.distconnect.contracts.model.Location;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * An item or a location was created or updated in the ERP. erp-connector publishes every change
 * with the whole record after it, so other services (planning-connector validates forecast rows
 * against it) keep a local master-data cache without calling the ERP. Keyed {@code item:<sku>} or
 * {@code location:<code>} ({@link MasterDataKind#key(String)}), so the changes of one record stay
 * in order; a consumer keeps the copy with the highest {@code revision} and ignores older ones.
 *
 * <p>Exactly one of {@code item} and {@code location} is set, the one {@code kind} names, and
 * {@code id} is its SKU or code.
 *
 * @param kind ITEM or LOCATION
 * @param id the item's SKU or the location's code
 * @param item the item after the change; only for ITEM
 * @param location the location after the change; only for LOCATION, its time zone an IANA region id
 *     (e.g. {@code Europe/Berlin}), not a fixed offset
 * @param revision the ERP's version of the record, from 1; higher is newer
 * @param changedAt when the ERP recorded the change
 */
public record MasterDataChanged(
    MasterDataKind kind, String id, Item item, Location location, long revision, Instant changedAt)
    implements EventPayload {

  /** The syntax of a {@link java.time.ZoneId} region id, as the JDK parses it. */
  private static final Pattern REGION_ID = Pattern.compile("[A-Za-z][A-Za-z0-9~/._+-]+");

  public MasterDataChanged {
    Checks.required(kind, "master data kind");
    Checks.requireIdentifier(id, "master data id");
    switch (kind) {
      case ITEM -> {
        requireOnly(kind, item, "item", location, "location");
        requireIdMatches(id, item.sku(), "item's SKU");
      }
      case LOCATION -> {
        requireOnly(kind, location, "location", item, "item");
        requireIdMatches(id, location.code(), "location's code");
        String zone = location.timeZone().getId();
        if (!REGION_ID.matcher(zone).matches()) {
          throw new IllegalArgumentException(
              "location time zone must be an IANA region id such as Europe/Berlin, not " + zone);
        }
      }
    }
    if (revision < 1) {
      throw new IllegalArgumentException("revision must be at least 1: " + revision);
    }
    Checks.required(changedAt, "changed at");
  }

  /** The event for an item after a create or update. */
  public static MasterDataChanged ofItem(Item item, long revision, Instant changedAt) {
    Checks.required(item, "item");
    return new MasterDataChanged(MasterDataKind.ITEM, item.sku(), item, null, revision, changedAt);
  }

  /** The event for a location after a create or update. */
  public static MasterDataChanged ofLocation(Location location, long revision, Instant changedAt) {
    Checks.required(location, "location");
    return new MasterDataChanged(
        MasterDataKind.LOCATION, location.code(), null, location, revision, changedAt);
  }

  /** {@code item:<sku>} or {@code location:<code>}. */
  @Override
  public String partitionKey() {
    return kind.key(id);
  }

  private static void requireOnly(
      MasterDataKind kind, Object carried, String carriedName, Object other, String otherName) {
    if (carried == null) {
      throw new IllegalArgumentException(kind + " change needs the " + carriedName);
    }
    if (other != null) {
      throw new IllegalArgumentException(kind + " change carries no " + otherName);
    }
  }

  private static void requireIdMatches(String id, String expected, String what) {
    if (!id.equals(expected)) {
      throw new IllegalArgumentException(
          "master data id " + id + " must be the " + what + " " + expected);
    }
  }
}
