package io.distconnect.procurement.domain;

import io.distconnect.contracts.model.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Routes an order to automatic or manual approval. The buyer group is the one whose locations
 * include the ship-to location (the default group otherwise); orders up to the group's spend limit
 * are approved automatically. An order in another currency than the limits cannot be compared
 * without a rate, so it always goes to a buyer rather than slipping through.
 */
public final class ApprovalPolicy {

  public static final String DEFAULT_GROUP = "default";

  /** A buyer group's locations and limit. */
  public record Group(String name, List<String> locations, BigDecimal spendLimit) {}

  /** Where an order goes. */
  public record Route(boolean automatic, String group, BigDecimal spendLimit) {}

  private final BigDecimal defaultLimit;
  private final String limitCurrency;
  private final Map<String, Group> groups;

  public ApprovalPolicy(BigDecimal defaultLimit, String limitCurrency, Map<String, Group> groups) {
    this.defaultLimit = defaultLimit;
    this.limitCurrency = limitCurrency;
    this.groups = Map.copyOf(groups);
  }

  public Route route(String locationId, Money value) {
    Group group =
        groups.values().stream()
            .filter(g -> g.locations().contains(locationId))
            .findFirst()
            .orElse(new Group(DEFAULT_GROUP, List.of(), defaultLimit));
    boolean sameCurrency = value.currency().getCurrencyCode().equals(limitCurrency);
    boolean automatic = sameCurrency && value.amount().compareTo(group.spendLimit()) <= 0;
    return new Route(automatic, group.name(), group.spendLimit());
  }
}
