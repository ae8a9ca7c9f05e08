package io.distconnect.orchestrator.persistence;

import io.distconnect.orchestrator.domain.ProcessDomain;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Process figures computed from the case table over a window, so they are exact across replicas and
 * restarts (the Prometheus histograms are the live view of the same figures).
 */
@ApplicationScoped
public class ProcessMetricsQuery {

  /** Latency of one domain: how many cases went through it, p50/p95 in seconds, failures. */
  public record DomainFigures(
      String domain,
      long count,
      Double p50Seconds,
      Double p95Seconds,
      long failures,
      Double failureRate,
      long openExceptions) {}

  /** The ROI figures. */
  public record Roi(
      Double forecastToPoP50Seconds,
      Double forecastToPoP95Seconds,
      Double supplierAckLatencyP50Seconds,
      Double supplierAckLatencyP95Seconds,
      long manualExceptions,
      long manualActions,
      Double poStatusAgreement,
      long poStatusCompared,
      Double integrationFailureRate) {}

  /** Everything the process-metrics endpoint answers. */
  public record Figures(
      Instant since,
      Instant until,
      long casesOpened,
      Map<String, Long> casesByState,
      List<DomainFigures> domains,
      Roi roi) {}

  private static final Map<ProcessDomain, String[]> SPANS = new LinkedHashMap<>();

  static {
    SPANS.put(ProcessDomain.PLANNING_DECISION, new String[] {"opened_at", "decided_at"});
    SPANS.put(ProcessDomain.APPROVAL, new String[] {"approval_started_at", "sourcing_at"});
    SPANS.put(ProcessDomain.SOURCING, new String[] {"sourcing_at", "po_issued_at"});
    SPANS.put(ProcessDomain.SUPPLIER_ACK, new String[] {"po_issued_at", "acknowledged_at"});
    SPANS.put(ProcessDomain.ERP_UPDATE, new String[] {"po_issued_at", "erp_updated_at"});
  }

  private final ProcessMeters meters;

  public ProcessMetricsQuery(ProcessMeters meters) {
    this.meters = meters;
  }

  public Uni<Figures> figures(Instant since) {
    Instant until = Instant.now();
    return Panache.withSession(
        () -> {
          Uni<Object[]> opened =
              one("SELECT count(*), 0 FROM replenishment_case WHERE opened_at >= :since", since);
          Uni<List<Object[]>> states =
              rows(
                  "SELECT state, count(*) FROM replenishment_case WHERE opened_at >= :since GROUP BY state",
                  since);
          Uni<List<Object[]>> failures =
              rows(
                  "SELECT domain, count(*) FROM process_exception WHERE created_at >= :since GROUP BY domain",
                  since);
          Uni<List<Object[]>> open =
              rows(
                  "SELECT domain, count(*) FROM process_exception WHERE status = 'OPEN' AND created_at >= :epoch GROUP BY domain",
                  Instant.EPOCH);
          Uni<Object[]> forecastToPo = one(latency("opened_at", "po_issued_at"), since);
          Uni<Object[]> ack = one(latency("po_issued_at", "acknowledged_at"), since);
          Uni<Object[]> manual =
              one(
                  "SELECT (SELECT count(*) FROM process_exception WHERE created_at >= :since AND type <> 'DEAD_LETTER'), (SELECT count(*) FROM exception_action WHERE at >= :since)",
                  since);
          Uni<Object[]> agreement =
              one(
                  "SELECT count(*) FILTER (WHERE erp_status = procurement_status), count(*) FROM replenishment_case WHERE erp_status IS NOT NULL AND procurement_status IS NOT NULL AND opened_at >= :since",
                  since);
          Uni<Object[]> integration =
              one(
                  "SELECT (SELECT count(*) FROM process_exception WHERE type = 'DEAD_LETTER' AND created_at >= :since), (SELECT count(*) FROM processed_event WHERE processed_at >= :since)",
                  since);
          List<Uni<Object[]>> spans = new ArrayList<>();
          for (String[] span : SPANS.values()) {
            spans.add(one(latency(span[0], span[1]), since));
          }
          return opened.flatMap(
              o ->
                  states.flatMap(
                      s ->
                          failures.flatMap(
                              f ->
                                  open.flatMap(
                                      op ->
                                          forecastToPo.flatMap(
                                              ftp ->
                                                  ack.flatMap(
                                                      a ->
                                                          manual.flatMap(
                                                              m ->
                                                                  agreement.flatMap(
                                                                      ag ->
                                                                          integration.flatMap(
                                                                              in ->
                                                                                  collect(
                                                                                          spans,
                                                                                          0,
                                                                                          new ArrayList<>())
                                                                                      .map(
                                                                                          sp ->
                                                                                              assemble(
                                                                                                  since,
                                                                                                  until,
                                                                                                  o,
                                                                                                  s,
                                                                                                  f,
                                                                                                  op,
                                                                                                  ftp,
                                                                                                  a,
                                                                                                  m,
                                                                                                  ag,
                                                                                                  in,
                                                                                                  sp)))))))))));
        });
  }

