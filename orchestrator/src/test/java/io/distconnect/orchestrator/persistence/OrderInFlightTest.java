package io.distconnect.orchestrator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.distconnect.orchestrator.domain.CaseState;
import org.junit.jupiter.api.Test;

/** Which cases a newer revision may restart, and which carry an order it must not drop. */
class OrderInFlightTest {

  private static ReplenishmentCase inState(CaseState state, CaseState resume) {
    ReplenishmentCase c = new ReplenishmentCase();
    c.state = state;
    c.resumeState = resume;
    return c;
  }

  @Test
  void procurementAskedOrPoIssuedIsInFlight() {
    for (CaseState s :
        new CaseState[] {
          CaseState.SOURCING, CaseState.PO_ISSUED, CaseState.ERP_UPDATED, CaseState.ACKNOWLEDGED
        }) {
      assertThat(inState(s, null).orderInFlight()).as(s.name()).isTrue();
    }
  }

  @Test
  void aParkedOrFailedErpUpdateIsStillInFlight() {
    assertThat(inState(CaseState.PARKED, CaseState.PO_ISSUED).orderInFlight()).isTrue();
    assertThat(inState(CaseState.EXCEPTION, CaseState.PO_ISSUED).orderInFlight()).isTrue();
  }

  @Test
  void undecidedParkedOrFailedSourcingAndEndedCasesAreNot() {
    assertThat(inState(CaseState.RECEIVED, null).orderInFlight()).isFalse();
    assertThat(inState(CaseState.AWAITING_APPROVAL, null).orderInFlight()).isFalse();
    assertThat(inState(CaseState.PARKED, CaseState.POLICY_CHECKED).orderInFlight()).isFalse();
    // Procurement gave up (no supplier, rejected ack): nothing is under way, deciding again is
    // fine.
    assertThat(inState(CaseState.EXCEPTION, CaseState.SOURCING).orderInFlight()).isFalse();
    assertThat(inState(CaseState.COMPLETED, null).orderInFlight()).isFalse();
    assertThat(inState(CaseState.CLOSED, null).orderInFlight()).isFalse();
  }
}
