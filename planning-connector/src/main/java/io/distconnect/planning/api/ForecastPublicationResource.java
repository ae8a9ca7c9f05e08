package io.distconnect.planning.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.distconnect.planning.adapter.embedded.PublicationIntake;
import io.distconnect.planning.adapter.embedded.PublicationIntake.Spooled;
import io.distconnect.planning.config.IngestConfig;
import io.distconnect.planning.domain.NotFoundException;
import io.distconnect.planning.domain.PlanningPlatform;
import io.distconnect.planning.domain.PublicationChannel;
import io.distconnect.planning.domain.PublicationJob;
import io.distconnect.planning.domain.PublicationRejectedException;
import io.distconnect.planning.domain.PublicationResult;
import io.distconnect.planning.domain.PublicationStatus;
import io.distconnect.planning.domain.PublicationView;
import io.distconnect.planning.domain.RawRow;
import io.distconnect.planning.persistence.PublicationQueries;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Forecast publications in: JSON for up to a few thousand rows (answered when applied) and CSV for
 * bulk (spooled to disk, answered 202 with a job to follow), or pulled from the platform's export
 * URL. All run the same pipeline. The two POST methods are blocking on purpose: the pipeline
 * streams rows into PostgreSQL with JDBC COPY.
 */
@Path("/api/v1/forecast-publications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Forecast publications")
public class ForecastPublicationResource {

  public static final String CSV = "text/csv";

  private final PublicationIntake intake;
  private final PublicationQueries queries;
  private final IngestConfig config;
  private final ObjectMapper json;
  private final Instance<PlanningPlatform> platform;