  /** Keeps the open-exception gauges current for Prometheus. */
  @Scheduled(
      every = "15s",
      delayed = "2s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  Uni<Void> refreshGauges() {
    return Panache.withSession(
            () ->
                rows(
                    "SELECT domain, count(*) FROM process_exception WHERE status = 'OPEN' AND created_at >= :since GROUP BY domain",
                    Instant.EPOCH))
        .invoke(
            rows -> {
              Map<String, Long> byDomain = toMap(rows);
              for (ProcessDomain d : ProcessDomain.values()) {
                meters.openExceptions(d, byDomain.getOrDefault(d.label(), 0L));
              }
            })
        .replaceWithVoid();
  }

  private Uni<List<Object[]>> collect(List<Uni<Object[]>> unis, int i, List<Object[]> acc) {
    if (i == unis.size()) {
      return Uni.createFrom().item(acc);
    }
    return unis.get(i)
        .flatMap(
            r -> {
              acc.add(r);
              return collect(unis, i + 1, acc);
            });
  }

  private static String latency(String from, String to) {
    String seconds = "EXTRACT(EPOCH FROM (" + to + " - " + from + "))";
    return "SELECT count("
        + to
        + "), percentile_cont(0.5) WITHIN GROUP (ORDER BY "
        + seconds
        + "),"
        + " percentile_cont(0.95) WITHIN GROUP (ORDER BY "
        + seconds
        + ")"
        + " FROM replenishment_case WHERE "
        + from
        + " IS NOT NULL AND "
        + to
        + " IS NOT NULL AND opened_at >= :since";
  }

  private static Figures assemble(
      Instant since,
      Instant until,
      Object[] opened,
      List<Object[]> states,
      List<Object[]> failures,
      List<Object[]> open,
      Object[] ftp,
      Object[] ack,
      Object[] manual,
      Object[] agreement,
      Object[] integration,
      List<Object[]> spans) {
    Map<String, Long> failureByDomain = toMap(failures);
    Map<String, Long> openByDomain = toMap(open);
    List<DomainFigures> domains = new ArrayList<>();
    int i = 0;
    for (ProcessDomain d : SPANS.keySet()) {
      Object[] row = spans.get(i++);
      long count = num(row[0]);
      long failed = failureByDomain.getOrDefault(d.label(), 0L);
      domains.add(
          new DomainFigures(
              d.label(),
              count,
              dbl(row[1]),
              dbl(row[2]),
              failed,
              count + failed == 0 ? null : (double) failed / (count + failed),
              openByDomain.getOrDefault(d.label(), 0L)));
    }
    long compared = num(agreement[1]);
    long deadLetters = num(integration[0]);
    long processed = num(integration[1]);
    Roi roi =
        new Roi(
            dbl(ftp[1]),
            dbl(ftp[2]),
            dbl(ack[1]),
            dbl(ack[2]),
            num(manual[0]),
            num(manual[1]),
            compared == 0 ? null : (double) num(agreement[0]) / compared,
            compared,
            deadLetters + processed == 0 ? null : (double) deadLetters / (deadLetters + processed));
    return new Figures(since, until, num(opened[0]), toMap(states), domains, roi);
  }

  private static Uni<Object[]> one(String sql, Instant since) {
    return rows(sql, since).map(r -> r.get(0));
  }

  private static Uni<List<Object[]>> rows(String sql, Instant since) {
    String param = sql.contains(":epoch") ? "epoch" : "since";
    return Panache.getSession()
        .flatMap(
            s ->
                s.createNativeQuery(sql, Object[].class)
                    .setParameter(param, since.atOffset(ZoneOffset.UTC))
                    .getResultList());
  }

  private static Map<String, Long> toMap(List<Object[]> rows) {
    Map<String, Long> map = new LinkedHashMap<>();
    for (Object[] r : rows) {
      map.put(String.valueOf(r[0]), num(r[1]));
    }
    return map;
  }

  private static long num(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }

  private static Double dbl(Object o) {
    return o == null ? null : ((Number) o).doubleValue();
  }
}
