package io.distconnect.erp.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.distconnect.erp.domain.DownstreamUnavailableException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The answers clients depend on when the ERP platform cannot serve them. */
class ProblemMapperTest {

  @Test
  void anUnavailableErpIs503ProblemWithRetryAfter() {
    Response response =
        new ProblemMapper()
            .unavailable(
                new DownstreamUnavailableException(
                    "SAP S/4HANA is unavailable", Duration.ofSeconds(30)),
                null);
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("30");
    assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
    Problem problem = (Problem) response.getEntity();
    assertThat(problem.type().toString()).endsWith("/downstream-unavailable");
    assertThat(problem.detail()).isEqualTo("SAP S/4HANA is unavailable");
  }
}
