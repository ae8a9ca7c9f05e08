package io.distconnect.procurement.adapter.cxml;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;

/** A supplier's cXML endpoint: the URL is the whole endpoint, the body a cXML document. */
interface CxmlRestClient {

  @POST
  @Consumes("text/xml; charset=UTF-8")
  @Produces({"text/xml", "application/xml"})
  Uni<String> post(String document);
}
