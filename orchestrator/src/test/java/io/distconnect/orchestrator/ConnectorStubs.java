package io.distconnect.orchestrator;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.distconnect.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * erp-connector and procurement-connector as WireMock speaking their REST contract, on one random
 * port (their paths do not overlap). The batch stock endpoint answers from the positions tests
 * registered, listing the other requested keys as missing — as erp-connector does.
 */
public class ConnectorStubs implements QuarkusTestResourceLifecycleManager {

  /** The service token the orchestrator must send; tests assert it arrives. */
  public static final String SERVICE_TOKEN = TestTokens.token("orchestrator", "service");

  private static final Map<String, JsonNode> POSITIONS = new ConcurrentHashMap<>();
  private static WireMockServer server;

  public static WireMockServer server() {
    return server;
  }

  /** Registers what the batch endpoint answers for an item@location. */
  public static void position(JsonNode position) {
    POSITIONS.put(
        position.get("itemId").asText() + "@" + position.get("locationId").asText(), position);
  }

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(options().dynamicPort().extensions(new PositionBatch()));
    server.start();
    server.stubFor(
        WireMock.post(WireMock.urlEqualTo("/api/v1/inventory-positions/batch"))
            .atPriority(10)
            .willReturn(WireMock.aResponse().withTransformers(PositionBatch.NAME)));
    String url = "http://127.0.0.1:" + server.port();
    return Map.of(
        "quarkus.rest-client.erp.url", url,
        "quarkus.rest-client.procurement.url", url,
        "distconnect.orchestrator.service-token", SERVICE_TOKEN);
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }

  /** Answers {@code POST /inventory-positions/batch} from {@link #POSITIONS}. */
  public static final class PositionBatch implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "position-batch";
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String getName() {
      return NAME;
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      try {
        JsonNode request = json.readTree(event.getRequest().getBodyAsString());
        ObjectNode answer = json.createObjectNode();
        ArrayNode positions = answer.putArray("positions");
        ArrayNode missing = answer.putArray("missing");
        for (JsonNode key : request.get("keys")) {
          JsonNode p =
              POSITIONS.get(key.get("itemId").asText() + "@" + key.get("locationId").asText());
          if (p == null) {
            missing.add(key);
          } else {
            positions.add(p);
          }
        }
        return ResponseDefinitionBuilder.responseDefinition()
            .withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody(json.writeValueAsString(answer))
            .build();
      } catch (Exception e) {
        return ResponseDefinitionBuilder.responseDefinition()
            .withStatus(400)
            .withBody(e.getMessage())
            .build();
      }
    }
  }
}
