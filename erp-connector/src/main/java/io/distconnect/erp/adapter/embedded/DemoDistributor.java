package io.distconnect.erp.adapter.embedded;

import io.distconnect.contracts.model.Address;
import io.distconnect.contracts.model.Gtin;
import io.distconnect.contracts.model.Item;
import io.distconnect.contracts.model.ItemHierarchy;
import io.distconnect.contracts.model.ItemStatus;
import io.distconnect.contracts.model.LocationType;
import io.distconnect.contracts.model.Quantity;
import io.distconnect.contracts.model.Supplier;
import io.distconnect.contracts.model.SupplierStatus;
import io.distconnect.contracts.uom.UnitConversion;
import io.distconnect.contracts.uom.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A realistic demo distributor, generated deterministically (same seed, same world): 306 items in
 * six categories, three DCs in two regions with their SAP plant codes, and twenty suppliers of
 * which three are deliberate near-duplicates of others (same tax id with a re-typed name, a tax id
 * with one typo, and a shared DUNS) for the duplicate report. Plain Java, no I/O.
 */
public final class DemoDistributor {

  /** A DC with its SAP plant. */
  public record Dc(String code, String name, String region, String timeZone, String plant) {
    public LocationType type() {
      return LocationType.DC;
    }
  }

  public static final List<Dc> DCS =
      List.of(
          new Dc("DC-ATL", "Atlanta DC", "US-EAST", "America/New_York", "1710"),
          new Dc("DC-NJ", "Edison NJ DC", "US-EAST", "America/New_York", "1720"),
          new Dc("DC-RNO", "Reno DC", "US-WEST", "America/Los_Angeles", "1730"));

  private static final String[][] CATEGORIES = {
    {"Beverages", "Soft Drinks", "Bottled Water", "Juice"},
    {"Snacks", "Chips", "Nuts", "Cookies"},
    {"Household", "Cleaning", "Paper Goods", "Laundry"},
    {"Personal Care", "Oral Care", "Hair Care", "Skin Care"},
    {"Grocery", "Pasta", "Canned Goods", "Sauces"},
    {"Pet", "Dog Food", "Cat Food", "Cat Litter"},
  };
  private static final String[] SIZES = {"Small", "Regular", "Large", "Family", "Value", "Mini"};
  private static final String[] BRANDS = {
    "Harbor", "Summit", "Meadow", "Pioneer", "Blue Ridge", "Cascade"
  };
  private static final int ITEMS_PER_FAMILY = 17;
  private static final int[] CASE_SIZES = {6, 12, 24, 48};

  private DemoDistributor() {}

  public static List<Item> items() {
    Random random = new Random(20261127L);
    List<Item> items = new ArrayList<>();
    int n = 0;
    for (String[] category : CATEGORIES) {
      for (int f = 1; f < category.length; f++) {
        String family = category[f];
        for (int i = 0; i < ITEMS_PER_FAMILY; i++) {
          n++;
          String sku = String.format(Locale.ROOT, "SKU-%05d", 10000 + n);
          String description =
              BRANDS[random.nextInt(BRANDS.length)]
                  + " "
                  + family
                  + " "
                  + SIZES[random.nextInt(SIZES.length)]
                  + " #"
                  + (i + 1);
          boolean byWeight = family.equals("Cat Litter");
          UnitOfMeasure base = byWeight ? UnitOfMeasure.KG : UnitOfMeasure.EA;
          int perCase = byWeight ? 10 : CASE_SIZES[random.nextInt(CASE_SIZES.length)];
          int casesPerPallet = 40 + random.nextInt(5) * 10;
          List<UnitConversion> conversions =
              List.of(
                  new UnitConversion(UnitOfMeasure.CS, BigDecimal.valueOf(perCase), base),
                  new UnitConversion(
                      UnitOfMeasure.PL, BigDecimal.valueOf(casesPerPallet), UnitOfMeasure.CS));
          String gtinBody = String.format(Locale.ROOT, "00614141%04d", n);
          items.add(
              new Item(
                  sku,
                  description,
                  new ItemHierarchy(category[0], family),
                  base,
                  conversions,
                  Quantity.of(1, UnitOfMeasure.CS),
                  gtinBody + Gtin.checkDigit(gtinBody),
                  n % 50 == 0 ? ItemStatus.BLOCKED : ItemStatus.ACTIVE));
        }
      }
    }
    return items;
  }

  public static List<Supplier> suppliers() {
    String[][] companies = {
      {"SUP-1001", "Acme Beverage Company Inc.", "US12-3456789", "123456789", "Atlanta", "US"},
      {"SUP-1002", "Northwind Foods LLC", "US23-4567890", null, "Chicago", "US"},
      {"SUP-1003", "Globex Household Corporation", "US34-5678901", "234567891", "Cincinnati", "US"},
      {"SUP-1004", "Initech Personal Care Ltd", "GB123456789", null, "Leeds", "GB"},
      {"SUP-1005", "Umbrella Snacks GmbH", "DE811234567", "345678912", "Hamburg", "DE"},
      {"SUP-1006", "Stark Paper Products Inc.", "US45-6789012", null, "Green Bay", "US"},
      {"SUP-1007", "Wayne Pet Nutrition Co.", "US56-7890123", "456789123", "Topeka", "US"},
      {"SUP-1008", "Tyrell Pasta S.p.A.", "IT01234567890", null, "Parma", "IT"},
      {"SUP-1009", "Cyberdyne Cleaning Systems", "US67-8901234", null, "Dallas", "US"},
      {"SUP-1010", "Soylent Canned Goods Inc.", "US78-9012345", "567891234", "Modesto", "US"},
      {"SUP-1011", "Hooli Water Company", "US89-0123456", null, "Fresno", "US"},
      {"SUP-1012", "Vandelay Industries", "US90-1234567", null, "Newark", "US"},
      {"SUP-1013", "Oceanic Juice Partners", "US01-2345678", "678912345", "Orlando", "US"},
      {"SUP-1014", "Massive Dynamic Nuts LLC", "US13-5792468", null, "Sacramento", "US"},
      {"SUP-1015", "Gringotts Laundry Care Ltd", "GB987654321", null, "Manchester", "GB"},
      {"SUP-1016", "Duff Soft Drinks Corp.", "US24-6813579", "789123456", "Springfield", "US"},
      {"SUP-1017", "Bluth Cookie Company", "US35-7924680", null, "Newport Beach", "US"},
      // Near-duplicates, as they creep in when a second team keys a vendor again:
      // the same tax id with the name re-typed,
      {"SUP-2001", "ACME Beverage Co., Inc", "US 12-3456789", null, "Atlanta", "US"},
      // a tax id with one digit wrong and a shortened name,
      {"SUP-2002", "Northwind Foods", "US23-4567891", null, "Chicago", "US"},
      // and the same DUNS number under a slightly different legal name.
      {"SUP-2003", "Globex Household Corp.", "US34-5678910", "234567891", "Cincinnati", "US"},
    };
    List<Supplier> suppliers = new ArrayList<>();
    for (String[] c : companies) {
      suppliers.add(
          new Supplier(
              c[0],
              c[1],
              c[2],
              c[3],
              List.of(new Address(List.of("100 Commerce Way"), c[4], "10001", c[5])),
              SupplierStatus.ACTIVE));
    }
    return suppliers;
  }
}
