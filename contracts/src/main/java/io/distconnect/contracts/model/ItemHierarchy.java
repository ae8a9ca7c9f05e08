package io.distconnect.contracts.model;

/**
 * Where an item sits in the merchandise hierarchy (category → family → item). Policies such as
 * forecast noise thresholds and spend limits are set per category, so events carry it.
 */
public record ItemHierarchy(String category, String family) {

  public ItemHierarchy {
    Checks.requireNonBlank(category, "item category");
    Checks.requireNonBlank(family, "item family");
  }
}
