package io.distconnect.orchestrator.domain;

/** The steps of the replenishment process that metrics and exceptions are reported by. */
public enum ProcessDomain {
  /** Forecast revision received → decision taken. */
  PLANNING_DECISION("planning-decision"),
  /** Manual review of a decision. */
  APPROVAL("approval"),
  /** Request sent to procurement → supplier PO issued. */
  SOURCING("sourcing"),
  /** Supplier PO issued → supplier acknowledged. */
  SUPPLIER_ACK("supplier-ack"),
  /** Supplier PO issued → ERP purchase order created or amended. */
  ERP_UPDATE("erp-update"),
  /** Messages that never reached a case (dead letters). */
  MESSAGING("messaging");

  private final String label;

  ProcessDomain(String label) {
    this.label = label;
  }

  /** The name used in the API and as the metric tag. */
  public String label() {
    return label;
  }

  public static ProcessDomain fromLabel(String label) {
    for (ProcessDomain d : values()) {
      if (d.label.equals(label) || d.name().equalsIgnoreCase(label)) {
        return d;
      }
    }
    throw new IllegalArgumentException("Unknown process domain '" + label + "'");
  }
}
