package io.distconnect.procurement.adapter.embedded;

/**
 * What the simulated supplier answers to an order, chosen from the PO number so a test or a demo
 * run gets the same answer for the same order every time.
 */
public enum SimulatedAnswer {
  ACCEPT,
  CHANGE,
  REJECT;

  /**
   * Picks the answer: the PO number hashes to a bucket 0-99; the first {@code rejectPercent}
   * buckets reject, the next {@code changePercent} change, the rest accept.
   */
  public static SimulatedAnswer forOrder(String poNumber, int changePercent, int rejectPercent) {
    int bucket = Math.floorMod(stableHash(poNumber), 100);
    if (bucket < rejectPercent) {
      return REJECT;
    }
    if (bucket < rejectPercent + changePercent) {
      return CHANGE;
    }
    return ACCEPT;
  }

  // String.hashCode is specified by the JLS, so the choice is stable across JVMs and restarts.
  private static int stableHash(String s) {
    int h = s.hashCode();
    return h ^ (h >>> 16);
  }
}
