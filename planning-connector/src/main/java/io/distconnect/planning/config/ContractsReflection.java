package io.distconnect.planning.config;

import io.distconnect.contracts.event.ForecastRevised;
import io.distconnect.contracts.event.MasterDataChanged;
import io.distconnect.contracts.model.Item;
import io.distconnect.contracts.model.ItemHierarchy;
import io.distconnect.contracts.model.Location;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.uom.UnitConversion;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The contracts records this service reads and writes with the contracts' own Jackson mapper
 * (events, cached unit conversions) rather than through REST signatures Quarkus registers by
 * itself, so the native executable keeps their constructors and accessors.
 */
@RegisterForReflection(
    targets = {
      ForecastRevised.class,
      MasterDataChanged.class,
      Item.class,
      ItemHierarchy.class,
      Location.class,
      Quantity.class,
      UnitConversion.class
    })
public final class ContractsReflection {
  private ContractsReflection() {}
}
