package io.distconnect.procurement.api;

import io.distconnect.contracts.model.Money;
import io.distconnect.contracts.model.SupplierContract;
import io.distconnect.contracts.uom.UnitOfMeasure;
import io.distconnect.procurement.domain.ConflictException;
import io.distconnect.procurement.domain.NotFoundException;
import io.distconnect.procurement.domain.SupplierContractEntity;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Supplier contracts: the price, lead time, MOQ, multiple and capacity sourcing chooses by. */
@Path("/api/v1/supplier-contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Supplier contracts")
@APIResponse(
    responseCode = "400",
    description = "Invalid input; the problem names the offending fields",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Missing or invalid bearer token")
@APIResponse(responseCode = "403", description = "The token's roles do not allow this")
public class SupplierContractResource {

  private final Idempotency idempotency;

  public SupplierContractResource(Idempotency idempotency) {
    this.idempotency = idempotency;
  }

  @GET
  @RolesAllowed({Roles.BUYER, Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  @WithSession
  public Uni<PageResponse<SupplierContractView>> list(
      @QueryParam("item") @Size(max = 100) String item,
      @QueryParam("supplier") @Size(max = 100) String supplier,
      @QueryParam("validOn") LocalDate validOn,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    StringBuilder where = new StringBuilder("1 = 1");
    Parameters params = new Parameters();
    if (item != null) {
      where.append(" and itemId = :item");
      params.and("item", item);
    }
    if (supplier != null) {
      where.append(" and supplierId = :supplier");
      params.and("supplier", supplier);
    }
    if (validOn != null) {
      where.append(" and validFrom <= :day and (validTo is null or validTo >= :day)");
      params.and("day", validOn);
    }
    var query =
        SupplierContractEntity.<SupplierContractEntity>find(
            where + " order by itemId, supplierId, id", params);
    return query
        .page(Page.of(page, size))
        .list()
        .flatMap(
            rows ->
                query
                    .count()
                    .map(
                        total ->
                            new PageResponse<>(
                                rows.stream().map(SupplierContractView::of).toList(),
                                page,
                                size,
                                total)));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.BUYER, Roles.INTEGRATION_ADMIN, Roles.SERVICE})
  @WithSession
  @APIResponse(responseCode = "404", description = "No such contract")
  public Uni<SupplierContractView> get(@PathParam("id") String id) {
    return find(id).map(SupplierContractView::of);
  }

  @POST
  @RolesAllowed({Roles.BUYER, Roles.INTEGRATION_ADMIN})
  @WithTransaction
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "409", description = "A contract with this id exists")
  public Uni<Response> create(
      @Valid @NotNull SupplierContractInput input,
      @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
      @Context UriInfo uri) {
    return idempotency.once(
        idempotencyKey,
        "create-supplier-contract",
        input,
        () -> {
          String id = input.id() == null ? "SC-" + UUID.randomUUID() : input.id();
          SupplierContract terms = terms(id, input);
          return SupplierContractEntity.<SupplierContractEntity>findById(id)
              .flatMap(
                  existing -> {
                    if (existing != null) {
                      return Uni.createFrom()
                          .failure(new ConflictException("Supplier contract " + id + " exists"));
                    }
                    return new SupplierContractEntity()
                        .apply(terms)
                        .<SupplierContractEntity>persist();
                  })
              .map(
                  saved ->
                      Response.created(uri.getAbsolutePathBuilder().path(saved.id).build())
                          .entity(SupplierContractView.of(saved))
                          .build());
        });
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.BUYER, Roles.INTEGRATION_ADMIN})
  @WithTransaction
  @APIResponse(responseCode = "404", description = "No such contract")
  public Uni<SupplierContractView> replace(
      @PathParam("id") String id, @Valid @NotNull SupplierContractInput input) {
    SupplierContract terms = terms(id, input);
    return find(id).map(existing -> SupplierContractView.of(existing.apply(terms)));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.BUYER, Roles.INTEGRATION_ADMIN})
  @WithTransaction
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No such contract")
  public Uni<Response> delete(@PathParam("id") String id) {
    return find(id).call(c -> c.delete()).map(c -> Response.noContent().build());
  }

  private static Uni<SupplierContractEntity> find(String id) {
    return SupplierContractEntity.<SupplierContractEntity>findById(id)
        .onItem()
        .ifNull()
        .failWith(() -> new NotFoundException("No supplier contract " + id));
  }

  /** The canonical terms; the model's rules (validity window order etc.) answer 400. */
  private static SupplierContract terms(String id, SupplierContractInput in) {
    return new SupplierContract(
        id,
        in.supplierId(),
        in.itemId(),
        new Money(in.unitPrice(), Currency.getInstance(in.currency())),
        in.leadTimeDays(),
        in.leadTimeStdDevDays(),
        UnitOfMeasure.parse(in.orderUom()),
        in.moq(),
        in.orderMultiple(),
        in.capacityPerWeek(),
        in.validFrom(),
        in.validTo(),
        in.preferred());
  }
}
