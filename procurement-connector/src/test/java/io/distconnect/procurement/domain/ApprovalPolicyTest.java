package io.distconnect.procurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.distconnect.contracts.model.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApprovalPolicyTest {

  private final ApprovalPolicy policy =
      new ApprovalPolicy(
          new BigDecimal("10000"),
          "EUR",
          Map.of(
              "north",
              new ApprovalPolicy.Group("north", List.of("DC-NORTH"), new BigDecimal("500"))));

  @Test
  void limitOfTheLocationsBuyerGroupApplies() {
    assertThat(policy.route("DC-NORTH", Money.of("500", "EUR")).automatic()).isTrue();
    var over = policy.route("DC-NORTH", Money.of("500.01", "EUR"));
    assertThat(over.automatic()).isFalse();
    assertThat(over.group()).isEqualTo("north");
    assertThat(policy.route("DC-EAST", Money.of("9000", "EUR")).group()).isEqualTo("default");
    assertThat(policy.route("DC-EAST", Money.of("9000", "EUR")).automatic()).isTrue();
  }

  @Test
  void anotherCurrencyAlwaysNeedsABuyer() {
    assertThat(policy.route("DC-EAST", Money.of("1", "USD")).automatic()).isFalse();
  }
}
