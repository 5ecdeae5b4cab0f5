package io.deskhand.api;

import io.javalin.http.Handler;
import java.util.concurrent.Semaphore;

/**
 * A cap on the requests one route handles at once. Past it the route answers 503 with Retry-After at once, so a
 * flood of one kind (triage previews, each a few milliseconds of a core) queues neither behind itself nor in front
 * of the others: /health and the webhook keep their own permits.
 */
final class InFlight {
  /** Routes whose work is a lookup or an insert: far more than they ever see at once, few enough to bound a flood. */
  static final int LIGHT_ROUTE = 64;

  private final String route;
  private final int max;
  private final Semaphore permits;

  InFlight(String route, int max) {
    if (max < 1) throw new IllegalArgumentException("a route needs at least one permit, got " + max + " for " + route);
    this.route = route;
    this.max = max;
    this.permits = new Semaphore(max);
  }

  Handler handler(Handler handler) {
    return ctx -> {
      acquire();
      try {
        handler.handle(ctx);
      } finally {
        permits.release();
      }
    };
  }

  RequestBodies.BodyHandler body(RequestBodies.BodyHandler handler) {
    return body -> {
      acquire();
      try {
        handler.handle(body);
      } finally {
        permits.release();
      }
    };
  }

  private void acquire() {
    if (!permits.tryAcquire()) {
      throw new ProblemException(503, "busy", "Too many requests at once",
          route + " is already handling " + max + " requests; retry in a moment").withHeader("Retry-After", "1");
    }
  }
}
