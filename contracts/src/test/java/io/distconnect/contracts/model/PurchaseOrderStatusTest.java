package io.distconnect.contracts.model;

import static io.distconnect.contracts.model.PurchaseOrderStatus.ACKNOWLEDGED;
import static io.distconnect.contracts.model.PurchaseOrderStatus.APPROVED;
import static io.distconnect.contracts.model.PurchaseOrderStatus.CANCELLED;
import static io.distconnect.contracts.model.PurchaseOrderStatus.CHANGED;
import static io.distconnect.contracts.model.PurchaseOrderStatus.CLOSED;
import static io.distconnect.contracts.model.PurchaseOrderStatus.DRAFT;
import static io.distconnect.contracts.model.PurchaseOrderStatus.ISSUED;
import static io.distconnect.contracts.model.PurchaseOrderStatus.PARTIALLY_RECEIVED;
import static io.distconnect.contracts.model.PurchaseOrderStatus.RECEIVED;
import static io.distconnect.contracts.model.PurchaseOrderStatus.REJECTED;
import static io.distconnect.contracts.model.PurchaseOrderStatus.REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class PurchaseOrderStatusTest {

  /** The lifecycle as specified, written out independently of the implementation. */
  private static final List<List<PurchaseOrderStatus>> ALLOWED =
      List.of(
          List.of(DRAFT, REQUESTED),
          List.of(DRAFT, CANCELLED),
          List.of(REQUESTED, APPROVED),
          List.of(REQUESTED, CANCELLED),
          List.of(APPROVED, ISSUED),
          List.of(APPROVED, CANCELLED),
          List.of(ISSUED, ACKNOWLEDGED),
          List.of(ISSUED, CHANGED),
          List.of(ISSUED, REJECTED),
          List.of(ISSUED, PARTIALLY_RECEIVED),
          List.of(ISSUED, RECEIVED),
          List.of(ISSUED, CANCELLED),
          List.of(ACKNOWLEDGED, PARTIALLY_RECEIVED),
          List.of(ACKNOWLEDGED, RECEIVED),
          List.of(ACKNOWLEDGED, CANCELLED),
          List.of(CHANGED, ACKNOWLEDGED),
          List.of(CHANGED, PARTIALLY_RECEIVED),
          List.of(CHANGED, RECEIVED),
          List.of(CHANGED, CANCELLED),
          List.of(PARTIALLY_RECEIVED, RECEIVED),
          List.of(PARTIALLY_RECEIVED, CANCELLED),
          List.of(RECEIVED, CLOSED));

  static Stream<Arguments> allowed() {
    return ALLOWED.stream().map(pair -> Arguments.of(pair.get(0), pair.get(1)));
  }

  static Stream<Arguments> forbidden() {
    List<Arguments> forbidden = new ArrayList<>();
    for (PurchaseOrderStatus from : PurchaseOrderStatus.values()) {
      for (PurchaseOrderStatus to : PurchaseOrderStatus.values()) {
        if (!ALLOWED.contains(List.of(from, to))) {
          forbidden.add(Arguments.of(from, to));
        }
      }
    }
    return forbidden.stream();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("allowed")
  void allowsEveryTransitionOfTheLifecycle(PurchaseOrderStatus from, PurchaseOrderStatus to) {
    assertThat(from.canTransitionTo(to)).isTrue();
    assertThat(from.transitionTo(to)).isEqualTo(to);
  }

  @ParameterizedTest(name = "{0} -/-> {1}")
  @MethodSource("forbidden")
  void refusesEveryOtherTransition(PurchaseOrderStatus from, PurchaseOrderStatus to) {
    assertThat(from.canTransitionTo(to)).isFalse();
    assertThatThrownBy(() -> from.transitionTo(to))
        .isInstanceOf(IllegalStatusTransitionException.class)
        .hasMessageStartingWith("Purchase order cannot move from " + from + " to " + to)
        .satisfies(
            e -> {
              assertThat(((IllegalStatusTransitionException) e).from()).isEqualTo(from);
              assertThat(((IllegalStatusTransitionException) e).to()).isEqualTo(to);
            });
  }

  @ParameterizedTest(name = "{0} -/-> {1}")
  @CsvSource({
    "RECEIVED, ISSUED",
    "RECEIVED, CANCELLED",
    "CLOSED, CANCELLED",
    "CANCELLED, DRAFT",
    "REJECTED, CANCELLED",
    "REJECTED, ACKNOWLEDGED",
    "DRAFT, ISSUED",
    "APPROVED, ACKNOWLEDGED",
    "ACKNOWLEDGED, CHANGED",
    "PARTIALLY_RECEIVED, ISSUED",
    "PARTIALLY_RECEIVED, PARTIALLY_RECEIVED"
  })
  void refusesTypicalMistakes(PurchaseOrderStatus from, PurchaseOrderStatus to) {
    assertThatThrownBy(() -> from.transitionTo(to))
        .isInstanceOf(IllegalStatusTransitionException.class);
  }

  @ParameterizedTest
  @EnumSource(PurchaseOrderStatus.class)
  void openMeansNotReceivedClosedCancelledOrRejected(PurchaseOrderStatus status) {
    boolean expectedOpen = !Set.of(RECEIVED, CLOSED, CANCELLED, REJECTED).contains(status);
    assertThat(status.isOpen()).isEqualTo(expectedOpen);
    assertThat(status.canTransitionTo(CANCELLED)).isEqualTo(expectedOpen);
  }

  @Test
  void terminalStatusesGoNowhere() {
    assertThat(CLOSED.isTerminal()).isTrue();
    assertThat(CANCELLED.isTerminal()).isTrue();
    assertThat(REJECTED.isTerminal()).isTrue();
    assertThat(RECEIVED.isTerminal()).isFalse();
  }
}
