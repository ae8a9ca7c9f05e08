package io.distconnect.procurement.domain;

import io.smallrye.mutiny.Uni;

/**
 * The port to the supplier side: hands a rendered cXML OrderRequest to a supplier. Adapters: the
 * cXML HTTP client for suppliers with an endpoint, the embedded simulator for the rest.
 */
public interface SupplierChannel {

  /**
   * Delivers one document; completes when the supplier took it (cXML status 2xx), fails otherwise.
   *
   * @param order the revision the document renders, for adapters that act on it
   * @param document the cXML OrderRequest
   */
  Uni<Void> deliver(IssuedOrder order, String document);
}
