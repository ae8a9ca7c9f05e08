package io.distconnect.orchestrator.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** erp-connector's REST API; used only through the fault-tolerant {@link ErpClient}. */
@RegisterRestClient(configKey = "erp")
@RegisterProvider(ServiceTokenFilter.class)
@Path("/api/v1")
interface ErpRestClient {

  @GET
  @Path("/inventory-positions/{itemId}/{locationId}")
  Uni<ErpApi.InventoryPosition> position(
      @PathParam("itemId") String itemId, @PathParam("locationId") String locationId);

  @POST
  @Path("/inventory-positions/batch")
  Uni<ErpApi.PositionBatch> positions(ErpApi.PositionBatchRequest request);

  @GET
  @Path("/purchase-orders")
  Uni<ErpApi.PurchaseOrderPage> purchaseOrders(
      @QueryParam("item") String item,
      @QueryParam("location") String location,
      @QueryParam("status") String status,
      @QueryParam("externalReference") String externalReference,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size);

  @POST
  @Path("/purchase-orders")
  Uni<ErpApi.PurchaseOrder> create(
      @HeaderParam("Idempotency-Key") String idempotencyKey, ErpApi.CreatePurchaseOrder order);

  @POST
  @Path("/purchase-orders/{number}/amendments")
  Uni<ErpApi.PurchaseOrder> amend(
      @PathParam("number") String number,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      ErpApi.Amendment amendment);

  @GET
  @Path("/items/{sku}")
  Uni<ErpApi.Item> item(@PathParam("sku") String sku);
}
