package io.distconnect.planning.api;

import static io.distconnect.planning.Fixtures.item;
import static io.distconnect.planning.Fixtures.location;
import static io.distconnect.planning.Fixtures.publish;
import static io.distconnect.planning.Fixtures.row;
import static io.distconnect.planning.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.distconnect.planning.RehearsalProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A job's finish time is when it finished, not when its transaction began: a million-row
 * publication runs for seconds inside one transaction, and PostgreSQL's now() is the transaction's
 * start. Progress (every other row in this profile) is written on its own connection meanwhile, so
 * a finish time earlier than the last heartbeat would give it away.
 */
@QuarkusTest
@TestProfile(RehearsalProfile.class)
class PublicationTimesTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void finishedAtIsTakenWhenTheJobEnds() throws Exception {
    String sku = unique("SKU");
    String dc = unique("DC");
    item(sku, "GROCERY");
    location(dc);
    List<Map<String, Object>> rows =
        List.of(
            row(sku, dc, "2027-09-06", "1"),
            row(sku, dc, "2027-09-13", "2"),
            row(sku, dc, "2027-09-20", "3"),
            row(sku, dc, "2027-09-27", "4"),
            row(sku, dc, "2027-10-04", "5"));
    UUID id =
        UUID.fromString(
            publish(unique("2027-W36"), rows).then().statusCode(201).extract().path("id"));

    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT started_at <= heartbeat_at, heartbeat_at <= finished_at, rows_read"
                    + " FROM forecast_publication WHERE id = ?")) {
      st.setObject(1, id);
      try (ResultSet rs = st.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getBoolean(1)).as("started before its last heartbeat").isTrue();
        assertThat(rs.getBoolean(2)).as("finished after its last heartbeat").isTrue();
        assertThat(rs.getLong(3)).isEqualTo(5);
      }
    }
  }
}
