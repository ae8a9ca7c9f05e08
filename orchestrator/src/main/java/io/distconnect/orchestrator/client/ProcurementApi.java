package io.distconnect.orchestrator.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The bodies of procurement-connector's REST API ({@code /api/v1}) this service reads. */
public final class ProcurementApi {
  private ProcurementApi() {}

  /** A supplier contract for one item. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record SupplierContract(
      String id,
      String supplierId,
      String itemId,
      BigDecimal unitPrice,
      String currency,
      BigDecimal leadTimeDays,
      BigDecimal leadTimeStdDevDays,
      String orderUom,
      BigDecimal moq,
      BigDecimal orderMultiple,
      BigDecimal capacityPerWeek,
      LocalDate validFrom,
      LocalDate validTo,
      boolean preferred) {}

  /** {@code GET /supplier-contracts} page. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record SupplierContractPage(
      List<SupplierContract> items, int page, int size, long total) {}
}
