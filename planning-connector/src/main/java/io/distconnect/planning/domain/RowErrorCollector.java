package io.distconnect.planning.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Keeps the first N row errors of a publication; a million bad rows never fill the heap. */
public final class RowErrorCollector {
  private final int limit;
  private final List<RowError> kept = new ArrayList<>();

  public RowErrorCollector(int limit) {
    this.limit = limit;
  }

  public void addAll(List<RowError> errors) {
    for (RowError error : errors) {
      if (kept.size() >= limit) {
        return;
      }
      kept.add(error);
    }
  }

  /** The kept errors ordered by line. */
  public List<RowError> errors() {
    return kept.stream().sorted(Comparator.comparingLong(RowError::line)).toList();
  }
}
