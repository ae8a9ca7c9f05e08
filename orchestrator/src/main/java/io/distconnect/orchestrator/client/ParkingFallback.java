package io.distconnect.orchestrator.client;

import io.distconnect.orchestrator.persistence.CaseParking;
import io.distconnect.orchestrator.persistence.WorkItem;
import io.smallrye.mutiny.CompositeException;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;

/**
 * What the fallback of every connector step of a case does: park the case (with the failure as its
 * reason and a retry time) rather than fail or drop it, and answer "nothing to apply" (a null
 * item). The guarded method's first parameter is the {@link WorkItem}.
 */
final class ParkingFallback {
  private ParkingFallback() {}

  static <T> Uni<T> park(CaseParking parking, ExecutionContext context) {
    WorkItem work = (WorkItem) context.getParameters()[0];
    Throwable failure = context.getFailure();
    if (failure instanceof CompositeException composite && !composite.getCauses().isEmpty()) {
      failure = composite.getCauses().get(0);
    }
    return parking.park(work, failure).replaceWith((T) null);
  }
}
