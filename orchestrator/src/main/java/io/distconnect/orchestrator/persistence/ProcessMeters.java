package io.distconnect.orchestrator.persistence;

import io.distconnect.orchestrator.domain.CaseState;
import io.distconnect.orchestrator.domain.ProcessDomain;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The business metrics Prometheus scrapes: step latency per process domain (histograms, so p50/p95
 * can be computed across replicas), forecast-to-PO cycle time, transitions, exceptions, dead
 * letters and the open exception gauge per domain.
 */
@ApplicationScoped
public class ProcessMeters {

  private final MeterRegistry registry;
  private final Map<ProcessDomain, Timer> steps = new EnumMap<>(ProcessDomain.class);
  private final Map<ProcessDomain, AtomicLong> openExceptions = new EnumMap<>(ProcessDomain.class);
  private final Timer forecastToPo;

  public ProcessMeters(MeterRegistry registry) {
    this.registry = registry;
    for (ProcessDomain d : ProcessDomain.values()) {
      steps.put(
          d,
          Timer.builder("distconnect.case.step.duration")
              .description("Time a case spends in one process domain")
              .tag("domain", d.label())
              .publishPercentileHistogram()
              .register(registry));
      AtomicLong open = new AtomicLong();
      openExceptions.put(d, open);
      registry.gauge(
          "distconnect.exceptions.open",
          java.util.List.of(io.micrometer.core.instrument.Tag.of("domain", d.label())),
          open);
    }
    forecastToPo =
        Timer.builder("distconnect.case.forecast_to_po.duration")
            .description("Forecast revision received → supplier PO issued")
            .publishPercentileHistogram()
            .register(registry);
  }

  public void step(ProcessDomain domain, Instant from, Instant to) {
    if (from != null && to != null && !to.isBefore(from)) {
      steps.get(domain).record(Duration.between(from, to));
    }
  }

  public void forecastToPo(Instant opened, Instant issued) {
    if (opened != null && issued != null && !issued.isBefore(opened)) {
      forecastToPo.record(Duration.between(opened, issued));
    }
  }

  public void transition(CaseState to) {
    Counter.builder("distconnect.case.transitions")
        .tag("to", to.name())
        .register(registry)
        .increment();
  }

  public void exceptionRaised(String type, ProcessDomain domain) {
    Counter.builder("distconnect.exceptions.raised")
        .tag("type", type)
        .tag("domain", domain.label())
        .register(registry)
        .increment();
  }

  public void deadLetter(String sourceTopic) {
    Counter.builder("distconnect.dead_letters")
        .tag("topic", sourceTopic)
        .register(registry)
        .increment();
  }

  /**
   * An event about a case that was not applied because it no longer concerns the case (an older
   * request, a closed or unknown case); counted so a steady stream of them is visible.
   */
  public void eventIgnored(String eventType, String why) {
    Counter.builder("distconnect.events.ignored")
        .description("Events about a case that no longer applied to it")
        .tag("type", eventType)
        .tag("reason", why)
        .register(registry)
        .increment();
  }

  public void openExceptions(ProcessDomain domain, long count) {
    openExceptions.get(domain).set(count);
  }
}
