package io.distconnect.planning.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;

/**
 * Column mappings of CSV exports, one per source platform, chosen with {@code ?mapping=} (REST) or
 * the drop folder's configured mapping. Header names are matched ignoring case and blanks.
 */
@ConfigMapping(prefix = "distconnect.planning.csv")
public interface CsvMappingConfig {

  /** The mappings by name; {@code default} is used when none is named. */
  Map<String, Mapping> mappings();

  /** How one platform's export is laid out. */
  interface Mapping {
    /** Header of the item (SKU) column. */
    @WithDefault("item")
    String item();

    /** Header of the location column. */
    @WithDefault("location")
    String location();

    /** Header of the first day of the bucket. */
    @WithDefault("period_start")
    String periodStart();

    /**
     * Header of the last day of the bucket, read when present; without it a bucket lasts {@link
     * #periodDays()}.
     */
    Optional<String> periodEnd();

    /** Length of a bucket in days when the export has no period-end column. */
    @WithDefault("7")
    int periodDays();

    /** Header of the quantity column. */
    @WithDefault("quantity")
    String quantity();

    /** Header of the unit column, read when present; otherwise {@link #defaultUom()} applies. */
    Optional<String> uom();

    /** Unit of quantities without a unit column or value; absent means the item's base unit. */
    Optional<String> defaultUom();

    /** Date pattern of the period columns ({@link java.time.format.DateTimeFormatter} syntax). */
    @WithDefault("yyyy-MM-dd")
    String dateFormat();

    /** Decimal separator of quantities: {@code .} or {@code ,}. */
    @WithDefault(".")
    char decimalSeparator();

    /** Field delimiter: {@code ,} {@code ;} or a tab. */
    @WithDefault(",")
    char delimiter();
  }
}
