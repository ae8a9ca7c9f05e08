package io.distconnect.orchestrator.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Identifies which forecast publication a revision comes from, to tell newer from older when Kafka
 * redelivers or a replay brings an old event back.
 *
 * @param planningCycleId the planning run
 * @param version publication number within the cycle
 * @param revisedAt when planning published it
 */
public record RevisionStamp(String planningCycleId, int version, Instant revisedAt) {

  public RevisionStamp {
    Objects.requireNonNull(planningCycleId, "planning cycle id");
    Objects.requireNonNull(revisedAt, "revised at");
  }

  /**
   * Whether this revision is newer than {@code other}. Within one cycle the version decides (it is
   * planning's own sequence, immune to clock skew); across cycles the publication time does.
   */
  public boolean isNewerThan(RevisionStamp other) {
    if (other == null) {
      return true;
    }
    if (planningCycleId.equals(other.planningCycleId)) {
      return version > other.version;
    }
    return revisedAt.isAfter(other.revisedAt);
  }
}
