package io.deskhand.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deskhand.config.DeskhandConfig;
import io.deskhand.config.Secret;
import io.deskhand.embedding.EmbeddingUnavailableException;
import io.deskhand.index.IndexCounts;
import io.deskhand.knowledge.KnowledgeBase;
import io.deskhand.knowledge.KnowledgeRuns;
import io.deskhand.ticket.Field;
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
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP edge: routes, bearer-key auth on /api/* (and /metrics), limits on what one client can hold, and one
 * mapping of every failure to problem+json.
 */
public final class HttpApi {
  private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
  static final String PROBLEM_JSON = "application/problem+json";
  /** JSON is UTF-8 (RFC 8259); said explicitly, because Jetty writes a type it does not know as ISO-8859-1. */
  static final String PROBLEM_JSON_UTF8 = PROBLEM_JSON + ";charset=utf-8";
  /**
   * The playground's own script and style are served files: no inline script runs, whatever a rendered value holds
   * (an article URL of javascript:... became a live link in issue 15, on the page that holds the API key field).
   */
  static final String PLAYGROUND_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
      + "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  /**
   * What the routes need, wired by Main.
   *
   * @param llmState the language model's state for /health: off (none configured), ok, or open-circuit
   * @param moreHealth adds sections of other features to /health (Zendesk auth, jobs)
   */
  public record Deps(TriagePipeline pipeline, Supplier<KnowledgeRuns.Health> knowledge, String embeddingModel, String version,
                     Optional<Secret> apiKey, long maxBodyBytes, ObjectMapper mapper, DeskhandConfig.HttpLimits limits,
                     boolean metricsRequireKey, Supplier<String> llmState, Consumer<ObjectNode> moreHealth) {
    public Deps(TriagePipeline pipeline, Supplier<KnowledgeRuns.Health> knowledge, String embeddingModel, String version,
                Optional<Secret> apiKey, long maxBodyBytes, ObjectMapper mapper) {
      this(pipeline, knowledge, embeddingModel, version, apiKey, maxBodyBytes, mapper, () -> "off");
    }

    public Deps(TriagePipeline pipeline, Supplier<KnowledgeRuns.Health> knowledge, String embeddingModel, String version,
                Optional<Secret> apiKey, long maxBodyBytes, ObjectMapper mapper, Supplier<String> llmState) {
      this(pipeline, knowledge, embeddingModel, version, apiKey, maxBodyBytes, mapper, DeskhandConfig.HttpLimits.defaults(),
          false, llmState, health -> { });
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
    String playgroundScript = resource("web/playground.js");
    String playgroundStyle = resource("web/playground.css");
    RequestBodies bodies = new RequestBodies(Duration.ofSeconds(deps.limits().readTimeoutSeconds()));
    Javalin app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.http.maxRequestSize = deps.maxBodyBytes();
      cfg.http.prefer405over404 = true;
      // Jetty's own threads: with virtual threads each request took one more hand-off between carrier threads, and on
      // 2 busy cores that showed in the webhook's p99 (eval/webhook-load.sh, single runs: 14 ms against 18-20 ms)
      cfg.useVirtualThreads = false;
      cfg.appData(RequestBodies.KEY, bodies);
      SlowClientGuard.install(cfg, deps.limits());
    });
    app.events(e -> e.serverStopped(bodies::close));
    app.before("/api/*", ctx -> requireApiKey(ctx, deps.apiKey()));
    if (deps.metricsRequireKey()) app.before("/metrics", ctx -> requireApiKey(ctx, deps.apiKey()));
    app.get("/", new InFlight("/", InFlight.LIGHT_ROUTE).handler(ctx -> {
      ctx.header("Content-Security-Policy", PLAYGROUND_POLICY).header("X-Content-Type-Options", "nosniff")
          .header("Referrer-Policy", "no-referrer").html(playground);
    }));
    app.get("/playground.js", ctx -> ctx.contentType("text/javascript;charset=utf-8").header("X-Content-Type-Options", "nosniff")
        .result(playgroundScript.getBytes(StandardCharsets.UTF_8)));
    app.get("/playground.css", ctx -> ctx.contentType("text/css;charset=utf-8").header("X-Content-Type-Options", "nosniff")
        .result(playgroundStyle.getBytes(StandardCharsets.UTF_8)));
    app.get("/health", new InFlight("/health", InFlight.LIGHT_ROUTE).handler(ctx -> {
      KnowledgeRuns.Health health = deps.knowledge().get();
      KnowledgeBase.Status k = health.status();
      IndexCounts c = k.counts();
      ObjectNode out = deps.mapper().createObjectNode().put("status", "ok");
      out.putObject("index").put("tickets", c.tickets()).put("articles", c.articles()).put("docs", c.docs())
          .put("revision", k.revision());
      out.put("embedding_model", deps.embeddingModel()).put("version", deps.version());
      out.put("llm", deps.llmState().get());
      out.set("knowledge", AdminRoutes.knowledge(health, deps.mapper()));
      deps.moreHealth().accept(out);
      ctx.json(out);
    }));
    InFlight triage = new InFlight("/api/triage", deps.limits().maxConcurrentTriage());
    app.post("/api/triage", ctx -> jsonBody(ctx, deps, triage.body(body -> {
      TicketText ticket = triageJson.request(parseJson(body, deps.mapper()));
      Triage t = deps.pipeline().triage(ticket);
      LOG.info("event=triage language={} intent={} abstained={} ms={}", t.language().code(),
          t.fields().containsKey(Field.INTENT.key()) ? t.fields().get(Field.INTENT.key()).label() : "-", t.abstained().size(), t.timingsMs().get("total"));
      ctx.json(triageJson.response(t));
    })));
    moreRoutes.accept(app);
    mapErrors(app, deps.mapper());
    return app;
  }

  /**
   * Reads a JSON body with the checks every JSON endpoint needs (size, content type, then syntax in {@link
   * #parseJson}) and hands it to {@code handle}, without holding a thread while a slow body arrives.
   */
  static void jsonBody(Context ctx, Deps deps, RequestBodies.BodyHandler handle) {
    requireJson(ctx);
    RequestBodies.of(ctx).read(ctx, deps.maxBodyBytes(), handle);
  }

  /**
   * Reads a JSON body, with the size, content-type and syntax checks every JSON endpoint needs. The handler's thread
   * waits for the body, at most the read timeout; routes anyone can call without a key use {@link #jsonBody(Context,
   * Deps, RequestBodies.BodyHandler)}.
   */
  public static JsonNode jsonBody(Context ctx, Deps deps) {
    requireJson(ctx);
    return parseJson(RequestBodies.of(ctx).readBlocking(ctx, deps.maxBodyBytes()), deps.mapper());
  }

  private static void requireJson(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !(type.startsWith("application/json") || type.matches("application/[\\w.+-]*\\+json.*"))) {
      throw new ProblemException(415, "unsupported-media-type", "Unsupported content type",
          "send Content-Type: application/json (got " + (type == null ? "none" : type) + ")");
    }
  }

  /**
   * One JSON value and nothing after it: {@code {"subject":"a"} xyz} or two objects in a row are malformed, not the
   * first object (Jackson stops reading after the first value unless told otherwise).
   */
  static JsonNode parseJson(byte[] body, ObjectMapper mapper) {
    if (body.length == 0) throw new ProblemException(400, "empty-body", "Empty request body", "expected a JSON object");
    try {
      return mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(body);
    } catch (JsonProcessingException e) {
      throw new ProblemException(400, "malformed-json", "Malformed JSON", e.getOriginalMessage());
    } catch (IOException e) {
      throw new ProblemException(400, "malformed-json", "Malformed JSON", "the body could not be read as JSON");
    }
  }

  /**
   * The raw request body, refused with 413 past {@code maxBytes}; the thread waits for it, at most the read timeout.
   * Javalin's own limit checks only a declared Content-Length: a chunked body was read whole into the heap, however large.
   */
  public static byte[] body(Context ctx, long maxBytes) {
    return RequestBodies.of(ctx).readBlocking(ctx, maxBytes);
  }

  private static void requireApiKey(Context ctx, Optional<Secret> apiKey) {
    if (apiKey.isEmpty()) return;
    if (!bearerMatches(ctx.header("Authorization"), apiKey.get())) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ProblemException(401, "unauthorized", "Missing or wrong API key", "send Authorization: Bearer <DESKHAND_API_KEY>");
    }
  }

  /** {@code Bearer <key>}, the scheme in any case (RFC 9110 §11.1), the key compared in constant time. */
  static boolean bearerMatches(String header, Secret key) {
    if (header == null) return false;
    String h = header.strip();
    int space = h.indexOf(' ');
    if (space < 0 || !h.substring(0, space).equalsIgnoreCase("Bearer")) return false;
    return MessageDigest.isEqual(h.substring(space + 1).strip().getBytes(StandardCharsets.UTF_8),
        key.value().getBytes(StandardCharsets.UTF_8));
  }

  private static void mapErrors(Javalin app, ObjectMapper mapper) {
    app.exception(ProblemException.class, (e, ctx) -> {
      e.headers.forEach(ctx::header);
      problem(ctx, mapper, e.status, e.type, e.title, e.getMessage());
    });
    app.exception(HttpResponseException.class, (e, ctx) -> {
      int status = e.getStatus();
      String title = status == 413 ? "Request body too large" : e.getMessage();
      problem(ctx, mapper, status, "http-" + status, title, e.getMessage());
    });
    app.exception(EmbeddingUnavailableException.class, (e, ctx) -> {
      LOG.warn("event=embedding_unavailable path={} error=\"{}\"", ctx.path(), e.getMessage());
      problem(ctx, mapper, 503, "embedding-unavailable", "Embedding server unavailable", e.getMessage());
    });
    // only the routes' own ProblemException says the client sent something wrong: any other exception (an
    // IllegalArgumentException of a record's invariant, say) is Deskhand's fault, answered 500 with an id the log has
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
    // a body not read to its end (too slow, too large) is not worth waiting for: the connection goes with the answer
    if (status == 408 || status == 413) ctx.header("Connection", "close");
    ctx.status(status).contentType(PROBLEM_JSON_UTF8).result(body.toString().getBytes(StandardCharsets.UTF_8));
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
