package io.distconnect.procurement.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}).
 *
 * @param type a URI naming the kind of problem
 * @param title a short, stable summary of the kind
 * @param status the HTTP status
 * @param detail what went wrong in this request
 * @param instance the request path
 * @param traceId the trace of the failed request, to find it in Jaeger
 * @param violations the offending fields, for validation problems
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    URI type,
    String title,
    int status,
    String detail,
    String instance,
    String traceId,
    List<Violation> violations) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One offending input: where it is (a field path, header or query parameter) and why. */
  public record Violation(String field, String message) {}
}
