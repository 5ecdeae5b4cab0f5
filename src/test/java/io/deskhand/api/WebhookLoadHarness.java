package io.deskhand.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.config.Secret;
import io.deskhand.index.IndexCounts;
import io.deskhand.jobs.JobStore;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Not a test: starts the webhook alone on 127.0.0.1:7399 for a loopback load check (wrk). */
public final class WebhookLoadHarness {
  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    JobStore store = JobStore.open(Path.of(args[0]), Clock.systemUTC());
    PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    HttpApi.create(new HttpApi.Deps(null, () -> new IndexCounts(0, 0, 0), "m", "v", Optional.empty(), 1 << 20, json), a ->
        WebhookRoutes.register(a, new WebhookRoutes.Deps(Optional.of(new Secret("load-secret")), Duration.ofMinutes(5), store,
            () -> { }, Clock.systemUTC(), meters, json))).start("127.0.0.1", 7399);
    Thread.sleep(Long.parseLong(args[1]) * 1000);
    System.out.println(store.counts());
    System.exit(0);
  }
}
