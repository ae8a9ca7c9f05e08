package io.distconnect.contracts.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SupplierDuplicateScorerTest {

  private static Supplier supplier(String id, String name, String taxId, String duns) {
    return new Supplier(
        id,
        name,
        taxId,
        duns,
        List.of(new Address(List.of("Industriestr. 5"), "Hamburg", "20457", "DE")),
        SupplierStatus.ACTIVE);
  }

  @Test
  void sameCompanyWithDifferentlyWrittenNameAndTaxIdIsAProbableDuplicate() {
    DuplicateAssessment result =
        SupplierDuplicateScorer.assess(
            supplier("V-100", "ACME Corp.", "DE 123-456-789", null),
            supplier("S-77", "Acme Corporation", "DE123456789", null));
    assertThat(result.probableDuplicate()).isTrue();
    assertThat(result.score()).isEqualTo(1.0);
    assertThat(result.reasons())
        .contains("names match after normalisation ('acme')", "same tax id (123456789)");
  }

  @Test
  void sameTaxIdWithAndWithoutCountryPrefixIsAProbableDuplicate() {
    DuplicateAssessment result =
        SupplierDuplicateScorer.assess(
            supplier("V-100", "Acme Industrial Supply", "DE 123-456-789", null),
            supplier("S-77", "ACME Ind. Supply", "123456789", null));
    assertThat(result.probableDuplicate()).isTrue();
    assertThat(result.score()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void matchingNamesWithATaxIdTypoAreAProbableDuplicate() {
    DuplicateAssessment result =
        SupplierDuplicateScorer.assess(
            supplier("V-100", "ACME Corp.", "DE 123-456-789", null),
            supplier("S-77", "Acme Corporation", "DE123456798", null));
    assertThat(result.probableDuplicate()).isTrue();
    assertThat(result.score()).isEqualTo(0.95);
    assertThat(result.reasons()).contains("tax ids differ by one character (likely a typo)");
  }

  @Test
  void similarNamesWithDifferentTaxIdsAreNotDuplicates() {
    DuplicateAssessment result =
        SupplierDuplicateScorer.assess(
            supplier("V-100", "Acme Corp", "US 12-3456789", null),
            supplier("V-200", "Apex Corp", "US 98-7654321", null));
    assertThat(result.probableDuplicate()).isFalse();
    assertThat(result.score()).isLessThan(0.5);
    assertThat(result.reasons()).contains("tax ids differ");
  }

  @Test
  void sameNameInAnotherCountryWithAnotherTaxIdIsOnlyRelated() {
    DuplicateAssessment result =
        SupplierDuplicateScorer.assess(
            supplier("V-100", "Acme Corp", "US 12-3456789", null),
            supplier("V-300", "Acme GmbH", "DE 987654321", null));
    assertThat(result.probableDuplicate()).isFalse();
    assertThat(result.score()).isEqualTo(0.55);
  }

  @Test
  void sameNumberUnderDifferentCountryPrefixesIsNotTheSameTaxId() {
    DuplicateAssessment result =
        SupplierDuplicateScorer.assess(
            supplier("V-100", "Nordwind Logistik", "DE123456789", null),
            supplier("V-400", "Vent du Nord SARL", "FR123456789", null));
    assertThat(result.probableDuplicate()).isFalse();
    assertThat(result.reasons()).doesNotContain("same tax id (123456789)");
  }

  @Test
  void sameDunsDespiteADifferentTaxIdIsAProbableDuplicate() {
    DuplicateAssessment result =
        SupplierDuplicateScorer.assess(
            supplier("V-100", "Acme Corp", "US 12-3456789", "15-048-3782"),
            supplier("S-77", "ACME Corporation", "GB 999 9999 73", "150483782"));
    assertThat(result.probableDuplicate()).isTrue();
    assertThat(result.score()).isEqualTo(0.85);
    assertThat(result.reasons()).contains("same DUNS (150483782)", "tax ids differ");
  }

  @Test
  void conflictingDunsLowersANameMatch() {
    DuplicateAssessment result =
        SupplierDuplicateScorer.assess(
            supplier("V-100", "Acme Corp", "DE 123-456-789", "150483782"),
            supplier("V-500", "Acme Corp", "DE 123456798", "804735132"));
    assertThat(result.probableDuplicate()).isFalse();
    assertThat(result.reasons()).contains("DUNS numbers differ");
  }

  @Test
  void scoringIsSymmetric() {
    Supplier a = supplier("V-100", "Acme Corp", "US 12-3456789", null);
    Supplier b = supplier("V-200", "Apex Corporation", "US 12-3456788", null);
    assertThat(SupplierDuplicateScorer.assess(a, b).score())
        .isEqualTo(SupplierDuplicateScorer.assess(b, a).score());
  }

  @Test
  void thresholdSitsBetweenTheNearMissesAndTheDuplicates() {
    assertThat(SupplierDuplicateScorer.PROBABLE_DUPLICATE_THRESHOLD).isEqualTo(0.8);
  }
}
