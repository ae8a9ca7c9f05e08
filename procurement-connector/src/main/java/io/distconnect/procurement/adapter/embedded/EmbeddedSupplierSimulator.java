package io.distconnect.procurement.adapter.embedded;

import io.distconnect.procurement.adapter.cxml.CxmlDocument;
import io.distconnect.procurement.adapter.cxml.CxmlInboundHandler;
import io.distconnect.procurement.adapter.cxml.CxmlXml;
import io.distconnect.procurement.config.ProcurementConfig;
import io.distconnect.procurement.domain.IssuedOrder;
import io.distconnect.procurement.domain.SupplierChannel;
import io.quarkus.logging.Log;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;

/**
 * Plays every supplier that has no cXML endpoint, so the whole flow runs on one machine: it parses
 * the OrderRequest like a supplier would, and after the configured delay answers with a real cXML
 * ConfirmationRequest (accept, change or reject, chosen per PO number) through the same inbound
 * handling a real supplier's document takes, shared-secret check included. Pending answers live in
 * memory: a restart forgets them, as a real supplier might; the order stays ISSUED and visible.
 */
@ApplicationScoped
public class EmbeddedSupplierSimulator implements SupplierChannel {

  private static final int MAX_ATTEMPTS = 5;

  private final Vertx vertx;
  private final CxmlInboundHandler inbound;
  private final SimulatedConfirmationWriter confirmations;
  private final ProcurementConfig.EmbeddedSupplier config;

  public EmbeddedSupplierSimulator(
      Vertx vertx,
      CxmlInboundHandler inbound,
      SimulatedConfirmationWriter confirmations,
      ProcurementConfig config) {
    this.vertx = vertx;
    this.inbound = inbound;
    this.confirmations = confirmations;
    this.config = config.embeddedSupplier();
  }

  @Override
  public Uni<Void> deliver(IssuedOrder order, String document) {
    // Read the order from the document itself, as the supplier would, not from our own record.
    CxmlDocument received = CxmlXml.read(document.getBytes(StandardCharsets.UTF_8));
    if (received.request == null || received.request.orderRequest == null) {
      return Uni.createFrom().failure(new IllegalArgumentException("Not an OrderRequest"));
    }
    SimulatedAnswer answer =
        SimulatedAnswer.forOrder(order.number(), config.changePercent(), config.rejectPercent());
    String confirmation = confirmations.render(received, answer);
    long delay = Math.max(1, config.delay().toMillis());
    vertx.setTimer(delay, id -> answerOnNewContext(order, answer, confirmation, 1));
    Log.infof(
        "Simulated supplier %s received %s revision %d; will %s in %d ms",
        order.supplierId(), order.number(), order.revision(), answer, delay);
    return Uni.createFrom().voidItem();
  }

  private void answerOnNewContext(
      IssuedOrder order, SimulatedAnswer answer, String document, int attempt) {
    // Like an HTTP request, the answer runs on its own duplicated context, which Hibernate
    // Reactive requires to open a session.
    Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
    VertxContextSafetyToggle.setContextSafe(context, true);
    context.runOnContext(
        v ->
            inbound
                .handle(document.getBytes(StandardCharsets.UTF_8))
                .subscribe()
                .with(
                    result -> {
                      Log.infof(
                          "Simulated %s of %s revision %d answered %d",
                          answer, order.number(), order.revision(), result.code());
                      // 500 means "send again later"; a supplier's system does just that.
                      if (result.code() >= 500 && attempt < MAX_ATTEMPTS) {
                        vertx.setTimer(
                            Math.max(1, config.delay().toMillis()) * attempt,
                            id -> answerOnNewContext(order, answer, document, attempt + 1));
                      }
                    },
                    failure ->
                        Log.errorf(failure, "Simulated answer for %s failed", order.number())));
  }
}
