package io.distconnect.procurement.domain;

import io.distconnect.contracts.model.Item;
import io.distconnect.contracts.model.Money;
import io.distconnect.contracts.model.SupplierContract;
import io.distconnect.contracts.uom.UnitConversion;
import io.distconnect.contracts.uom.UnitOfMeasure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Demo supplier contracts for a local run, derived only from the SKU so reruns give the same data.
 *
 * <p>Rule: {@code h} = CRC-32 of the SKU's UTF-8 bytes (unsigned). The preferred supplier is {@code
 * SUP-(1001 + h % 17)}; the alternative is {@code SUP-(1001 + (h % 17 + 1 + (h / 17) % 16) % 17)},
 * so always another of the ERP demo's 17 real suppliers SUP-1001…SUP-1017 (never the SUP-200x
 * near-duplicates; a supplier the ERP does not know would make it refuse the purchase order). The
 * order unit is CS when the item has a CS conversion, else its base unit. MOQ 5–20, multiple 1–5
 * and capacity 100000 per week, all in the order unit; price 5.00–60.00 per CS (a tenth of that per
 * base unit); lead time 3–14 days with a std-dev of a fifth of it. The alternative is 3–12 % dearer
 * and 1–2 days faster. Both are valid from today-30d to today+365d.
 */
public final class DemoContracts {

  static final int SUPPLIERS = 17;
  static final int FIRST_SUPPLIER = 1001;

  private DemoContracts() {}

  /** The preferred and the alternative contract for an item, in that order. */
  public static List<SupplierContract> forItem(Item item, Currency currency, LocalDate today) {
    long h = hash(item.sku());
    int preferredIndex = (int) (h % SUPPLIERS);
    int alternativeIndex =
        (int) ((preferredIndex + 1 + (h / SUPPLIERS) % (SUPPLIERS - 1)) % SUPPLIERS);
    boolean cases = hasCaseConversion(item);
    UnitOfMeasure orderUom = cases ? UnitOfMeasure.CS : item.baseUom();
    BigDecimal moq = BigDecimal.valueOf(5 + (h >>> 5) % 16);
    BigDecimal multiple = BigDecimal.valueOf(1 + (h >>> 9) % 5);
    BigDecimal casePrice = BigDecimal.valueOf(500 + (h >>> 12) % 5501, 2);
    BigDecimal price =
        cases ? casePrice : casePrice.divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
    int leadTime = 3 + (int) ((h >>> 18) % 12);
    int markupPercent = 3 + (int) ((h >>> 22) % 10);
    int alternativeLeadTime = Math.max(1, leadTime - 1 - (int) ((h >>> 26) % 2));
    BigDecimal alternativePrice =
        price
            .multiply(BigDecimal.valueOf(100 + markupPercent))
            .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    LocalDate from = today.minusDays(30);
    LocalDate to = today.plusDays(365);
    BigDecimal capacity = BigDecimal.valueOf(100_000);
    return List.of(
        new SupplierContract(
            "DEMO-" + item.sku() + "-P",
            supplier(preferredIndex),
            item.sku(),
            new Money(price, currency),
            leadTime,
            stdDev(leadTime),
            orderUom,
            moq,
            multiple,
            capacity,
            from,
            to,
            true),
        new SupplierContract(
            "DEMO-" + item.sku() + "-A",
            supplier(alternativeIndex),
            item.sku(),
            new Money(alternativePrice, currency),
            alternativeLeadTime,
            stdDev(alternativeLeadTime),
            orderUom,
            moq,
            multiple,
            capacity,
            from,
            to,
            false));
  }

  static long hash(String sku) {
    CRC32 crc = new CRC32();
    crc.update(sku.getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }

  private static String supplier(int index) {
    return "SUP-" + (FIRST_SUPPLIER + index);
  }

  private static BigDecimal stdDev(int leadTime) {
    return BigDecimal.valueOf(leadTime).divide(BigDecimal.valueOf(5), 1, RoundingMode.HALF_UP);
  }

  private static boolean hasCaseConversion(Item item) {
    for (UnitConversion c : item.conversions()) {
      if (c.from() == UnitOfMeasure.CS || c.to() == UnitOfMeasure.CS) {
        return true;
      }
    }
    return false;
  }
}
