package io.distconnect.planning.domain;

import java.util.List;

/** The rows of a JSON publication, already in memory (the API caps how many there may be). */
public final class ListRowSource implements RowSource {
  private final List<RawRow> rows;
  private int next;

  public ListRowSource(List<RawRow> rows) {
    this.rows = rows;
  }

  @Override
  public RawRow next() {
    return next < rows.size() ? rows.get(next++) : null;
  }

  @Override
  public int progressPercent() {
    return rows.isEmpty() ? 100 : next * 100 / rows.size();
  }

  @Override
  public void close() {}
}
