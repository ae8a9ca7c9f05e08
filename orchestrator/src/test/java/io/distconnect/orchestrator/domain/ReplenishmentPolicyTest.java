package io.distconnect.orchestrator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.distconnect.orchestrator.domain.ReplenishmentPolicy.Outcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplenishmentPolicyTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  private final ReplenishmentPolicy policy =
      new ReplenishmentPolicy(
          new BigDecimal("0.15"), new BigDecimal("5"), Set.of("SKU-BLOCKED"), Set.of(), 90);

  @Test
  void plusTwentyPercentAgainstFifteenPercentThresholdProceeds() {
    var verdict = policy.check("SKU-1", TODAY, new BigDecimal("180"), new BigDecimal("0.2"), TODAY);
    assertThat(verdict.outcome()).isEqualTo(Outcome.PROCEED);
  }

  @Test
  void plusTenPercentIsIgnoredWithTheReason() {
    var verdict = policy.check("SKU-1", TODAY, new BigDecimal("90"), new BigDecimal("0.1"), TODAY);
    assertThat(verdict.outcome()).isEqualTo(Outcome.NO_ACTION);
    assertThat(verdict.reason()).contains("+10%").contains("under the threshold").contains("±15%");
  }

  @Test
  void minusTwentyPercentIsMaterialToo() {
    assertThat(
            policy
                .check("SKU-1", TODAY, new BigDecimal("-180"), new BigDecimal("-0.2"), TODAY)
                .outcome())
        .isEqualTo(Outcome.PROCEED);
  }

  @Test
  void bothThresholdsMustBeReached() {
    // +100% but only 2 units: noise on a slow mover.
    assertThat(
            policy.check("SKU-1", TODAY, new BigDecimal("2"), new BigDecimal("1"), TODAY).outcome())
        .isEqualTo(Outcome.NO_ACTION);
  }

  @Test
  void newPeriodWithoutRelativeChangeIsMaterialWhenLargeEnough() {
    assertThat(policy.check("SKU-1", TODAY, new BigDecimal("50"), null, TODAY).outcome())
        .isEqualTo(Outcome.PROCEED);
  }

  @Test
  void blockedItemAndFarPeriods() {
    assertThat(policy.check("SKU-BLOCKED", TODAY, BigDecimal.TEN, BigDecimal.ONE, TODAY).outcome())
        .isEqualTo(Outcome.BLOCKED);
    assertThat(
            policy
                .check("SKU-1", TODAY.plusDays(91), BigDecimal.TEN, BigDecimal.ONE, TODAY)
                .outcome())
        .isEqualTo(Outcome.NO_ACTION);
  }

  @Test
  void newerRevisionWithinACycleIsTheHigherVersionEvenIfItsClockIsBehind() {
    Instant t = Instant.parse("2026-11-27T10:00:00Z");
    RevisionStamp v2 = new RevisionStamp("C1", 2, t);
    RevisionStamp v3 = new RevisionStamp("C1", 3, t.minusSeconds(5));
    assertThat(v3.isNewerThan(v2)).isTrue();
    assertThat(v2.isNewerThan(v3)).isFalse();
    assertThat(new RevisionStamp("C2", 1, t.plusSeconds(1)).isNewerThan(v2)).isTrue();
    assertThat(v2.isNewerThan(null)).isTrue();
  }
}
