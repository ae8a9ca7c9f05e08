package io.distconnect.planning.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Where the time of one publication went, phase by phase (read and stage, diff, outbox, commit...),
 * logged with its outcome so a slow publication shows its bottleneck without a profiler. Not
 * thread-safe: one per publication, on its worker.
 */
final class PhaseTimings {

  private final Map<String, Long> millis = new LinkedHashMap<>();
  private long last = System.nanoTime();

  /** Ends the phase running since the previous call (or creation) and names it. */
  void lap(String phase) {
    long now = System.nanoTime();
    millis.merge(phase, (now - last) / 1_000_000, Long::sum);
    last = now;
  }

  Map<String, Long> millis() {
    return Map.copyOf(millis);
  }

  @Override
  public String toString() {
    StringJoiner joined = new StringJoiner(", ");
    millis.forEach((phase, ms) -> joined.add(phase + " " + ms + " ms"));
    return joined.toString();
  }
}
