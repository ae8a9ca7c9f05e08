package io.distconnect.erp.api;

import io.distconnect.contracts.model.SupplierDuplicateScorer;
import io.distconnect.erp.domain.SupplierService;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Supplier (vendor) master data and the duplicate report. */
@Path("/api/v1/suppliers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Suppliers")
@APIResponse(
    responseCode = "400",
    description = "Invalid input; the problem names the offending fields",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Missing or invalid bearer token")
@APIResponse(responseCode = "403", description = "The token's roles do not allow this")
public class SupplierResource {

  private final SupplierService suppliers;
  private final Idempotency idempotency;

  public SupplierResource(SupplierService suppliers, Idempotency idempotency) {
    this.suppliers = suppliers;
    this.idempotency = idempotency;
  }

  @POST
  @RolesAllowed({Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  @WithTransaction
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "409", description = "The id exists already")
  public Uni<Response> create(
      @Valid @NotNull SupplierRequest request,
      @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
      @Context UriInfo uri) {
    return idempotency.once(
        idempotencyKey,
        "create-supplier",
        request,
        () ->
            suppliers
                .create(request.toModel())
                .map(
                    s ->
                        Response.created(uri.getAbsolutePathBuilder().path(s.id).build())
                            .entity(SupplierResponse.of(s))
                            .build()));
  }

  /**
   * Pairs of suppliers that are probably one company (score at least {@code minScore}, by default
   * the scorer's probable-duplicate threshold), best first.
   */
  @GET
  @Path("duplicates")
  @RolesAllowed({Roles.PLANNER, Roles.BUYER, Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  public Uni<PageResponse<SupplierDuplicateResponse>> duplicates(
      @QueryParam("minScore") @DecimalMin("0.0") @DecimalMax("1.0") Double minScore,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    double threshold =
        minScore == null ? SupplierDuplicateScorer.PROBABLE_DUPLICATE_THRESHOLD : minScore;
    return suppliers
        .duplicates(threshold)
        .map(
            pairs -> {
              List<SupplierDuplicateResponse> all =
                  pairs.stream().map(SupplierDuplicateResponse::of).toList();
              int from = (int) Math.min((long) page * size, all.size());
              int to = Math.min(from + size, all.size());
              return new PageResponse<>(all.subList(from, to), page, size, all.size());
            });
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.PLANNER, Roles.BUYER, Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  @APIResponse(responseCode = "404", description = "No such supplier")
  public Uni<SupplierResponse> get(@PathParam("id") String id) {
    return suppliers.get(id).map(SupplierResponse::of);
  }

  @GET
  @RolesAllowed({Roles.PLANNER, Roles.BUYER, Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  public Uni<PageResponse<SupplierResponse>> list(
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    return suppliers
        .page(page, size)
        .map(
            found ->
                new PageResponse<>(
                    found.items().stream().map(SupplierResponse::of).toList(),
                    page,
                    size,
                    found.total()));
  }
}
