package io.deskhand.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deskhand.config.Secret;
import io.deskhand.embedding.EmbeddingUnavailableException;
import io.deskhand.index.IndexCounts;
import io.deskhand.knowledge.KnowledgeBase;
import io.deskhand.knowledge.KnowledgeRuns;
import io.deskhand.ticket.TicketText;
import io.deskhand.triage.Triage;
import io.deskhand.triage.TriagePipeline;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP edge: routes, bearer-key auth on /api/*, and one mapping of every failure to problem+json. */
public final class HttpApi {
  private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
  static final String PROBLEM_JSON = "application/problem+json";

  /**
   * What the routes need, wired by Main.
   *
   * @param llmState the language model's state for /health: off (none configured), ok, or open-circuit
   */
  public record Deps(TriagePipeline pipeline, Supplier<KnowledgeRuns.Health> knowledge, String embeddingModel, String version,
                     Optional<Secret> apiKey, long maxBodyBytes, ObjectMapper mapper, Supplier<String> llmState) {
    public Deps(TriagePipeline pipeline, Supplier<KnowledgeRuns.Health> knowledge, String embeddingModel, String version,
                Optional<Secret> apiKey, long maxBodyBytes, ObjectMapper mapper) {
      this(pipeline, knowledge, embeddingModel, version, apiKey, maxBodyBytes, mapper, () -> "off");
    }
  }

  private HttpApi() {}

  public static Javalin create(Deps deps) {
    return create(deps, app -> {});
  }

