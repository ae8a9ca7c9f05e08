package io.distconnect.planning.domain;

import java.util.Map;
import java.util.Set;

/** The items and locations known when a publication started; read once per publication. */
public record MasterDataSnapshot(Map<String, ItemFacts> items, Set<String> locations) {

  public MasterDataSnapshot {
    items = Map.copyOf(items);
    locations = Set.copyOf(locations);
  }
}
