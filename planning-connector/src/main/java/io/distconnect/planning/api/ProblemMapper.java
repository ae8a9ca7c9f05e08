package io.distconnect.planning.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.distconnect.contracts.uom.UnitOfMeasureException;
import io.distconnect.planning.domain.ConflictException;
import io.distconnect.planning.domain.CsvLayoutException;
import io.distconnect.planning.domain.DownstreamUnavailableException;
import io.distconnect.planning.domain.NotFoundException;
import io.distconnect.planning.domain.PublicationRejectedException;
import io.opentelemetry.api.trace.Span;
import io.quarkus.logging.Log;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.CompositeException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem: validation failures name the offending fields,
 * unknown resources answer 404, conflicts 409, unavailable platforms 503 with Retry-After. No stack
 * trace or class name ever reaches the client; unexpected errors are logged with their trace id,
 * which the answer carries so an operator can find them.
 */
public class ProblemMapper {

  static final String TYPE_BASE = "https://distconnect.dev/problems/";

  @ServerExceptionMapper
  public Response validation(ConstraintViolationException e, UriInfo uri) {
    List<Problem.Violation> violations =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.Violation::field))
            .toList();
    String fields =
        violations.stream()
            .map(Problem.Violation::field)
            .distinct()
            .collect(Collectors.joining(", "));
    return problem(
        400, "validation", "Invalid request", "Invalid value for: " + fields, uri, violations);
  }

  @ServerExceptionMapper
  public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
    String field = jsonPath(e);
    return problem(
        400,
        "validation",
        "Invalid request",
        "Unknown property '" + e.getPropertyName() + "'",
        uri,
        List.of(new Problem.Violation(field, "unknown property")));
  }

  @ServerExceptionMapper
  public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
    String field = jsonPath(e);
    return problem(
        400,
        "validation",
        "Invalid request",
        "Value '" + e.getValue() + "' cannot be read as " + e.getTargetType().getSimpleName(),
        uri,
        List.of(new Problem.Violation(field, "invalid value")));
  }

  @ServerExceptionMapper
  public Response unreadableJson(JsonMappingException e, UriInfo uri) {
    String field = jsonPath(e);
    return problem(
        400,
        "validation",
        "Invalid request",
        "The request body does not match the expected structure at '" + field + "'",
        uri,
        List.of(new Problem.Violation(field, "unreadable value")));
  }

  @ServerExceptionMapper
  public Response malformedJson(JsonParseException e, UriInfo uri) {
    var location = e.getLocation();
    return problem(
        400,
        "malformed-body",
        "Malformed request body",
        "The request body is not valid JSON (line "
            + location.getLineNr()
            + ", column "
            + location.getColumnNr()
            + ")",
        uri,
        null);
  }

  /** A JSON publication with too many bad rows: each bad value is named by its row and field. */
  @ServerExceptionMapper
  public Response rejected(PublicationRejectedException e, UriInfo uri) {
    List<Problem.Violation> violations =
        e.errors().stream()
            .map(
                error ->
                    new Problem.Violation(
                        "rows["
                            + (error.line() - 1)
                            + "]"
                            + (error.column() == null ? "" : "." + error.column()),
                        error.reason()))
            .toList();
    return problem(
        422,
        "publication-rejected",
        "Publication rejected",
        e.getMessage() + " (publication " + e.publicationId() + ")",
        uri,
        violations);
  }

  @ServerExceptionMapper
  public Response csvLayout(CsvLayoutException e, UriInfo uri) {
    return problem(
        400,
        "csv-layout",
        "CSV layout does not match its mapping",
        e.getMessage(),
        uri,
        e.missingColumns().stream()
            .map(column -> new Problem.Violation(column, "column missing from the header"))
            .toList());
  }

  @ServerExceptionMapper
  public Response notFound(NotFoundException e, UriInfo uri) {
    return problem(404, "not-found", "Resource not found", e.getMessage(), uri, null);
  }

  @ServerExceptionMapper
  public Response conflict(ConflictException e, UriInfo uri) {
    return problem(409, "conflict", "Conflict with the current state", e.getMessage(), uri, null);
  }

  @ServerExceptionMapper
  public Response badArgument(IllegalArgumentException e, UriInfo uri) {
    return problem(400, "validation", "Invalid request", e.getMessage(), uri, null);
  }

  @ServerExceptionMapper
  public Response unitOfMeasure(UnitOfMeasureException e, UriInfo uri) {
    return problem(400, "unit-of-measure", "Unit of measure problem", e.getMessage(), uri, null);
  }

  @ServerExceptionMapper
  public Response unavailable(DownstreamUnavailableException e, UriInfo uri) {
    return Response.fromResponse(
            problem(
                503, "downstream-unavailable", "Platform unavailable", e.getMessage(), uri, null))
        .header(HttpHeaders.RETRY_AFTER, Math.max(1, e.retryAfter().toSeconds()))
        .build();
  }

  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException e, UriInfo uri) {
    return Response.fromResponse(
            problem(
                401,
                "unauthorized",
                "Authentication required",
                "A valid bearer token is required",
                uri,
                null))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return problem(
        403,
        "forbidden",
        "Not allowed",
        "The caller's roles do not allow this operation",
        uri,
        null);
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri) {
    // Quarkus REST wraps unreadable request bodies in a 400; answer with what was wrong.
    if (e.getCause() instanceof JsonParseException parse) {
      return malformedJson(parse, uri);
    }
    if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
      return unknownProperty(unknown, uri);
    }
    if (e.getCause() instanceof InvalidFormatException format) {
      return invalidFormat(format, uri);
    }
    if (e.getCause() instanceof JsonMappingException mapping) {
      return unreadableJson(mapping, uri);
    }
    int status = e.getResponse().getStatus();
    String title = e.getResponse().getStatusInfo().getReasonPhrase();
    String detail = status == 404 ? "No resource at " + uri.getPath() : title;
    return problem(status, "http-" + status, title, detail, uri, null);
  }

  @ServerExceptionMapper
  public Response composite(CompositeException e, UriInfo uri) {
    Throwable first = e.getCauses().isEmpty() ? e : e.getCauses().get(0);
    if (first instanceof NotFoundException nf) {
      return notFound(nf, uri);
    }
    if (first instanceof ConflictException c) {
      return conflict(c, uri);
    }
    if (first instanceof ConstraintViolationException v) {
      return validation(v, uri);
    }
    if (first instanceof DownstreamUnavailableException d) {
      return unavailable(d, uri);
    }
    if (first instanceof UnitOfMeasureException u) {
      return unitOfMeasure(u, uri);
    }
    if (first instanceof PublicationRejectedException r) {
      return rejected(r, uri);
    }
    if (first instanceof CsvLayoutException l) {
      return csvLayout(l, uri);
    }
    if (first instanceof IllegalArgumentException a) {
      return badArgument(a, uri);
    }
    return unexpected(first, uri);
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
  public Response unexpected(Throwable e, UriInfo uri) {
    Log.errorf(e, "Unexpected error on %s", uri.getPath());
    return problem(
        500,
        "internal",
        "Internal error",
        "The request could not be completed; quote the trace id when reporting it",
        uri,
        null);
  }

  static Response problem(
      int status,
      String slug,
      String title,
      String detail,
      UriInfo uri,
      List<Problem.Violation> violations) {
    String traceId = Span.current().getSpanContext().getTraceId();
    Problem body =
        new Problem(
            URI.create(TYPE_BASE + slug),
            title,
            status,
            detail,
            uri == null ? null : uri.getPath(),
            Span.current().getSpanContext().isValid() ? traceId : null,
            violations == null || violations.isEmpty() ? null : violations);
    return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
  }

  /** {@code create.request.lines[0].quantity} → {@code lines[0].quantity}: the client's view. */
  private static String fieldOf(ConstraintViolation<?> violation) {
    List<String> parts = new ArrayList<>();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
        if (node.getKind() == ElementKind.PARAMETER) {
          parts.clear();
          parts.add(node.getName());
        }
        continue;
      }
      // An index belongs to the container the node sits in: lines[0].uom arrives as the nodes
      // "lines" and "uom" with index 0.
      if (node.isInIterable() && !parts.isEmpty()) {
        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
        if (position != null) {
          int last = parts.size() - 1;
          parts.set(last, parts.get(last) + "[" + position + "]");
        }
      }
      if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
        parts.add(node.getName());
      }
    }
    // Drop the request-body parameter name: the client knows fields, not Java parameters.
    if (parts.size() > 1) {
      parts.remove(0);
    }
    return String.join(".", parts).replace(".[", "[");
  }

  private static String jsonPath(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }
}
