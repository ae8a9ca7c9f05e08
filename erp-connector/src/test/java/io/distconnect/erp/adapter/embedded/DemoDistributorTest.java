package io.distconnect.erp.adapter.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.distconnect.contracts.model.Item;
import io.distconnect.contracts.model.Supplier;
import io.distconnect.contracts.model.SupplierDuplicateScorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo world is realistic, valid and the same on every start. */
class DemoDistributorTest {

  @Test
  void itemsAreAFewHundredValidSkusAcrossCategoriesAndDeterministic() {
    List<Item> items = DemoDistributor.items();
    assertThat(items).hasSize(306);
    assertThat(items.stream().map(Item::sku).distinct()).hasSize(306);
    assertThat(items.stream().map(i -> i.hierarchy().category()).collect(Collectors.toSet()))
        .hasSize(6);
    assertThat(DemoDistributor.items()).isEqualTo(items);
  }

  @Test
  void threeDcsInTwoRegions() {
    assertThat(DemoDistributor.DCS).hasSize(3);
    assertThat(
            DemoDistributor.DCS.stream()
                .map(DemoDistributor.Dc::region)
                .collect(Collectors.toSet()))
        .hasSize(2);
  }

  @Test
  void twentySuppliersWithExactlyThePlantedNearDuplicates() {
    List<Supplier> suppliers = DemoDistributor.suppliers();
    assertThat(suppliers).hasSize(20);
    List<Set<String>> probable = new ArrayList<>();
    for (int i = 0; i < suppliers.size(); i++) {
      for (int j = i + 1; j < suppliers.size(); j++) {
        if (SupplierDuplicateScorer.assess(suppliers.get(i), suppliers.get(j))
            .probableDuplicate()) {
          probable.add(Set.of(suppliers.get(i).id(), suppliers.get(j).id()));
        }
      }
    }
    assertThat(probable)
        .containsExactlyInAnyOrder(
            Set.of("SUP-1001", "SUP-2001"),
            Set.of("SUP-1002", "SUP-2002"),
            Set.of("SUP-1003", "SUP-2003"));
  }
}
