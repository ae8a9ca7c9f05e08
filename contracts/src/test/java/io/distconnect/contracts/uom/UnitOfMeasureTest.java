package io.distconnect.contracts.uom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class UnitOfMeasureTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "EA, EA",
    "ea, EA",
    "' pce ', EA",
    "C62, EA",
    "H87, EA",
    "PCE, EA",
    "PC, EA",
    "ST, EA",
    "DZ, DZ",
    "DZN, DZ",
    "CS, CS",
    "CA, CS",
    "CT, CS",
    "KAR, CS",
    "PK, PK",
    "PA, PK",
    "PAK, PK",
    "BX, BX",
    "PL, PL",
    "PF, PL",
    "PAL, PL",
    "KGM, KG",
    "KG, KG",
    "GRM, G",
    "GR, G",
    "LBR, LB",
    "LTR, L",
    "LT, L",
    "MLT, ML",
    "MTR, M",
    "MR, M",
    "CMT, CM",
    "MMT, MM"
  })
  void parsesCodesOfEverySupportedSystem(String code, UnitOfMeasure expected) {
    assertThat(UnitOfMeasure.parse(code)).isEqualTo(expected);
  }

  @Test
  void unknownCodeFailsNamingTheCode() {
    assertThatThrownBy(() -> UnitOfMeasure.parse("XYZ"))
        .isInstanceOf(UnknownUnitException.class)
        .hasMessageContaining("'XYZ'")
        .satisfies(e -> assertThat(((UnknownUnitException) e).code()).isEqualTo("XYZ"));
    assertThatThrownBy(() -> UnitOfMeasure.parse(" ")).isInstanceOf(UnknownUnitException.class);
    assertThatThrownBy(() -> UnitOfMeasure.parse(null)).isInstanceOf(UnknownUnitException.class);
  }

  @Test
  void codeSystemsOnlyAcceptTheirOwnCodes() {
    assertThat(UomCodeSystem.SAP.toCanonical("ST")).isEqualTo(UnitOfMeasure.EA);
    assertThat(UomCodeSystem.UNECE_REC20.toCanonical("c62")).isEqualTo(UnitOfMeasure.EA);
    assertThat(UomCodeSystem.X12.toCanonical("CA")).isEqualTo(UnitOfMeasure.CS);
    assertThatThrownBy(() -> UomCodeSystem.X12.toCanonical("KAR"))
        .isInstanceOf(UnknownUnitException.class)
        .hasMessageContaining("KAR")
        .hasMessageContaining("X12");
    assertThat(UomCodeSystem.UNECE_REC20.find("ST")).isEmpty();
  }

  @Test
  void outboundCodesAreEachSystemsOwn() {
    assertThat(UomCodeSystem.SAP.codeFor(UnitOfMeasure.EA)).isEqualTo("PC");
    assertThat(UomCodeSystem.SAP.codeFor(UnitOfMeasure.CS)).isEqualTo("KAR");
    assertThat(UomCodeSystem.X12.codeFor(UnitOfMeasure.CS)).isEqualTo("CA");
    assertThat(UomCodeSystem.X12.codeFor(UnitOfMeasure.G)).isEqualTo("GR");
    assertThat(UomCodeSystem.UNECE_REC20.codeFor(UnitOfMeasure.KG)).isEqualTo("KGM");
    assertThat(UomCodeSystem.UNECE_REC20.codeFor(UnitOfMeasure.L)).isEqualTo("LTR");
    // SAP has no box unit of its own: the canonical code is written.
    assertThat(UomCodeSystem.SAP.codeFor(UnitOfMeasure.BX)).isEqualTo("BX");
  }

  @ParameterizedTest
  @EnumSource(UomCodeSystem.class)
  void noCodeMeansDifferentUnitsInDifferentSystems(UomCodeSystem system) {
    for (Map.Entry<String, UnitOfMeasure> code : system.codes().entrySet()) {
      assertThat(UnitOfMeasure.parse(code.getKey()))
          .as("%s code %s", system, code.getKey())
          .isEqualTo(code.getValue());
    }
  }

  @ParameterizedTest
  @EnumSource(UomCodeSystem.class)
  void outboundCodesReadBackToTheSameUnit(UomCodeSystem system) {
    for (UnitOfMeasure unit : UnitOfMeasure.values()) {
      assertThat(UnitOfMeasure.parse(system.codeFor(unit))).isEqualTo(unit);
    }
  }

  @Test
  void packagingUnitsHaveNoStandardFactor() {
    assertThat(UnitOfMeasure.CS.isStandard()).isFalse();
    assertThat(UnitOfMeasure.CS.dimension()).isEqualTo(UnitDimension.PACKAGING);
    assertThat(UnitOfMeasure.DZ.standardFactor())
        .hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("12"));
  }
}
