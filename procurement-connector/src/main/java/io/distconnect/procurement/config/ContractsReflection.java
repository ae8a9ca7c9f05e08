package io.distconnect.procurement.config;

import io.distconnect.contracts.event.ApprovalEscalated;
import io.distconnect.contracts.event.CaseTransitioned;
import io.distconnect.contracts.event.ErpPurchaseOrderChanged;
import io.distconnect.contracts.event.ForecastRevised;
import io.distconnect.contracts.event.GoodsReceived;
import io.distconnect.contracts.event.InventoryPositionChanged;
import io.distconnect.contracts.event.MasterDataChanged;
import io.distconnect.contracts.event.PurchaseOrderIssued;
import io.distconnect.contracts.event.ReplenishmentRequested;
import io.distconnect.contracts.event.ShipmentMilestoneReached;
import io.distconnect.contracts.event.SourcingExceptionRaised;
import io.distconnect.contracts.event.SupplierAcknowledged;
import io.distconnect.contracts.model.AcknowledgmentLine;
import io.distconnect.contracts.model.Address;
import io.distconnect.contracts.model.Item;
import io.distconnect.contracts.model.ItemHierarchy;
import io.distconnect.contracts.model.Location;
import io.distconnect.contracts.model.Money;
import io.distconnect.contracts.model.PurchaseOrderLine;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.model.ShipmentLine;
import io.distconnect.contracts.uom.UnitConversion;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The canonical event records are (de)serialised by the contracts' own Jackson mapper, which a
 * native image cannot see through; registering them keeps the service native-friendly.
 */
@RegisterForReflection(
    targets = {
      ApprovalEscalated.class,
      CaseTransitioned.class,
      ErpPurchaseOrderChanged.class,
      ForecastRevised.class,
      GoodsReceived.class,
      InventoryPositionChanged.class,
      MasterDataChanged.class,
      PurchaseOrderIssued.class,
      ReplenishmentRequested.class,
      ShipmentMilestoneReached.class,
      SourcingExceptionRaised.class,
      SupplierAcknowledged.class,
      AcknowledgmentLine.class,
      Address.class,
      Item.class,
      ItemHierarchy.class,
      Location.class,
      Money.class,
      PurchaseOrderLine.class,
      Quantity.class,
      ShipmentLine.class,
      UnitConversion.class
    })
final class ContractsReflection {
  private ContractsReflection() {}
}
