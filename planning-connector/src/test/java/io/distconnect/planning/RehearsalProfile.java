package io.distconnect.planning;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Settings a benchmark copy of the service runs with: its own revisions topic, and progress written
 * every other row so that a few rows show the job's heartbeat. One profile for the tests that need
 * any of them, so the application restarts once for all of them.
 */
public class RehearsalProfile implements QuarkusTestProfile {

  public static final String REVISIONS_TOPIC = "planning.forecast-revisions.v1.rehearsal";

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "distconnect.planning.ingest.revisions-topic",
        REVISIONS_TOPIC,
        "distconnect.planning.ingest.progress-every",
        "2");
  }
}
