package io.distconnect.orchestrator.client;

import io.distconnect.orchestrator.persistence.CaseParking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;

/** Parks a case whose enrichment failed. */
@Dependent
public class EnrichmentParking implements FallbackHandler<Uni<Enrichment>> {
  private final CaseParking parking;

  public EnrichmentParking(CaseParking parking) {
    this.parking = parking;
  }

  @Override
  public Uni<Enrichment> handle(ExecutionContext context) {
    return ParkingFallback.park(parking, context);
  }
}
