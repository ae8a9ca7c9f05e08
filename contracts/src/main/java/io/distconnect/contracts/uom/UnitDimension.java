package io.distconnect.contracts.uom;

/**
 * What a unit measures. Units of the same standard dimension convert with fixed factors; {@link
 * #PACKAGING} units (case, pack, box, pallet) hold a different number of pieces for every item, so
 * they only convert through an item's own {@link UnitConversion}s.
 */
public enum UnitDimension {
  /** Pieces: each, dozen. */
  COUNT,
  /** Item-specific packaging: case, pack, box, pallet. */
  PACKAGING,
  /** Weight. */
  MASS,
  /** Liquid volume. */
  VOLUME,
  /** Length. */
  LENGTH
}
