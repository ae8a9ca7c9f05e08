package io.distconnect.orchestrator.config;

import io.distconnect.orchestrator.config.OrchestratorConfig.Overrides;
import io.distconnect.orchestrator.config.OrchestratorConfig.Policy;
import io.distconnect.orchestrator.domain.DecisionSettings;
import io.distconnect.orchestrator.domain.ReplenishmentPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Resolves the policy and decision settings of one item category at one location: location
 * overrides win over category overrides, which win over the defaults; blocked lists add up.
 */
@ApplicationScoped
public class PolicyResolver {

  private final Policy policy;

  public PolicyResolver(OrchestratorConfig config) {
    this.policy = config.policy();
  }

  public ReplenishmentPolicy policy(String category, String location) {
    Set<String> items = new HashSet<>(policy.blockedItems().orElse(List.of()));
    Set<String> suppliers = new HashSet<>(policy.blockedSuppliers().orElse(List.of()));
    for (Overrides o : overrides(category, location)) {
      o.blockedItems().ifPresent(items::addAll);
      o.blockedSuppliers().ifPresent(suppliers::addAll);
    }
    return new ReplenishmentPolicy(
        pick(category, location, Overrides::relativeThreshold, policy.relativeThreshold()),
        pick(category, location, Overrides::absoluteThreshold, policy.absoluteThreshold()),
        items,
        suppliers,
        pick(category, location, Overrides::horizonDays, policy.horizonDays()));
  }

  public DecisionSettings settings(String category, String location) {
    return new DecisionSettings(
        pick(category, location, Overrides::serviceLevel, policy.serviceLevel()),
        pick(category, location, Overrides::demandCv, policy.demandCv()),
        pick(category, location, Overrides::orderCost, policy.orderCost()),
        pick(category, location, Overrides::holdingRate, policy.holdingRate()),
        pick(category, location, Overrides::horizonDays, policy.horizonDays()),
        pick(category, location, Overrides::amendMinDays, policy.amendMinDays()),
        pick(category, location, Overrides::amendWindowDays, policy.amendWindowDays()),
        pick(category, location, Overrides::maxAmendIncrease, policy.maxAmendIncrease()),
        pick(category, location, Overrides::maxAutoOrderValue, policy.maxAutoOrderValue()));
  }

  private <T> T pick(
      String category, String location, Function<Overrides, Optional<T>> key, T fallback) {
    T value = fallback;
    for (Overrides o : overrides(category, location)) {
      Optional<T> v = key.apply(o);
      if (v.isPresent()) {
        value = v.get();
      }
    }
    return value;
  }

  /** Category first, location last, so the location wins. */
  private List<Overrides> overrides(String category, String location) {
    return java.util.stream.Stream.of(
            Optional.ofNullable(policy.categories().get(category)),
            Optional.ofNullable(policy.locations().get(location)))
        .flatMap(Optional::stream)
        .toList();
  }
}