  public ForecastPublicationResource(
      PublicationIntake intake,
      PublicationQueries queries,
      IngestConfig config,
      ObjectMapper json,
      Instance<PlanningPlatform> platform) {
    this.intake = intake;
    this.queries = queries;
    this.config = config;
    this.json = json;
    this.platform = platform;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Blocking
  @RolesAllowed({Roles.PLANNER, Roles.SERVICE, Roles.INTEGRATION_ADMIN})
  @Operation(summary = "Publish a forecast version as JSON and wait for it to be applied")
  @APIResponse(responseCode = "201", description = "Applied (or recognised as a duplicate)")
  @APIResponse(responseCode = "200", description = "Replay of an earlier Idempotency-Key")
  @APIResponse(responseCode = "400", description = "Malformed request")
  @APIResponse(responseCode = "409", description = "Idempotency-Key reused for other content")
  @APIResponse(responseCode = "422", description = "Too many bad rows: nothing applied")
  public Response publishJson(
      @NotNull @Valid PublicationRequest request,
      @HeaderParam(Idempotency.HEADER) String idempotencyKey,
      UriInfo uri) {
    if (request.rows().size() > config.maxJsonRows()) {
      throw new IllegalArgumentException(
          "A JSON publication may carry at most "
              + config.maxJsonRows()
              + " rows; send bigger ones as text/csv");
    }
    String hash = PublicationHashing.hash(json, request);
    Optional<UUID> replay = intake.replayOf(idempotencyKey, hash);
    if (replay.isPresent()) {
      return replayed(replay.get());
    }
    List<RawRow> rows = new ArrayList<>(request.rows().size());
    for (int i = 0; i < request.rows().size(); i++) {
      PublicationRowRequest r = request.rows().get(i);
      rows.add(
          new RawRow(
              i + 1L,
              r.item(),
              r.location(),
              r.periodStart(),
              r.periodEnd(),
              r.quantity(),
              r.uom()));
    }
    PublicationJob job =
        intake.acceptRows(
            request.planningCycleId(), rows, hash, idempotencyKey, request.publishedAt());
    PublicationResult result = intake.process(job, rows);
    if (result.status() == PublicationStatus.REJECTED) {
      throw new PublicationRejectedException(result.detail(), job.id(), result.errors());
    }
    if (result.status() == PublicationStatus.FAILED) {
      throw new IllegalStateException("Publication " + job.id() + " failed: " + result.detail());
    }
    return Response.created(uri.getBaseUriBuilder().path(location(job.id())).build())
        .entity(view(job.id()))
        .build();
  }

  @POST
  @Consumes({CSV, "application/csv"})
  @Blocking
  @RolesAllowed({Roles.PLANNER, Roles.SERVICE, Roles.INTEGRATION_ADMIN})
  @Operation(summary = "Publish a forecast version as CSV; processed in the background")
  @APIResponse(responseCode = "202", description = "Accepted: follow the job at Location")
  @APIResponse(responseCode = "200", description = "Replay of an earlier Idempotency-Key")
  @APIResponse(responseCode = "400", description = "Missing cycle, unknown mapping or header")
  @APIResponse(responseCode = "409", description = "Idempotency-Key reused for other content")
  public Response publishCsv(
      InputStream body,
      @QueryParam("cycle") @NotBlank String cycle,
      @QueryParam("mapping") String mapping,
      @QueryParam("fileName") String fileName,
      @HeaderParam(Idempotency.HEADER) String idempotencyKey,
      UriInfo uri)
      throws IOException {
    intake.mapping(mapping); // an unknown mapping fails before the upload is spooled
    Spooled upload = intake.spool(body);
    boolean handedOver = false;
    try {
      Optional<UUID> replay = intake.replayOf(idempotencyKey, upload.contentHash());
      if (replay.isPresent()) {
        return replayed(replay.get());
      }
      PublicationJob job =
          intake.acceptFile(
              upload.file(),
              cycle,
              mapping == null ? "default" : mapping,
              PublicationChannel.CSV,
              fileName,
              idempotencyKey,
              upload.contentHash(),
              (id, result) -> deleteQuietly(upload));
      handedOver = true;
      return Response.accepted(view(job.id()))
          .location(uri.getBaseUriBuilder().path(location(job.id())).build())
          .build();
    } finally {
      if (!handedOver) {
        deleteQuietly(upload);
      }
    }
  }

  @POST
  @Path("/pull")
  @Blocking
  @RolesAllowed({Roles.SERVICE, Roles.INTEGRATION_ADMIN})
  @Operation(summary = "Fetch a cycle's export from the planning platform (pull adapter)")
  @APIResponse(responseCode = "202", description = "Fetched: follow the job at Location")
  @APIResponse(responseCode = "409", description = "The platform adapter is 'embedded' (push only)")
  @APIResponse(responseCode = "503", description = "The platform cannot be reached; retry later")
  public Response pull(@QueryParam("cycle") @NotBlank String cycle, UriInfo uri)
      throws IOException {
    Spooled download = intake.spool(InputStream.nullInputStream());
    boolean handedOver = false;
    try {
      String mapping = platform.get().fetchExport(cycle, download.file());
      PublicationJob job =
          intake.acceptFile(
              download.file(),
              cycle,
              mapping,
              PublicationChannel.PULL,
              null,
              null,
              PublicationIntake.hash(download.file()),
              (id, result) -> deleteQuietly(download));
      handedOver = true;
      return Response.accepted(view(job.id()))
          .location(uri.getBaseUriBuilder().path(location(job.id())).build())
          .build();
    } finally {
      if (!handedOver) {
        deleteQuietly(download);
      }
    }
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.PLANNER, Roles.BUYER, Roles.SERVICE, Roles.INTEGRATION_ADMIN})
  @Operation(summary = "A publication job: status, counts, first row errors, progress")
  @APIResponse(responseCode = "404", description = "No such publication")
  public Uni<PublicationView> get(@PathParam("id") UUID id) {
    return queries
        .find(id)
        .map(found -> found.orElseThrow(() -> new NotFoundException("No publication " + id)));
  }

  private Response replayed(UUID id) {
    return Response.ok(view(id)).header(Idempotency.REPLAYED_HEADER, "true").build();
  }

  private PublicationView view(UUID id) {
    return queries
        .find(id)
        .await()
        .indefinitely()
        .orElseThrow(() -> new NotFoundException("No publication " + id));
  }

  private static String location(UUID id) {
    return "api/v1/forecast-publications/" + id;
  }

  private static void deleteQuietly(Spooled upload) {
    try {
      Files.deleteIfExists(upload.file());
    } catch (IOException e) {
      Log.warnf("Could not delete spooled upload %s: %s", upload.file(), e.getMessage());
    }
  }
}
