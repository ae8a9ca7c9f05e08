package io.distconnect.procurement;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;

/**
 * Plays real cXML suppliers over HTTP: {@code SUP-CXML} answers OrderRequests with a cXML Response
 * 200; {@code SUP-DOWN}, {@code SUP-GONE} and {@code SUP-BROKEN} with HTTP 503 (so deliveries park
 * and fail). Each supplier has its own circuit breaker, so each down supplier serves one test class
 * and no test sees a breaker another one opened. Shared secrets are random per run, handed to the
 * application as configuration like a Kubernetes Secret would be.
 */
public class SupplierStubResource implements QuarkusTestResourceLifecycleManager {

  public static final String CXML_SUPPLIER = "SUP-CXML";
  public static final String DOWN_SUPPLIER = "SUP-DOWN";
  public static final String GONE_SUPPLIER = "SUP-GONE";
  public static final String BROKEN_SUPPLIER = "SUP-BROKEN";
  public static final String SECRET = "s3cret-" + UUID.randomUUID();

  private static WireMockServer server;

  public static WireMockServer server() {
    return server;
  }

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(options().dynamicPort());
    server.start();
    server.stubFor(
        post(urlPathMatching("/cxml/.*"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/xml; charset=UTF-8")
                    .withBody(
                        """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <!DOCTYPE cXML SYSTEM "http://xml.cxml.org/schemas/cXML/1.2.014/cXML.dtd">
                        <cXML payloadID="ack-1@supplier.example" timestamp="2026-11-27T10:00:00+00:00">
                          <Response><Status code="200" text="OK"/></Response>
                        </cXML>
                        """)));
    server.stubFor(post(urlPathMatching("/down/.*")).willReturn(aResponse().withStatus(503)));
    String base = "http://localhost:" + server.port();
    return Map.of(
        "distconnect.procurement.suppliers.\"" + CXML_SUPPLIER + "\".endpoint",
        base + "/cxml/" + CXML_SUPPLIER,
        "distconnect.procurement.suppliers.\"" + CXML_SUPPLIER + "\".shared-secret",
        SECRET,
        "distconnect.procurement.suppliers.\"" + CXML_SUPPLIER + "\".domain",
        "DUNS",
        "distconnect.procurement.suppliers.\"" + DOWN_SUPPLIER + "\".endpoint",
        base + "/down/" + DOWN_SUPPLIER,
        "distconnect.procurement.suppliers.\"" + DOWN_SUPPLIER + "\".shared-secret",
        SECRET,
        "distconnect.procurement.suppliers.\"" + GONE_SUPPLIER + "\".endpoint",
        base + "/down/" + GONE_SUPPLIER,
        "distconnect.procurement.suppliers.\"" + GONE_SUPPLIER + "\".shared-secret",
        SECRET,
        "distconnect.procurement.suppliers.\"" + BROKEN_SUPPLIER + "\".endpoint",
        base + "/down/" + BROKEN_SUPPLIER,
        "distconnect.procurement.suppliers.\"" + BROKEN_SUPPLIER + "\".shared-secret",
        SECRET);
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
