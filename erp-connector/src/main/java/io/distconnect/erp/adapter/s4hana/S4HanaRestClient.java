package io.distconnect.erp.adapter.s4hana;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * SAP S/4HANA's purchase order OData v2 service (API_PURCHASEORDER_PROCESS_SRV). The base URL is
 * {@code quarkus.rest-client.s4hana.url}, e.g. {@code https://my-s4.example.com}.
 */
@RegisterRestClient(configKey = "s4hana")
@Path("/sap/opu/odata/sap/API_PURCHASEORDER_PROCESS_SRV")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ClientHeaderParam(
    name = "Authorization",
    value = "{io.distconnect.erp.adapter.s4hana.S4HanaAuthorization.header}")
interface S4HanaRestClient {

  String EXPAND = "to_PurchaseOrderItem/to_ScheduleLine";

  @GET
  @Path("/A_PurchaseOrder('{number}')")
  Uni<JsonNode> purchaseOrder(
      @PathParam("number") String number,
      @QueryParam("$expand") String expand,
      @QueryParam("$format") String format);

  @GET
  @Path("/A_PurchaseOrder")
  Uni<JsonNode> purchaseOrders(
      @QueryParam("$filter") String filter,
      @QueryParam("$orderby") String orderBy,
      @QueryParam("$top") int top,
      @QueryParam("$skip") int skip,
      @QueryParam("$inlinecount") String inlineCount,
      @QueryParam("$expand") String expand,
      @QueryParam("$format") String format);

  @GET
  @Path("/A_PurchaseOrderItem")
  Uni<JsonNode> purchaseOrderItems(
      @QueryParam("$filter") String filter,
      @QueryParam("$select") String select,
      @QueryParam("$format") String format);

  /** Fetches a CSRF token (and the session cookies it is bound to) before a write. */
  @GET
  @Path("/")
  Uni<Response> fetchCsrfToken(@HeaderParam("X-CSRF-Token") String fetch);

  /** Deep insert of a purchase order with its items and schedule lines. */
  @POST
  @Path("/A_PurchaseOrder")
  Uni<JsonNode> createPurchaseOrder(
      @HeaderParam("X-CSRF-Token") String csrfToken,
      @HeaderParam("Cookie") String cookies,
      JsonNode body);

  /**
   * Changes the given fields of an order item. SAP OData v2 also accepts MERGE; PATCH is the
   * standard verb. {@code If-Match} carries the item's etag so a concurrent change is a 412.
   */
  @PATCH
  @Path("/A_PurchaseOrderItem(PurchaseOrder='{number}',PurchaseOrderItem='{item}')")
  Uni<Response> updatePurchaseOrderItem(
      @PathParam("number") String number,
      @PathParam("item") String item,
      @HeaderParam("X-CSRF-Token") String csrfToken,
      @HeaderParam("Cookie") String cookies,
      @HeaderParam("If-Match") String etag,
      JsonNode body);

  /** Moves a schedule line's delivery date. */
  @PATCH
  @Path(
      "/A_PurchaseOrderScheduleLine(PurchasingDocument='{number}',PurchasingDocumentItem='{item}',ScheduleLine='{line}')")
  Uni<Response> updateScheduleLine(
      @PathParam("number") String number,
      @PathParam("item") String item,
      @PathParam("line") String line,
      @HeaderParam("X-CSRF-Token") String csrfToken,
      @HeaderParam("Cookie") String cookies,
      @HeaderParam("If-Match") String etag,
      JsonNode body);

  /** Adds an item (with its schedule line) to an existing order. */
  @POST
  @Path("/A_PurchaseOrder('{number}')/to_PurchaseOrderItem")
  Uni<JsonNode> addPurchaseOrderItem(
      @PathParam("number") String number,
      @HeaderParam("X-CSRF-Token") String csrfToken,
      @HeaderParam("Cookie") String cookies,
      JsonNode body);
}
