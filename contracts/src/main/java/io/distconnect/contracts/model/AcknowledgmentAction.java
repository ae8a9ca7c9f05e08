package io.distconnect.contracts.model;

/** A supplier's answer to one purchase-order line (cXML ConfirmationRequest / EDI 855). */
public enum AcknowledgmentAction {
  /** Accepted as ordered. */
  ACCEPT,
  /** Accepted with another quantity or date. */
  CHANGE,
  /** Will not be supplied. */
  REJECT
}
