package io.distconnect.orchestrator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseStateTest {

  @Test
  void happyPathIsAllowed() {
    CaseState s = CaseState.RECEIVED;
    for (CaseState next :
        new CaseState[] {
          CaseState.POLICY_CHECKED, CaseState.ENRICHED, CaseState.DECIDED, CaseState.SOURCING,
          CaseState.PO_ISSUED, CaseState.ERP_UPDATED, CaseState.ACKNOWLEDGED, CaseState.COMPLETED
        }) {
      s = s.transitionTo(next);
    }
    assertThat(s).isEqualTo(CaseState.COMPLETED);
    assertThat(s.isTerminal()).isTrue();
  }

  @Test
  void skippingAStepFailsLoudly() {
    assertThatThrownBy(() -> CaseState.RECEIVED.transitionTo(CaseState.DECIDED))
        .isInstanceOf(IllegalCaseTransitionException.class)
        .hasMessageContaining("RECEIVED → DECIDED");
    assertThatThrownBy(() -> CaseState.SOURCING.transitionTo(CaseState.RECEIVED))
        .isInstanceOf(IllegalCaseTransitionException.class);
  }

  @Test
  void terminalStatesAreFinal() {
    for (CaseState terminal :
        new CaseState[] {CaseState.NO_ACTION, CaseState.COMPLETED, CaseState.CLOSED}) {
      for (CaseState target : CaseState.values()) {
        assertThat(terminal.canTransitionTo(target)).as(terminal + "→" + target).isFalse();
      }
    }
  }

  @Test
  void parkAndExceptionFromAnyOpenStateAndResumeAtTheParkedStep() {
    for (CaseState s : CaseState.values()) {
      if (!s.isTerminal() && s != CaseState.PARKED) {
        assertThat(s.canTransitionTo(CaseState.PARKED)).as(s.name()).isTrue();
      }
    }
    assertThat(CaseState.PARKED.transitionTo(CaseState.POLICY_CHECKED))
        .isEqualTo(CaseState.POLICY_CHECKED);
    assertThat(CaseState.PARKED.canTransitionTo(CaseState.COMPLETED)).isFalse();
    assertThat(CaseState.EXCEPTION.canTransitionTo(CaseState.CLOSED)).isTrue();
  }

  @Test
  void onlyCasesThatHaveNotAskedProcurementAreRevisable() {
    assertThat(CaseState.DECIDED.isRevisable()).isTrue();
    assertThat(CaseState.PARKED.isRevisable()).isTrue();
    assertThat(CaseState.SOURCING.isRevisable()).isFalse();
    assertThat(CaseState.PO_ISSUED.isRevisable()).isFalse();
    for (CaseState s : CaseState.values()) {
      if (s.isRevisable() && s != CaseState.RECEIVED) {
        assertThat(s.canTransitionTo(CaseState.RECEIVED)).as(s.name()).isTrue();
      }
    }
  }
}
