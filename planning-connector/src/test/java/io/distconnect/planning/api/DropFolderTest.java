package io.distconnect.planning.api;

import static io.distconnect.planning.Fixtures.item;
import static io.distconnect.planning.Fixtures.location;
import static io.distconnect.planning.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.distconnect.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Files dropped into the watched folder are processed once and moved to processed/ or failed/ next
 * to their report.
 */
@QuarkusTest
class DropFolderTest {

  private static final Path FOLDER = Path.of("target", "drop-folder");

  private String sku;
  private String dc;
  private String cycle;

  @BeforeEach
  void masterData() {
    sku = unique("SKU");
    dc = unique("DC");
    cycle = unique("2027-W40");
    item(sku, "GROCERY");
    location(dc);
  }

  /** Writes under a temporary name and renames, as exporters should, so no half file is seen. */
  private static void drop(String name, String content) throws IOException {
    Path temp = FOLDER.resolve(name + ".tmp");
    Files.writeString(temp, content);
    Files.move(temp, FOLDER.resolve(name), StandardCopyOption.ATOMIC_MOVE);
  }

  private static JsonNode report(String folder, String name) throws IOException {
    Path file = FOLDER.resolve(folder).resolve(name);
    Path report = FOLDER.resolve(folder).resolve(name + ".report.json");
    await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(file) && Files.exists(report));
    assertThat(FOLDER.resolve(name)).doesNotExist();
    return new ObjectMapper().readTree(report.toFile());
  }

  @Test
  void aGoodFileIsAppliedAndMovedToProcessed() throws IOException {
    String name = cycle + "__nightly-export.csv";
    drop(
        name,
        "item,location,period_start,quantity\n"
            + sku
            + ","
            + dc
            + ",2027-10-04,70\n"
            + sku
            + ","
            + dc
            + ",2027-10-11,80\n");
    JsonNode report = report("processed", name);
    assertThat(report.get("status").asText()).isEqualTo("COMPLETED");
    assertThat(report.get("channel").asText()).isEqualTo("DROP_FOLDER");
    assertThat(report.get("planningCycleId").asText()).isEqualTo(cycle);
    assertThat(report.get("rowsAccepted").asInt()).isEqualTo(2);

    given()
        .header("Authorization", TestTokens.bearer("planner"))
        .queryParam("cycle", cycle)
        .get("/api/v1/forecasts")
        .then()
        .body("total", equalTo(2));
  }

  @Test
  void aRejectedFileIsMovedToFailedWithItsRowErrors() throws IOException {
    String name = cycle + ".csv";
    drop(
        name,
        "item,location,period_start,quantity\n"
            + sku
            + ","
            + dc
            + ",2027-10-04,abc\n"
            + sku
            + ","
            + dc
            + ",2027-10-11,80\n");
    JsonNode report = report("failed", name);
    assertThat(report.get("status").asText()).isEqualTo("REJECTED");
    assertThat(report.get("errors").get(0).get("line").asInt()).isEqualTo(2);
    assertThat(report.get("errors").get(0).get("column").asText()).isEqualTo("quantity");
  }

  @Test
  void aFileWithTheWrongLayoutIsMovedToFailedWithTheMissingColumns() throws IOException {
    String name = cycle + "__wrong.csv";
    drop(name, "sku,site,week,qty\n" + sku + "," + dc + ",2027-10-04,1\n");
    JsonNode report = report("failed", name);
    assertThat(report.get("status").asText()).isEqualTo("FAILED");
    assertThat(report.get("missingColumns").toString()).contains("item", "quantity");
  }
}
