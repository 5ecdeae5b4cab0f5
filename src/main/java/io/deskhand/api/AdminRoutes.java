package io.deskhand.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deskhand.index.BadInputException;
import io.deskhand.knowledge.KnowledgeBase;
import io.deskhand.knowledge.KnowledgeRuns;
import io.deskhand.progress.Progress;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /api/admin/sync} and {@code POST /api/admin/ingest}: knowledge runs in the background of a running
 * service, answered {@code 202 {"run_id"}} at once; their progress is in {@code /health} ({@link #knowledge}).
 */
public final class AdminRoutes {
  private static final Set<String> INGEST_FIELDS = Set.of("tickets", "articles", "docs");

  /** @param apiKeyConfigured the admin endpoints exist only behind an API key (they read files on this machine) */
  public record Deps(KnowledgeRuns runs, boolean apiKeyConfigured, HttpApi.Deps http) {}

  private final Deps deps;

  private AdminRoutes(Deps deps) {
    this.deps = deps;
  }

  public static void register(Javalin app, Deps deps) {
    AdminRoutes routes = new AdminRoutes(deps);
    app.post("/api/admin/sync", routes::sync);
    app.post("/api/admin/ingest", routes::ingest);
  }

  private void sync(Context ctx) {
    requireApiKey();
    if (!deps.runs().canSync()) {
      throw new ProblemException(503, "zendesk-not-configured", "Zendesk is not configured",
          "set zendesk.url, zendesk.email and zendesk.token (DESKHAND_ZENDESK_*) to sync");
    }
    started(ctx, () -> deps.runs().startSync());
  }

  private void ingest(Context ctx) {
    requireApiKey();
    JsonNode body = HttpApi.jsonBody(ctx, deps.http());
    if (!body.isObject()) throw invalid("the body must be a JSON object naming files: {\"tickets\",\"articles\",\"docs\"}");
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!INGEST_FIELDS.contains(name)) throw invalid("unknown field '" + name + "': expected tickets, articles and/or docs");
    }
    KnowledgeBase.Sources sources = new KnowledgeBase.Sources(path(body, "tickets"), path(body, "articles"), path(body, "docs"));
    started(ctx, () -> {
      try {
        return deps.runs().startIngest(sources);
      } catch (BadInputException e) {
        throw invalid(e.getMessage());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static Optional<Path> path(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) return Optional.empty();
    if (!v.isTextual() || v.asText().isBlank()) throw invalid(field + " must be a path on the server, as a string");
    try {
      return Optional.of(Path.of(v.asText()));
    } catch (InvalidPathException e) {
      throw invalid(field + " is not a valid path: " + e.getReason());
    }
  }

  private void started(Context ctx, java.util.function.Supplier<KnowledgeRuns.Run> start) {
    KnowledgeRuns.Run run;
    try {
      run = start.get();
    } catch (KnowledgeRuns.RunInProgress e) {
      KnowledgeRuns.Run r = e.running();
      ObjectNode problem = deps.http().mapper().createObjectNode().put("type", "/problems/run-in-progress")
          .put("title", "A knowledge run is under way").put("status", 409).put("detail", e.getMessage())
          .put("run_id", r.id()).put("kind", r.kind()).put("started_at", r.startedAt().toString());
      ctx.status(409).contentType(HttpApi.PROBLEM_JSON).result(problem.toString());
      return;
    }
    ctx.status(202).json(deps.http().mapper().createObjectNode().put("run_id", run.id()));
  }

  private void requireApiKey() {
    if (!deps.apiKeyConfigured()) {
      throw new ProblemException(403, "admin-needs-api-key", "Admin endpoints need an API key",
          "set api_key (DESKHAND_API_KEY): the admin endpoints read files on this machine and change the knowledge base");
    }
  }

  private static ProblemException invalid(String detail) {
    return new ProblemException(422, "invalid-request", "Invalid request", detail);
  }

  /**
   * The {@code knowledge} object of /health: the run under way ({@code kind, done, total, eta_s}; null when none),
   * the published revision, the last sync, and how the last run ended.
   */
  static ObjectNode knowledge(KnowledgeRuns.Health health, ObjectMapper mapper) {
    ObjectNode k = mapper.createObjectNode();
    KnowledgeBase.Status status = health.status();
    Optional<KnowledgeRuns.Running> running = health.running();
    if (running.isPresent()) {
      KnowledgeRuns.Running r = running.get();
      ObjectNode run = k.putObject("run").put("id", r.run().id()).put("kind", r.run().kind())
          .put("started_at", r.run().startedAt().toString());
      Optional<Progress.Snapshot> phase = r.phase();
      run.put("phase", phase.map(Progress.Snapshot::label).orElse(r.run().kind().equals("sync") ? "fetch from Zendesk" : "starting"));
      if (phase.isPresent()) run.put("done", phase.get().done()).put("total", phase.get().total());
      else run.putNull("done").putNull("total");
      if (phase.isPresent() && phase.get().etaSeconds() != null) run.put("eta_s", Math.round(phase.get().etaSeconds()));
      else run.putNull("eta_s");
    } else {
      k.putNull("run");
    }
    k.put("revision", status.revision());
    if (status.lastSyncAt().isPresent()) k.put("last_sync_at", status.lastSyncAt().get().toString());
    else k.putNull("last_sync_at");
    k.put("holds_demo", status.holdsDemo());
    k.put("unpublished_changes", status.unpublished());
    health.last().ifPresentOrElse(f -> {
      ObjectNode last = k.putObject("last_run").put("id", f.run().id()).put("kind", f.run().kind()).put("outcome", f.outcome())
          .put("finished_at", f.finishedAt().toString());
      f.error().ifPresent(e -> last.put("error", e));
    }, () -> k.putNull("last_run"));
    return k;
  }
}
