package io.distconnect.planning.domain;

import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.contracts.uom.UomConverter;

/**
 * What validation needs to know of an item: its category (for noise thresholds and events), its
 * base unit and its conversions.
 */
public record ItemFacts(
    String sku, String category, UnitOfMeasure baseUom, UomConverter converter) {}
