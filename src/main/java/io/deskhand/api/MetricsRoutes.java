package io.deskhand.api;

import io.javalin.Javalin;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;

/** {@code GET /metrics} in Prometheus text format, and a timer on every HTTP request by route and status. */
public final class MetricsRoutes {
  private static final String STARTED = "deskhand.started";

  private MetricsRoutes() {}

  public static void register(Javalin app, PrometheusMeterRegistry registry) {
    app.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
    app.after(ctx -> {
      Long started = ctx.attribute(STARTED);
      if (started == null) return;
      String route = ctx.endpointHandlerPath();
      Timer.builder("deskhand_http_requests").tag("method", ctx.method().name())
          .tag("route", route == null || route.isBlank() ? "unmatched" : route)
          .tag("status", Integer.toString(ctx.statusCode()))
          .publishPercentiles(0.5, 0.99) // server-side time, next to what a client measures (eval/webhook-load.sh)
          .register(registry)
          .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    });
    app.get("/metrics", new InFlight("/metrics", InFlight.LIGHT_ROUTE).handler(ctx ->
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape())));
  }
}
