package io.distconnect.procurement.api;

import io.distconnect.procurement.adapter.cxml.CxmlInboundHandler;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Inbound cXML from suppliers: ConfirmationRequest and ShipNoticeRequest. No bearer token: cXML
 * authenticates with the shared secret in {@code Header/Sender/Credential}. The body is read as
 * bytes so the parser honours the encoding the XML declaration names. The answer is a cXML Response
 * whose Status code is also the HTTP status, so proxies and monitors see refusals.
 */
@Path("/api/v1/cxml")
@Tag(name = "cXML")
public class CxmlResource {

  private static final String CXML = "text/xml; charset=UTF-8";

  private final CxmlInboundHandler handler;

  public CxmlResource(CxmlInboundHandler handler) {
    this.handler = handler;
  }

  @POST
  @Consumes({"text/xml", "application/xml"})
  @Produces({"text/xml", "application/xml"})
  @APIResponse(responseCode = "200", description = "Applied (or applied before)")
  @APIResponse(responseCode = "400", description = "Not well-formed cXML, or incomplete")
  @APIResponse(responseCode = "401", description = "Sender credential not accepted")
  @APIResponse(responseCode = "406", description = "Does not match an order of the sender")
  @APIResponse(responseCode = "409", description = "The order's state does not allow it")
  public Uni<Response> receive(byte[] body) {
    return handler
        .handle(body == null ? new byte[0] : body)
        .map(answer -> Response.status(answer.code()).type(CXML).entity(answer.document()).build());
  }
}
