package io.deskhand.modelserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import io.deskhand.http.RetryAfter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The HTTP client LangChain4j's OpenAI and Ollama models call through, on the JDK's client. LangChain4j's own JDK
 * client drops the response headers of a failed call; this one turns every failure into a
 * {@link ModelServerException} that keeps what retrying needs (status, {@code Retry-After}). Streaming is not used.
 */
public final class ModelServerHttpClient implements HttpClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_ERROR_CHARS = 120;

  private final java.net.http.HttpClient http;
  private final Duration readTimeout;

  private ModelServerHttpClient(Builder b) {
    java.net.http.HttpClient.Builder http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1);
    if (b.connectTimeout != null) http.connectTimeout(b.connectTimeout);
    this.http = http.build();
    this.readTimeout = b.readTimeout;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public SuccessfulHttpResponse execute(HttpRequest request) {
    java.net.http.HttpRequest.Builder req = java.net.http.HttpRequest.newBuilder(URI.create(request.url()));
    request.headers().forEach((name, values) -> {
      if (values != null) values.forEach(v -> req.header(name, v));
    });
    req.method(request.method().name(), request.body() == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
        : java.net.http.HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
    if (readTimeout != null) req.timeout(readTimeout);
    HttpResponse<byte[]> res;
    try {
      res = http.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpTimeoutException e) {
      throw new ModelServerException(ModelServerException.Kind.TIMEOUT, "no answer within " + readTimeout, e);
    } catch (InterruptedException e) {
      // the caller's time budget ran out (Failsafe interrupts the call)
      Thread.currentThread().interrupt();
      throw new ModelServerException(ModelServerException.Kind.TIMEOUT, "call interrupted at the end of its time budget", e);
    } catch (IOException e) {
      throw new ModelServerException(ModelServerException.Kind.UNREACHABLE, "cannot reach the model server: " + e.getClass().getSimpleName(), e);
    }
    int status = res.statusCode();
    if (status >= 200 && status < 300) {
      return SuccessfulHttpResponse.builder().statusCode(status).headers(res.headers().map()).body(res.body()).build();
    }
    throw forStatus(status, res.headers().firstValue("Retry-After"), new String(res.body(), StandardCharsets.UTF_8));
  }

  @Override
  public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
    listener.onError(new UnsupportedOperationException("Deskhand does not stream model answers"));
  }

  /** The one place where a model server's status becomes a kind of failure. */
  static ModelServerException forStatus(int status, java.util.Optional<String> retryAfter, String body) {
    String message = "model server answered " + status + errorCode(body);
    if (status == 429) {
      return new ModelServerException(ModelServerException.Kind.RATE_LIMITED, status,
          RetryAfter.parse(retryAfter, Clock.systemUTC()).orElse(null), message);
    }
    if (status >= 500 || status == 408) {
      return new ModelServerException(status == 408 ? ModelServerException.Kind.TIMEOUT : ModelServerException.Kind.SERVER_ERROR,
          status, RetryAfter.parse(retryAfter, Clock.systemUTC()).orElse(null), message);
    }
    return new ModelServerException(ModelServerException.Kind.REJECTED, status, null, message);
  }

  /**
   * The server's short error: OpenAI's {@code error.code}/{@code error.type}/{@code error.message}, Ollama's
   * {@code error} string. Cut short and on one line; the body itself is never kept (it could echo the prompt).
   */
  private static String errorCode(String body) {
    try {
      JsonNode e = JSON.readTree(body).get("error");
      if (e == null) return "";
      String s = e.isTextual() ? e.asText()
          : List.of("code", "type", "message").stream().map(f -> e.path(f).asText("")).filter(v -> !v.isBlank()).findFirst().orElse("");
      s = s.replaceAll("\\s+", " ").strip();
      return s.isEmpty() ? "" : " (" + (s.length() > MAX_ERROR_CHARS ? s.substring(0, MAX_ERROR_CHARS) + "…" : s) + ")";
    } catch (Exception notJson) {
      return "";
    }
  }

  /** LangChain4j sets both timeouts from the model's {@code timeout}. */
  public static final class Builder implements HttpClientBuilder {
    private Duration connectTimeout;
    private Duration readTimeout;

    @Override
    public Duration connectTimeout() {
      return connectTimeout;
    }

    @Override
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    @Override
    public Duration readTimeout() {
      return readTimeout;
    }

    @Override
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout;
      return this;
    }

    @Override
    public HttpClient build() {
      return new ModelServerHttpClient(this);
    }
  }
}
