package io.distconnect.contracts.uom;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The unit code systems the connected platforms use, with each system's codes for the canonical
 * units. Inbound, any of a unit's codes is accepted; outbound, {@link #codeFor(UnitOfMeasure)}
 * gives the one code that system expects in its documents.
 *
 * <p>Each table row reads {@code CANONICAL:outbound other-accepted-codes...}.
 */
public enum UomCodeSystem {
  /**
   * UN/ECE Recommendation 20 (and the Rec 21 package codes cXML documents use): {@code C62} "one",
   * {@code H87} piece, {@code PCE} (retired piece code), {@code KGM}, {@code GRM}, {@code LTR}...
   */
  UNECE_REC20(
      "EA:EA C62 H87 PCE; DZ:DZN; CS:CS CA CT; PK:PK PA; BX:BX; PL:PF PX PL; KG:KGM; G:GRM; LB:LBR;"
          + " L:LTR; ML:MLT; M:MTR; CM:CMT; MM:MMT"),
  /** ANSI ASC X12 element 355 (unit or basis for measurement), used by EDI 850/855/856. */
  X12(
      "EA:EA PC; DZ:DZ; CS:CA CT; PK:PK; BX:BX; PL:PL; KG:KG; G:GR; LB:LB; L:LT; ML:ML; M:MR; CM:CM;"
          + " MM:MM"),
  /**
   * SAP commercial units as the S/4HANA OData APIs return them ({@code PC} piece; {@code ST} is the
   * German internal code for it; {@code KAR} carton, {@code PAK} pack, {@code PAL} pallet).
   */
  SAP(
      "EA:PC ST EA; DZ:DZ; CS:KAR; PK:PAK; PL:PAL; KG:KG; G:G; LB:LB; L:L; ML:ML; M:M; CM:CM; MM:MM");

  private final Map<String, UnitOfMeasure> inbound;
  private final Map<UnitOfMeasure, String> outbound;

  UomCodeSystem(String table) {
    Map<String, UnitOfMeasure> in = new LinkedHashMap<>();
    Map<UnitOfMeasure, String> out = new EnumMap<>(UnitOfMeasure.class);
    for (String row : table.split(";")) {
      String[] unitAndCodes = row.strip().split(":");
      UnitOfMeasure unit = UnitOfMeasure.valueOf(unitAndCodes[0]);
      String[] codes = unitAndCodes[1].strip().split(" +");
      out.put(unit, codes[0]);
      for (String code : codes) {
        UnitOfMeasure previous = in.put(code, unit);
        if (previous != null && previous != unit) {
          throw new IllegalStateException(code + " maps to both " + previous + " and " + unit);
        }
      }
    }
    this.inbound = Collections.unmodifiableMap(in);
    this.outbound = Collections.unmodifiableMap(out);
  }

  /** The canonical unit for one of this system's codes (case-insensitive), if it knows the code. */
  public Optional<UnitOfMeasure> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(inbound.get(code.strip().toUpperCase(Locale.ROOT)));
  }

  /**
   * The canonical unit for one of this system's codes.
   *
   * @throws UnknownUnitException naming the code and this system when it is not one of its codes
   */
  public UnitOfMeasure toCanonical(String code) {
    return find(code).orElseThrow(() -> new UnknownUnitException(code, name()));
  }

  /**
   * The code to write into this system's documents; the canonical code when the system has no code
   * of its own for the unit (SAP has no standard box unit, for example).
   */
  public String codeFor(UnitOfMeasure unit) {
    return outbound.getOrDefault(unit, unit.code());
  }

  /** Every code this system accepts, mapped to its canonical unit. */
  public Map<String, UnitOfMeasure> codes() {
    return inbound;
  }
}
