package io.distconnect.orchestrator.api;

import io.distconnect.contracts.event.Topics;
import io.distconnect.orchestrator.domain.NotFoundException;
import io.distconnect.orchestrator.messaging.DeadLetterReplayer;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Replays dead-lettered messages back to their source topic. {@code topic} is the source topic
 * (e.g. {@code planning.forecast-revisions.v1}) or its dead-letter topic; the filter narrows which
 * open dead letters go (all of the topic's when empty, up to {@code limit}).
 */
@Path("/api/v1/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INTEGRATION_ADMIN)
public class DeadLetterResource {

  private static final Set<String> SOURCES =
      Set.of(
          Topics.FORECAST_REVISIONS,
          Topics.PROCUREMENT_PURCHASE_ORDER_EVENTS,
          Topics.PROCUREMENT_SOURCING_EVENTS,
          Topics.ERP_PURCHASE_ORDER_EVENTS);

  private final DeadLetterReplayer replayer;
  private final SecurityIdentity identity;

  public DeadLetterResource(DeadLetterReplayer replayer, SecurityIdentity identity) {
    this.replayer = replayer;
    this.identity = identity;
  }

  /**
   * Which dead letters to replay, and why.
   *
   * @param exceptionIds only these exceptions
   * @param eventType only this CloudEvents type
   * @param key only this record key (item@location or PO number)
   * @param since dead-lettered at or after
   * @param until dead-lettered before
   * @param limit at most this many (default 100)
   * @param comment why, for the audit trail
   */
  public record ReplayRequest(
      @Size(max = 500) List<@NotBlank String> exceptionIds,
      String eventType,
      String key,
      Instant since,
      Instant until,
      @Min(1) @Max(500) Integer limit,
      @NotBlank @Size(max = 2000) String comment) {}

  @POST
  @Path("/{topic}/replay")
  @Operation(summary = "Put dead-lettered messages back on their source topic")
  @APIResponse(responseCode = "404", description = "Not a topic this service consumes")
  public Uni<DeadLetterReplayer.Result> replay(
      @PathParam("topic") String topic, @Valid @NotNull ReplayRequest request) {
    String source =
        topic.endsWith(".dlq.orchestrator")
            ? topic.substring(0, topic.length() - ".dlq.orchestrator".length())
            : topic;
    if (!SOURCES.contains(source)) {
      return Uni.createFrom()
          .failure(new NotFoundException("orchestrator has no dead letters for topic " + topic));
    }
    return replayer.replay(
        topic,
        request.exceptionIds(),
        request.eventType(),
        request.key(),
        request.since(),
        request.until(),
        request.limit() == null ? 100 : request.limit(),
        identity.getPrincipal().getName(),
        request.comment());
  }
}
