package io.distconnect.planning.adapter.pull;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.distconnect.planning.api.ItemRequest;
import io.distconnect.planning.api.LocationRequest;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * erp-connector's master-data reads; use {@link ErpMasterDataClient}, which adds fault tolerance.
 */
@RegisterRestClient(configKey = "erp")
@RegisterClientHeaders(ErpAuthorization.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface ErpRestClient {

  @GET
  @Path("/items")
  ErpPage<ItemRequest> items(@QueryParam("page") int page, @QueryParam("size") int size);

  @GET
  @Path("/locations")
  ErpPage<LocationRequest> locations(@QueryParam("page") int page, @QueryParam("size") int size);

  /**
   * A tolerant reader: erp-connector may add fields (revision, timestamps) to its answers without a
   * new API version, so the client ignores what it does not know even though this service rejects
   * unknown properties in the requests it receives.
   */
  @ClientObjectMapper
  static ObjectMapper objectMapper(ObjectMapper defaultMapper) {
    return defaultMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }
}
