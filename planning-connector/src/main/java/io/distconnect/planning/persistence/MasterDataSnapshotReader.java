package io.distconnect.planning.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import io.distconnect.contracts.event.EventJson;
import io.distconnect.contracts.uom.UnitConversion;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.contracts.uom.UomConverter;
import io.distconnect.planning.domain.ItemFacts;
import io.distconnect.planning.domain.MasterDataSnapshot;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the master-data cache into memory once per publication: tens of thousands of items are a
 * few megabytes, and a map lookup per row is what lets a million rows validate in a second.
 */
@ApplicationScoped
public class MasterDataSnapshotReader {

  private static final TypeReference<List<UnitConversion>> CONVERSIONS = new TypeReference<>() {};

  public MasterDataSnapshot read(Connection c) throws SQLException {
    Map<String, ItemFacts> items = new HashMap<>();
    Set<String> locations = new HashSet<>();
    // Most items share a handful of conversion sets (1 CS = 24 EA...); a converter is immutable,
    // so one per distinct set is built instead of one JSON parse per item (seconds for 20,000).
    Map<String, UomConverter> converters = new HashMap<>();
    try (Statement st = c.createStatement()) {
      try (ResultSet rs =
          st.executeQuery("SELECT sku, category, base_uom, conversions FROM master_item")) {
        while (rs.next()) {
          String sku = rs.getString(1);
          UomConverter converter =
              converters.computeIfAbsent(rs.getString(4), json -> converter(sku, json));
          items.put(
              sku,
              new ItemFacts(
                  sku, rs.getString(2), UnitOfMeasure.valueOf(rs.getString(3)), converter));
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT code FROM master_location")) {
        while (rs.next()) {
          locations.add(rs.getString(1));
        }
      }
    }
    return new MasterDataSnapshot(items, locations);
  }

  private static UomConverter converter(String sku, String json) {
    try {
      return UomConverter.of(EventJson.mapper().readValue(json, CONVERSIONS));
    } catch (IOException | IllegalArgumentException e) {
      // Stored conversions were validated on the way in; a broken one only loses conversions.
      Log.warnf("Item %s has unreadable unit conversions (%s); using standard ones", sku, e);
      return UomConverter.standard();
    }
  }
}
