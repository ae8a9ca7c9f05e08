package io.distconnect.contracts.uom;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * The canonical unit-of-measure codes used everywhere inside distconnect and in every event.
 *
 * <p>Platforms speak other code systems (UN/ECE Rec 20 {@code C62}/{@code KGM}, ANSI X12 {@code
 * CA}, SAP {@code ST}/{@code KAR}); connectors translate with {@link #parse(String)} on the way in
 * and {@link UomCodeSystem#codeFor(UnitOfMeasure)} on the way out, so the rest of the system only
 * ever sees these constants. The enum name is the canonical code and is what JSON carries.
 */
public enum UnitOfMeasure {
  /** Each / piece: the base of the count dimension. */
  EA(UnitDimension.COUNT, "1"),
  /** Dozen = 12 EA for every item. */
  DZ(UnitDimension.COUNT, "12"),
  /** Case / carton; its size is item-specific. */
  CS(UnitDimension.PACKAGING, null),
  /** Pack; its size is item-specific. */
  PK(UnitDimension.PACKAGING, null),
  /** Box; its size is item-specific. */
  BX(UnitDimension.PACKAGING, null),
  /** Pallet; its size is item-specific. */
  PL(UnitDimension.PACKAGING, null),
  /** Gram: the base of the mass dimension. */
  G(UnitDimension.MASS, "1"),
  /** Kilogram = 1000 G. */
  KG(UnitDimension.MASS, "1000"),
  /** Avoirdupois pound = 453.59237 G exactly (international yard and pound agreement, 1959). */
  LB(UnitDimension.MASS, "453.59237"),
  /** Millilitre: the base of the volume dimension. */
  ML(UnitDimension.VOLUME, "1"),
  /** Litre = 1000 ML. */
  L(UnitDimension.VOLUME, "1000"),
  /** Millimetre: the base of the length dimension. */
  MM(UnitDimension.LENGTH, "1"),
  /** Centimetre = 10 MM. */
  CM(UnitDimension.LENGTH, "10"),
  /** Metre = 1000 MM. */
  M(UnitDimension.LENGTH, "1000");

  private final UnitDimension dimension;
  private final BigDecimal factorToDimensionBase;

  UnitOfMeasure(UnitDimension dimension, String factorToDimensionBase) {
    this.dimension = dimension;
    this.factorToDimensionBase =
        factorToDimensionBase == null ? null : new BigDecimal(factorToDimensionBase);
  }

  /** The canonical code, e.g. {@code "EA"}. */
  public String code() {
    return name();
  }

  public UnitDimension dimension() {
    return dimension;
  }

  /**
   * How many units of this dimension's base unit one of this unit is (1 KG = 1000 G), or empty for
   * packaging units whose size depends on the item.
   */
  public Optional<BigDecimal> standardFactor() {
    return Optional.ofNullable(factorToDimensionBase);
  }

  /** True when this unit converts to others of its dimension without item data. */
  public boolean isStandard() {
    return factorToDimensionBase != null;
  }

  /**
   * Resolves a code from any supported code system (canonical, UN/ECE Rec 20, X12, SAP) to its
   * canonical unit; case and surrounding blanks are ignored.
   *
   * @throws UnknownUnitException when no code system knows the code
   */
  @JsonCreator
  public static UnitOfMeasure parse(String code) {
    if (code == null || code.isBlank()) {
      throw new UnknownUnitException(String.valueOf(code));
    }
    String normalised = code.strip().toUpperCase(Locale.ROOT);
    for (UnitOfMeasure unit : values()) {
      if (unit.name().equals(normalised)) {
        return unit;
      }
    }
    for (UomCodeSystem system : UomCodeSystem.values()) {
      Optional<UnitOfMeasure> unit = system.find(normalised);
      if (unit.isPresent()) {
        return unit.get();
      }
    }
    throw new UnknownUnitException(code);
  }
}
