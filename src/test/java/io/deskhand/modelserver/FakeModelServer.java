package io.deskhand.modelserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A model server on a real HTTP server (port 0) that speaks the providers' documented wire formats, written from
 * their public API references and not from LangChain4j's classes:
 * <ul>
 *   <li>OpenAI: {@code POST /v1/chat/completions} ({@code {"model","messages":[{"role","content"}]}} in;
 *       {@code {"id","object":"chat.completion","created","model","choices":[{"index","message":{"role","content"},
 *       "finish_reason"}],"usage":{"prompt_tokens","completion_tokens","total_tokens"}}} out) and
 *       {@code POST /v1/embeddings} ({@code "input"} a string or an array; {@code {"object":"list","data":[{"object":
 *       "embedding","index","embedding"}],"model","usage"}} out); errors {@code {"error":{"message","type","param",
 *       "code"}}}; a Bearer key when one is set.</li>
 *   <li>Ollama (docs/api.md): {@code POST /api/chat} with {@code "stream": false} ({@code {"model","created_at",
 *       "message":{"role","content"},"done_reason","done":true,"prompt_eval_count","eval_count",...}} out) and
 *       {@code POST /api/embed} ({@code {"model","embeddings":[[...]],"prompt_eval_count"}} out); errors
 *       {@code {"error":"..."}}.</li>
 * </ul>
 * A chat request that asks for a stream (OpenAI's {@code "stream": true}; Ollama's default, without {@code "stream":
 * false}) gets one, as the real servers send it: Deskhand must never ask for one, since it reads whole answers.
 * Chat answers come from a script ({@link #enqueue}) and then from {@link #answerer}; embeddings are deterministic
 * (character trigrams hashed into {@link #DIMENSION} dimensions, not unit length). Every request is recorded.
 */
public final class FakeModelServer implements AutoCloseable {
  public static final int DIMENSION = 64;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One recorded request; header names lower-cased. */
  public record Request(String path, Map<String, String> headers, JsonNode body, Instant at) {
    /** The text of every message with this role, joined. */
    public String message(String role) {
      StringBuilder sb = new StringBuilder();
      body.path("messages").forEach(m -> {
        if (role.equals(m.path("role").asText())) sb.append(m.path("content").asText()).append('\n');
      });
      return sb.toString();
    }

    public String model() {
      return body.path("model").asText();
    }
  }

  /**
   * A scripted chat answer: the text (finish reason "length" when {@code truncated}), or an error status with an
   * optional Retry-After, after {@code delay}.
   */
  public record Reply(String content, int status, Integer retryAfterSeconds, Duration delay, boolean truncated) {
    public static Reply text(String content) {
      return new Reply(content, 200, null, Duration.ZERO, false);
    }

    public static Reply status(int status, Integer retryAfterSeconds) {
      return new Reply(null, status, retryAfterSeconds, Duration.ZERO, false);
    }

    public static Reply hang(Duration delay, String content) {
      return new Reply(content, 200, null, delay, false);
    }

    public static Reply cut(String content) {
      return new Reply(content, 200, null, Duration.ZERO, true);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Deque<Reply> script = new ConcurrentLinkedDeque<>();
  private volatile Function<Request, Reply> answerer = r -> Reply.text("Hello, we are looking into it [1].");
  private volatile String apiKey;
  private volatile int embeddingFailures;

  private FakeModelServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  public static FakeModelServer start() {
    try {
      return new FakeModelServer();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The OpenAI-compatible base URL, up to /v1. */
  public URI openAiBase() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
  }

  /** Ollama's base URL (the server root). */
  public URI ollamaBase() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Chat requests take these answers first, in order. */
  public void enqueue(Reply... replies) {
    for (Reply r : replies) script.addLast(r);
  }

  /** Answers chat requests once the script is used up. */
  public void answerer(Function<Request, Reply> f) {
    this.answerer = f;
  }

  /** OpenAI paths then need {@code Authorization: Bearer key}. */
  public void requireApiKey(String key) {
    this.apiKey = key;
  }

  /** The next {@code n} embedding requests get a 503. */
  public void failEmbeddings(int n) {
    this.embeddingFailures = n;
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  public List<Request> chatRequests() {
    return requests.stream().filter(r -> r.path().endsWith("/chat/completions") || r.path().equals("/api/chat")).toList();
  }

  public List<Request> embeddingRequests() {
    return requests.stream().filter(r -> r.path().endsWith("/embeddings") || r.path().equals("/api/embed")).toList();
  }

  public void clearRequests() {
    requests.clear();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      Map<String, String> headers = new TreeMap<>();
      ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.isEmpty() ? "" : v.get(0)));
      JsonNode body;
      try {
        body = JSON.readTree(ex.getRequestBody().readAllBytes());
      } catch (IOException e) {
        send(ex, 400, error(path, "invalid JSON body", "invalid_request_error"));
        return;
      }
      Request request = new Request(path, headers, body == null ? JSON.createObjectNode() : body, Instant.now());
      requests.add(request);
      boolean openAi = path.startsWith("/v1/");
      if (openAi && apiKey != null && !("Bearer " + apiKey).equals(headers.get("authorization"))) {
        send(ex, 401, error(path, "Incorrect API key provided", "invalid_api_key"));
        return;
      }
      switch (ex.getRequestMethod() + " " + path) {
        case "POST /v1/chat/completions", "POST /api/chat" -> chat(ex, request, openAi);
        case "POST /v1/embeddings", "POST /api/embed" -> embed(ex, request, openAi);
        default -> send(ex, 404, error(path, "not found", "not_found"));
      }
    }
  }

  private void chat(HttpExchange ex, Request request, boolean openAi) throws IOException {
    Reply reply = script.pollFirst();
    if (reply == null) reply = answerer.apply(request);
    if (!reply.delay().isZero()) {
      try {
        Thread.sleep(reply.delay().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    if (reply.status() != 200) {
      if (reply.retryAfterSeconds() != null) ex.getResponseHeaders().add("Retry-After", Integer.toString(reply.retryAfterSeconds()));
      String message = reply.status() == 429 ? "Rate limit reached for requests" : "The server had an error while processing your request";
      send(ex, reply.status(), error(request.path(), message, reply.status() == 429 ? "rate_limit_exceeded" : "server_error"));
      return;
    }
    int promptTokens = words(request.message("system")) + words(request.message("user"));
    int completionTokens = words(reply.content());
    String model = request.model();
    // OpenAI streams only when asked ("stream": true); Ollama streams unless told "stream": false
    if (openAi ? request.body().path("stream").asBoolean(false) : request.body().path("stream").asBoolean(true)) {
      stream(ex, openAi, model, reply.content());
      return;
    }
    ObjectNode out = JSON.createObjectNode();
    if (openAi) {
      out.put("id", "chatcmpl-" + requests.size()).put("object", "chat.completion").put("created", Instant.now().getEpochSecond())
          .put("model", model);
      ObjectNode choice = out.putArray("choices").addObject();
      choice.put("index", 0);
      choice.putObject("message").put("role", "assistant").put("content", reply.content());
      choice.put("finish_reason", reply.truncated() ? "length" : "stop");
      out.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
          .put("total_tokens", promptTokens + completionTokens);
    } else {
      out.put("model", model).put("created_at", Instant.now().toString());
      out.putObject("message").put("role", "assistant").put("content", reply.content());
      out.put("done_reason", reply.truncated() ? "length" : "stop").put("done", true).put("total_duration", 5_191_566_416L)
          .put("load_duration", 2_154_458L).put("prompt_eval_count", promptTokens).put("prompt_eval_duration", 383_809_000L)
          .put("eval_count", completionTokens).put("eval_duration", 4_799_921_000L);
    }
    send(ex, 200, out.toString());
  }

  /**
   * A streamed answer, one word per chunk: OpenAI's server-sent events ({@code data: {"object":"chat.completion.chunk",
   * "choices":[{"delta":{"content"}}]}} then {@code data: [DONE]}), Ollama's NDJSON ({@code {"message":{"content"},
   * "done":false}} lines, then one with {@code "done":true}).
   */
  private void stream(HttpExchange ex, boolean openAi, String model, String content) throws IOException {
    StringBuilder body = new StringBuilder();
    for (String word : (content == null ? "" : content).split("(?<= )")) {
      ObjectNode chunk = JSON.createObjectNode();
      if (openAi) {
        chunk.put("id", "chatcmpl-" + requests.size()).put("object", "chat.completion.chunk").put("created", Instant.now().getEpochSecond())
            .put("model", model);
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
        choice.putObject("delta").put("content", word);
        choice.putNull("finish_reason");
        body.append("data: ").append(chunk).append("\n\n");
      } else {
        chunk.put("model", model).put("created_at", Instant.now().toString());
        chunk.putObject("message").put("role", "assistant").put("content", word);
        body.append(chunk.put("done", false)).append('\n');
      }
    }
    if (openAi) {
      body.append("data: [DONE]\n\n");
    } else {
      ObjectNode last = JSON.createObjectNode().put("model", model).put("created_at", Instant.now().toString());
      last.putObject("message").put("role", "assistant").put("content", "");
      body.append(last.put("done_reason", "stop").put("done", true)).append('\n');
    }
    send(ex, 200, openAi ? "text/event-stream" : "application/x-ndjson", body.toString());
  }

  private void embed(HttpExchange ex, Request request, boolean openAi) throws IOException {
    synchronized (this) {
      if (embeddingFailures > 0) {
        embeddingFailures--;
        send(ex, 503, error(request.path(), "The server is overloaded", "server_error"));
        return;
      }
    }
    JsonNode input = request.body().get("input");
    List<String> texts = new ArrayList<>();
    if (input != null && input.isArray()) input.forEach(t -> texts.add(t.asText()));
    else if (input != null) texts.add(input.asText());
    ObjectNode out = JSON.createObjectNode();
    int tokens = texts.stream().mapToInt(FakeModelServer::words).sum();
    if (openAi) {
      out.put("object", "list");
      ArrayNode data = out.putArray("data");
      for (int i = 0; i < texts.size(); i++) {
        ObjectNode d = data.addObject().put("object", "embedding").put("index", i);
        ArrayNode v = d.putArray("embedding");
        for (float x : vector(texts.get(i))) v.add(x);
      }
      out.put("model", request.model());
      out.putObject("usage").put("prompt_tokens", tokens).put("total_tokens", tokens);
    } else {
      out.put("model", request.model());
      ArrayNode all = out.putArray("embeddings");
      for (String t : texts) {
        ArrayNode v = all.addArray();
        for (float x : vector(t)) v.add(x);
      }
      out.put("total_duration", 14_143_917L).put("load_duration", 1_019_500L).put("prompt_eval_count", tokens);
    }
    send(ex, 200, out.toString());
  }

  /** Deterministic and meaning-ish: texts sharing character trigrams get close vectors; lengths are not 1. */
  public static float[] vector(String text) {
    float[] v = new float[DIMENSION];
    String t = " " + text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + " ";
    for (int i = 0; i + 3 <= t.length(); i++) v[Math.floorMod(t.substring(i, i + 3).hashCode(), DIMENSION)] += 1;
    v[0] += 0.5f; // never all zero
    return v;
  }

  private static String error(String path, String message, String code) {
    if (path.startsWith("/v1/")) {
      ObjectNode e = JSON.createObjectNode();
      e.putObject("error").put("message", message).put("type", "invalid_request_error").putNull("param").put("code", code);
      return e.toString();
    }
    return JSON.createObjectNode().put("error", message).toString();
  }

  private static int words(String s) {
    return s == null || s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }

  private static void send(HttpExchange ex, int status, String body) throws IOException {
    send(ex, status, "application/json", body);
  }

  private static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", contentType);
    try {
      ex.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    } catch (IOException clientGone) {
      // the client timed out and closed the connection (the hang scenario)
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
