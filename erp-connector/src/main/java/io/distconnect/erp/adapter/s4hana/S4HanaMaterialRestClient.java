package io.distconnect.erp.adapter.s4hana;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * SAP S/4HANA's material document (API_MATERIAL_DOCUMENT_SRV) and material stock
 * (API_MATERIAL_STOCK_SRV) OData v2 services, on the same host and communication user as the
 * purchase order service ({@code quarkus.rest-client.s4hana.url}).
 */
@RegisterRestClient(configKey = "s4hana")
@Path("/sap/opu/odata/sap")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ClientHeaderParam(
    name = "Authorization",
    value = "{io.distconnect.erp.adapter.s4hana.S4HanaAuthorization.header}")
interface S4HanaMaterialRestClient {

  /** CSRF tokens are fetched from the service the write goes to. */
  @GET
  @Path("/API_MATERIAL_DOCUMENT_SRV/")
  Uni<Response> fetchCsrfToken(@HeaderParam("X-CSRF-Token") String fetch);

  /** Deep insert of a material document header with its items: a goods movement. */
  @POST
  @Path("/API_MATERIAL_DOCUMENT_SRV/A_MaterialDocumentHeader")
  Uni<JsonNode> postMaterialDocument(
      @HeaderParam("X-CSRF-Token") String csrfToken,
      @HeaderParam("Cookie") String cookies,
      JsonNode body);

  /** Material document items, e.g. all receipts against a PO item. */
  @GET
  @Path("/API_MATERIAL_DOCUMENT_SRV/A_MaterialDocumentItem")
  Uni<JsonNode> materialDocumentItems(
      @QueryParam("$filter") String filter,
      @QueryParam("$select") String select,
      @QueryParam("$format") String format);

  /** Stock of a material at a plant, one entry per stock type, batch, storage location... */
  @GET
  @Path("/API_MATERIAL_STOCK_SRV/A_MatlStkInAcctMod")
  Uni<JsonNode> materialStock(
      @QueryParam("$filter") String filter, @QueryParam("$format") String format);
}
