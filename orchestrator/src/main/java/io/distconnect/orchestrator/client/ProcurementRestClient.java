package io.distconnect.orchestrator.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** procurement-connector's REST API; used only through {@link ProcurementClient}. */
@RegisterRestClient(configKey = "procurement")
@RegisterProvider(ServiceTokenFilter.class)
@Path("/api/v1")
interface ProcurementRestClient {

  @GET
  @Path("/supplier-contracts")
  Uni<ProcurementApi.SupplierContractPage> contracts(
      @QueryParam("item") String item,
      @QueryParam("validOn") String validOn,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size);
}
