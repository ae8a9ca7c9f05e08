package io.distconnect.testsupport;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/**
 * Runs reactive work (Hibernate Reactive sessions need a Vert.x context) from a plain test thread
 * and waits for its result, so tests can block without ever blocking the event loop.
 */
public final class OnVertx {
  private OnVertx() {}

  public static <T> T await(Supplier<Uni<T>> work) {
    try {
      return VertxContextSupport.subscribeAndAwait(work);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