  /** As {@link #create(Deps)}, plus routes of other features (webhook, jobs, metrics), registered before error mapping. */
  public static Javalin create(Deps deps, java.util.function.Consumer<Javalin> moreRoutes) {
    TriageJson triageJson = new TriageJson(deps.mapper());
    String playground = resource("web/index.html");
    Javalin app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.http.maxRequestSize = deps.maxBodyBytes();
      cfg.http.prefer405over404 = true;
      // Jetty's own threads: with virtual threads each request took one more hand-off between carrier threads, and on
      // 2 busy cores that showed in the webhook's p99 (eval/webhook-load.sh, single runs: 14 ms against 18-20 ms)
      cfg.useVirtualThreads = false;
    });
    app.before("/api/*", ctx -> requireApiKey(ctx, deps.apiKey()));
    app.get("/", ctx -> ctx.html(playground));
    app.get("/health", ctx -> {
      KnowledgeRuns.Health health = deps.knowledge().get();
      KnowledgeBase.Status k = health.status();
      IndexCounts c = k.counts();
      ObjectNode out = deps.mapper().createObjectNode().put("status", "ok");
      out.putObject("index").put("tickets", c.tickets()).put("articles", c.articles()).put("docs", c.docs())
          .put("revision", k.revision());
      out.put("embedding_model", deps.embeddingModel()).put("version", deps.version());
      out.put("llm", deps.llmState().get());
      out.set("knowledge", AdminRoutes.knowledge(health, deps.mapper()));
      ctx.json(out);
    });
    app.post("/api/triage", ctx -> {
      TicketText ticket = triageJson.request(jsonBody(ctx, deps));
      Triage t = deps.pipeline().triage(ticket);
      LOG.info("event=triage language={} intent={} abstained={} ms={}", t.language().code(),
          t.fields().containsKey("intent") ? t.fields().get("intent").label() : "-", t.abstained().size(), t.timingsMs().get("total"));
      ctx.json(triageJson.response(t));
    });
    moreRoutes.accept(app);
    mapErrors(app, deps.mapper());
    return app;
  }

  /** Reads a JSON body, with the size, content-type and syntax checks every JSON endpoint needs. */
  public static JsonNode jsonBody(Context ctx, Deps deps) {
    if (ctx.contentLength() > deps.maxBodyBytes()) throw bodyTooLarge(ctx.contentLength() + " bytes", deps.maxBodyBytes());
    String type = ctx.contentType();
    if (type == null || !(type.startsWith("application/json") || type.matches("application/[\\w.+-]*\\+json.*"))) {
      throw new ProblemException(415, "unsupported-media-type", "Unsupported content type",
          "send Content-Type: application/json (got " + (type == null ? "none" : type) + ")");
    }
    byte[] body = body(ctx, deps.maxBodyBytes());
    if (body.length == 0) throw new ProblemException(400, "empty-body", "Empty request body", "expected a JSON object");
    try {
      return deps.mapper().readTree(body);
    } catch (JsonProcessingException e) {
      throw new ProblemException(400, "malformed-json", "Malformed JSON", e.getOriginalMessage());
    } catch (IOException e) {
      throw new ProblemException(400, "malformed-json", "Malformed JSON", "the body could not be read as JSON");
    }
  }

  /**
   * The raw request body, refused with 413 past {@code maxBytes}. Javalin's own limit checks only a declared
   * Content-Length: a chunked body was read whole into the heap, however large.
   */
  public static byte[] body(Context ctx, long maxBytes) {
    if (ctx.contentLength() > maxBytes) throw bodyTooLarge(ctx.contentLength() + " bytes", maxBytes);
    byte[] body;
    try {
      body = ctx.req().getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      throw new ProblemException(400, "unreadable-body", "Request body could not be read", "the body ended early or the connection broke");
    }
    if (body.length > maxBytes) throw bodyTooLarge("over " + maxBytes + " bytes", maxBytes);
    return body;
  }

  private static ProblemException bodyTooLarge(String size, long maxBytes) {
    return new ProblemException(413, "body-too-large", "Request body too large", "the body is " + size + "; the limit is " + maxBytes);
  }

  private static void requireApiKey(Context ctx, Optional<Secret> apiKey) {
    if (apiKey.isEmpty()) return;
    String header = ctx.header("Authorization");
    String expected = "Bearer " + apiKey.get().value();
    if (header == null || !MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ProblemException(401, "unauthorized", "Missing or wrong API key", "send Authorization: Bearer <DESKHAND_API_KEY>");
    }
  }

  private static void mapErrors(Javalin app, ObjectMapper mapper) {
    app.exception(ProblemException.class, (e, ctx) -> problem(ctx, mapper, e.status, e.type, e.title, e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> {
      int status = e.getStatus();
      String title = status == 413 ? "Request body too large" : e.getMessage();
      problem(ctx, mapper, status, "http-" + status, title, e.getMessage());
    });
    app.exception(EmbeddingUnavailableException.class, (e, ctx) -> {
      LOG.warn("event=embedding_unavailable path={} error=\"{}\"", ctx.path(), e.getMessage());
      problem(ctx, mapper, 503, "embedding-unavailable", "Embedding server unavailable", e.getMessage());
    });
    app.exception(IllegalArgumentException.class, (e, ctx) ->
        problem(ctx, mapper, 422, "invalid-request", "Invalid request", e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      String errorId = UUID.randomUUID().toString();
      LOG.error("event=unhandled error_id={} path={}", errorId, ctx.path(), e);
      problem(ctx, mapper, 500, "internal-error", "Internal error", "error id " + errorId + " (see the service log)");
    });
    app.error(404, ctx -> {
      if (!isProblem(ctx)) problem(ctx, mapper, 404, "not-found", "Not found", "no resource at " + ctx.path());
    });
    app.error(405, ctx -> {
      if (!isProblem(ctx)) problem(ctx, mapper, 405, "method-not-allowed", "Method not allowed", ctx.method() + " is not allowed on " + ctx.path());
    });
  }

  private static boolean isProblem(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.startsWith(PROBLEM_JSON);
  }

  static void problem(Context ctx, ObjectMapper mapper, int status, String type, String title, String detail) {
    ObjectNode body = mapper.createObjectNode().put("type", "/problems/" + type).put("title", title).put("status", status)
        .put("detail", detail == null ? title : detail);
    ctx.status(status).contentType(PROBLEM_JSON).result(body.toString());
  }

  private static String resource(String name) {
    try (InputStream in = HttpApi.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException(name + " missing from the jar");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
