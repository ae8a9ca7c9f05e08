package io.distconnect.procurement.domain;

import io.distconnect.contracts.model.Money;
import io.distconnect.contracts.model.SupplierContract;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** A supplier contract as stored; {@link #toContract()} gives the canonical terms. */
@Entity
@Table(name = "supplier_contract")
public class SupplierContractEntity extends PanacheEntityBase {

  /**
   * An item's contracts, locked until the transaction ends. Sourcing a new order reads what the
   * week has booked against them after taking the lock, so requests for the same item (other
   * locations, other partitions, other replicas) take its weekly capacity one at a time instead of
   * both seeing the same room; requests for other items do not wait. Locked in id order, so two
   * transactions never wait for each other's rows.
   */
  public static Uni<List<SupplierContractEntity>> lockedForItem(String itemId) {
    return SupplierContractEntity.<SupplierContractEntity>find("itemId = ?1 order by id", itemId)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .list();
  }

  @Id public String id;

  @Column(name = "supplier_id", nullable = false)
  public String supplierId;

  @Column(name = "item_id", nullable = false)
  public String itemId;

  @Column(name = "unit_price", nullable = false, precision = 19, scale = 6)
  public BigDecimal unitPrice;

  @Column(nullable = false, columnDefinition = "bpchar(3)")
  public String currency;

  @Column(name = "lead_time_days", nullable = false)
  public int leadTimeDays;

  @Column(name = "lead_time_std_dev_days", precision = 9, scale = 3)
  public BigDecimal leadTimeStdDevDays;

  @Column(name = "order_uom", nullable = false)
  public String orderUom;

  @Column(nullable = false, precision = 19, scale = 6)
  public BigDecimal moq;

  @Column(name = "order_multiple", nullable = false, precision = 19, scale = 6)
  public BigDecimal orderMultiple;

  @Column(name = "capacity_per_week", precision = 19, scale = 6)
  public BigDecimal capacityPerWeek;

  @Column(name = "valid_from", nullable = false)
  public LocalDate validFrom;

  @Column(name = "valid_to")
  public LocalDate validTo;

  @Column(nullable = false)
  public boolean preferred;

  @Version public long version;

  /** The canonical terms; the constructor re-checks every rule of the model. */
  public SupplierContract toContract() {
    return new SupplierContract(
        id,
        supplierId,
        itemId,
        new Money(unitPrice, Currency.getInstance(currency)),
        leadTimeDays,
        leadTimeStdDevDays,
        UnitOfMeasure.parse(orderUom),
        moq,
        orderMultiple,
        capacityPerWeek,
        validFrom,
        validTo,
        preferred);
  }

  /** Copies canonical terms (already validated by the model) onto this row. */
  public SupplierContractEntity apply(SupplierContract c) {
    id = c.contractId();
    supplierId = c.supplierId();
    itemId = c.itemId();
    unitPrice = c.unitPrice().amount();
    currency = c.unitPrice().currency().getCurrencyCode();
    leadTimeDays = c.leadTimeDays();
    leadTimeStdDevDays = c.leadTimeStdDevDays();
    orderUom = c.orderUom().code();
    moq = c.minimumOrderQuantity();
    orderMultiple = c.orderMultiple();
    capacityPerWeek = c.capacityPerWeek();
    validFrom = c.validFrom();
    validTo = c.validTo();
    preferred = c.preferred();
    return this;
  }
}
