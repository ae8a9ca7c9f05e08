package io.distconnect.planning.domain;

import java.util.List;

/** A CSV file whose header lacks columns its mapping requires (answered as 400). */
public class CsvLayoutException extends RuntimeException {
  private final List<String> missingColumns;

  public CsvLayoutException(String message, List<String> missingColumns) {
    super(message);
    this.missingColumns = List.copyOf(missingColumns);
  }

  public List<String> missingColumns() {
    return missingColumns;
  }
}
