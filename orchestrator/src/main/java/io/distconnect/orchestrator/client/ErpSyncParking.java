package io.distconnect.orchestrator.client;

import io.distconnect.orchestrator.persistence.CaseParking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;

/** Parks a case whose ERP purchase order update failed. */
@Dependent
public class ErpSyncParking implements FallbackHandler<Uni<ErpApi.PurchaseOrder>> {
  private final CaseParking parking;

  public ErpSyncParking(CaseParking parking) {
    this.parking = parking;
  }

  @Override
  public Uni<ErpApi.PurchaseOrder> handle(ExecutionContext context) {
    return ParkingFallback.park(parking, context);
  }
}
