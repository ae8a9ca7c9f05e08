package io.distconnect.contracts.uom;

/**
 * Base of the unit-of-measure failures, so a service can map all of them to one problem type (they
 * are always caused by data: an unmapped code, missing item conversion or an inexact ask).
 */
public abstract class UnitOfMeasureException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected UnitOfMeasureException(String message) {
    super(message);
  }
}
