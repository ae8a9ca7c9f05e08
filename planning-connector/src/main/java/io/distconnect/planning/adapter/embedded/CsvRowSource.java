package io.distconnect.planning.adapter.embedded;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.distconnect.planning.config.CsvMappingConfig;
import io.distconnect.planning.domain.CsvLayoutException;
import io.distconnect.planning.domain.RawRow;
import io.distconnect.planning.domain.RowSource;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Streams the rows of a CSV file through its column mapping: one record in memory at a time, the
 * header resolved once to column positions. Line numbers count the header as line 1.
 */
public final class CsvRowSource implements RowSource {

  private static final CsvMapper MAPPER = new CsvMapper();

  private final MappingIterator<String[]> records;
  private final CountingStream counter;
  private final long size;
  private final int item;
  private final int location;
  private final int periodStart;
  private final int periodEnd;
  private final int quantity;
  private final int uom;
  private long line = 1;

  private CsvRowSource(
      MappingIterator<String[]> records, CountingStream counter, long size, int[] columns) {
    this.records = records;
    this.counter = counter;
    this.size = size;
    this.item = columns[0];
    this.location = columns[1];
    this.periodStart = columns[2];
    this.periodEnd = columns[3];
    this.quantity = columns[4];
    this.uom = columns[5];
  }

  /**
   * Opens a file and checks its header against the mapping.
   *
   * @throws CsvLayoutException when a mapped column is missing
   */
  public static CsvRowSource open(Path file, CsvMappingConfig.Mapping mapping) throws IOException {
    CountingStream counter =
        new CountingStream(new BufferedInputStream(Files.newInputStream(file), 64 * 1024));
    try {
      CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(mapping.delimiter());
      MappingIterator<String[]> records =
          MAPPER
              .readerFor(String[].class)
              .with(schema)
              .with(CsvParser.Feature.WRAP_AS_ARRAY)
              .with(CsvParser.Feature.TRIM_SPACES)
              .readValues(new InputStreamReader(counter, StandardCharsets.UTF_8));
      if (!records.hasNextValue()) {
        throw new CsvLayoutException("The CSV file is empty: a header line is required", List.of());
      }
      String[] header = records.nextValue();
      return new CsvRowSource(records, counter, Files.size(file), columns(header, mapping));
    } catch (IOException | RuntimeException e) {
      counter.close();
      throw e;
    }
  }

  /** Positions of item, location, period start, period end, quantity, uom (-1 = not mapped). */
  private static int[] columns(String[] header, CsvMappingConfig.Mapping mapping) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < header.length; i++) {
      String name = i == 0 ? header[i].replace("\uFEFF", "") : header[i];
      names.add(normalise(name));
    }
    List<String> missing = new ArrayList<>();
    int[] columns = {
      required(names, mapping.item(), missing),
      required(names, mapping.location(), missing),
      required(names, mapping.periodStart(), missing),
      optional(names, mapping.periodEnd()),
      required(names, mapping.quantity(), missing),
      optional(names, mapping.uom())
    };
    if (!missing.isEmpty()) {
      throw new CsvLayoutException(
          "The CSV header lacks the mapped column(s) " + String.join(", ", missing), missing);
    }
    return columns;
  }

  private static int required(List<String> names, String column, List<String> missing) {
    int index = names.indexOf(normalise(column));
    if (index < 0) {
      missing.add(column);
    }
    return index;
  }

  /** Optional columns (period end, unit) are read when the header has them. */
  private static int optional(List<String> names, Optional<String> column) {
    return column.map(c -> names.indexOf(normalise(c))).orElse(-1);
  }

  private static String normalise(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public RawRow next() throws IOException {
    while (records.hasNextValue()) {
      String[] cells = records.nextValue();
      line++;
      if (cells.length == 0 || (cells.length == 1 && cells[0].isBlank())) {
        continue; // blank lines (a trailing newline, say) are not rows
      }
      return new RawRow(
          line,
          cell(cells, item),
          cell(cells, location),
          cell(cells, periodStart),
          cell(cells, periodEnd),
          cell(cells, quantity),
          cell(cells, uom));
    }
    return null;
  }

  private static String cell(String[] cells, int index) {
    return index < 0 || index >= cells.length ? null : cells[index];
  }

  @Override
  public int progressPercent() {
    return size == 0 ? 100 : (int) Math.min(100, counter.count * 100 / size);
  }

  @Override
  public void close() throws IOException {
    records.close();
    counter.close();
  }

  /** Counts the bytes read, for the progress of a running job. */
  private static final class CountingStream extends FilterInputStream {
    private long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
