package io.distconnect.contracts.event;

import io.distconnect.contracts.model.Checks;
import java.net.URI;
import java.util.List;

/**
 * How distconnect events travel: CloudEvents 1.0 in Kafka binary content mode, i.e. the payload is
 * the record value as JSON and the attributes are {@code ce_*} headers. SmallRye Reactive Messaging
 * writes and reads those headers itself; these constants keep every service's values the same.
 */
public final class CloudEventsConventions {
  public static final String SPEC_VERSION = "1.0";
  public static final String DATA_CONTENT_TYPE = "application/json";

  /** Header names in Kafka binary mode. */
  public static final String HEADER_ID = "ce_id";

  public static final String HEADER_SOURCE = "ce_source";
  public static final String HEADER_SPEC_VERSION = "ce_specversion";
  public static final String HEADER_TYPE = "ce_type";
  public static final String HEADER_SUBJECT = "ce_subject";
  public static final String HEADER_TIME = "ce_time";

  /** Binary mode carries {@code datacontenttype} in the ordinary content-type header. */
  public static final String HEADER_CONTENT_TYPE = "content-type";

  /** The service names used in {@code source} URIs and dead-letter topic names. */
  public static final String PLANNING_CONNECTOR = "planning-connector";

  public static final String ERP_CONNECTOR = "erp-connector";
  public static final String PROCUREMENT_CONNECTOR = "procurement-connector";
  public static final String ORCHESTRATOR = "orchestrator";

  public static final List<String> SERVICES =
      List.of(PLANNING_CONNECTOR, ERP_CONNECTOR, PROCUREMENT_CONNECTOR, ORCHESTRATOR);

  private static final String SOURCE_PREFIX = "/distconnect/";

  private CloudEventsConventions() {}

  /** The {@code source} attribute of events a service produces: {@code /distconnect/<service>}. */
  public static URI source(String service) {
    Checks.requireNonBlank(service, "service");
    if (!service.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException(
          "service must be a lower-case name like " + SERVICES + ": '" + service + "'");
    }
    return URI.create(SOURCE_PREFIX + service);
  }
}
