package io.distconnect.planning.domain;

import java.io.IOException;

/** The rows of a publication, read one at a time (a CSV file is never loaded whole). */
public interface RowSource extends AutoCloseable {

  /** The next row, or null at the end. */
  RawRow next() throws IOException;

  /** How far reading has got, 0–100. */
  int progressPercent();

  @Override
  void close() throws IOException;
}
