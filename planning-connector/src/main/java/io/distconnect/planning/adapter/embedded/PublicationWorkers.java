package io.distconnect.planning.adapter.embedded;

import io.distconnect.planning.config.IngestConfig;
import io.distconnect.planning.persistence.PublicationRepository;
import io.opentelemetry.context.Context;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that process asynchronous publications (CSV uploads, dropped and pulled files). A
 * fixed, small pool: each job holds a database connection and streams a whole file, so running more
 * at once than there are cores only makes each slower. Jobs carry the trace of the request that
 * started them.
 */
@ApplicationScoped
public class PublicationWorkers {

  private final ExecutorService executor;
  private final PublicationRepository publications;
  private final IngestConfig config;

  public PublicationWorkers(IngestConfig config, PublicationRepository publications) {
    this.publications = publications;
    this.config = config;
    AtomicInteger n = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            config.workers(),
            task -> {
              Thread thread = new Thread(task, "publication-worker-" + n.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * A job whose replica stopped cannot resume (its transaction rolled back): say so instead of
   * showing it running forever. Jobs beat at least every few seconds while they read rows.
   */
  @Scheduled(
      every = "1m",
      delay = 10,
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void abandonSilentJobs() {
    int abandoned = publications.abandonSilent(config.staleAfter());
    if (abandoned > 0) {
      Log.warnf("%d publication(s) were interrupted and are marked failed", abandoned);
    }
  }

  public void submit(Runnable job) {
    try {
      executor.execute(Context.current().wrap(job));
    } catch (RejectedExecutionException e) {
      throw new IllegalStateException("The service is shutting down", e);
    }
  }

  void onStop(@Observes ShutdownEvent event) throws InterruptedException {
    executor.shutdown();
    if (!executor.awaitTermination(20, TimeUnit.SECONDS)) {
      executor.shutdownNow();
    }
  }
}
