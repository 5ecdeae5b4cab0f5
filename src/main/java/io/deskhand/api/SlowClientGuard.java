package io.deskhand.api;

import io.deskhand.config.DeskhandConfig;
import io.javalin.config.JavalinConfig;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Jetty itself must bound, below the routes: how long a connection may sit silent (idle timeout), how large a
 * request head may be, and how long a head may take to arrive. Jetty reads heads without holding a thread, but resets
 * its idle timer on every byte, so a head sent a byte at a time would hold its connection for hours; a sweep closes
 * every connection whose current request head has taken longer than the read timeout. Errors Jetty answers itself
 * (a head too large: 431) are problem+json like every other error.
 */
final class SlowClientGuard {
  private static final Logger LOG = LoggerFactory.getLogger(SlowClientGuard.class);
  private static final Duration SWEEP_EVERY = Duration.ofMillis(500);

  /** When the head of a connection's current request started to arrive; messagesIn tells one request from the next. */
  private record Head(long messagesIn, long sinceNanos) {}

  private final DeskhandConfig.HttpLimits limits;
  private final Map<HttpConnection, Head> heads = new ConcurrentHashMap<>();
  private volatile ScheduledExecutorService sweeper;

  private SlowClientGuard(DeskhandConfig.HttpLimits limits) {
    this.limits = limits;
  }

  static void install(JavalinConfig cfg, DeskhandConfig.HttpLimits limits) {
    SlowClientGuard guard = new SlowClientGuard(limits);
    cfg.jetty.modifyHttpConfiguration(http -> {
      http.setRequestHeaderSize(limits.maxHeaderBytes());
      // Jetty caches header fields a connection has sent and by default matches them ignoring case: after
      // "Authorization: Bearer k3y", a later "Bearer K3Y" on the same connection arrived as the cached "Bearer k3y"
      http.setHeaderCacheCaseSensitive(true);
      // dispatch on the head: what the headers alone refuse is answered at once, and the body's deadline starts then
      // (Jetty otherwise waited for the first body byte, with nothing but the idle timeout bounding that wait)
      http.setDelayDispatchUntilContent(false);
    });
    cfg.jetty.modifyServer(server -> {
      server.setErrorHandler(new ProblemErrorHandler());
      server.addEventListener(new LifeCycle.Listener() {
        @Override
        public void lifeCycleStarting(LifeCycle event) {
          // connectors exist by now (Javalin adds its own just before starting the server)
          for (Connector c : server.getConnectors()) {
            if (c instanceof AbstractConnector a) a.setIdleTimeout(Duration.ofSeconds(limits.idleTimeoutSeconds()).toMillis());
          }
          guard.start(server);
        }

        @Override
        public void lifeCycleStopped(LifeCycle event) {
          guard.stop();
        }
      });
    });
  }

  private void start(Server server) {
    ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(
        r -> Thread.ofPlatform().name("deskhand-slow-heads").daemon(true).unstarted(r));
    s.scheduleWithFixedDelay(() -> sweep(server), SWEEP_EVERY.toMillis(), SWEEP_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    sweeper = s;
  }

  private void stop() {
    ScheduledExecutorService s = sweeper;
    if (s != null) s.shutdownNow();
    heads.clear();
  }

  private void sweep(Server server) {
    try {
      long now = System.nanoTime();
      long limit = Duration.ofSeconds(limits.readTimeoutSeconds()).toNanos();
      for (Connector connector : server.getConnectors()) {
        for (EndPoint endPoint : connector.getConnectedEndPoints()) {
          if (!(endPoint.getConnection() instanceof HttpConnection http)) continue;
          HttpParser parser = http.getParser();
          // between requests the parser waits at START (the idle timeout covers that); past HEADER the head is in
          if (parser.isStart() || !parser.inHeaderState()) {
            heads.remove(http);
            continue;
          }
          long messages = http.getMessagesIn();
          Head head = heads.compute(http, (k, old) -> old != null && old.messagesIn() == messages ? old : new Head(messages, now));
          if (now - head.sinceNanos() > limit) {
            LOG.debug("event=slow_head_closed remote={} seconds={}", endPoint.getRemoteSocketAddress(), limits.readTimeoutSeconds());
            heads.remove(http);
            endPoint.close();
          }
        }
      }
      heads.keySet().removeIf(http -> !http.getEndPoint().isOpen());
    } catch (RuntimeException e) {
      // a connection closing while we look at it; the next sweep sees the rest
      LOG.debug("event=slow_head_sweep_failed error=\"{}\"", e.toString());
    }
  }

  /** Jetty's answer to a request it cannot parse (head too large, bad request line), as problem+json. */
  static final class ProblemErrorHandler extends ErrorHandler {
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
      if (HttpStatus.hasNoBody(status)) return super.badMessageError(status, reason, fields);
      String title = HttpStatus.getMessage(status);
      String detail = status == 431 ? "the request line and headers are over the limit" : reason == null ? title : reason;
      fields.put(HttpHeader.CONTENT_TYPE, HttpApi.PROBLEM_JSON_UTF8);
      String body = "{\"type\":\"/problems/http-" + status + "\",\"title\":" + quote(title) + ",\"status\":" + status
          + ",\"detail\":" + quote(detail) + "}";
      return ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String quote(String s) {
      StringBuilder out = new StringBuilder("\"");
      for (char c : s.toCharArray()) {
        if (c == '"' || c == '\\') out.append('\\').append(c);
        else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
        else out.append(c);
      }
      return out.append('"').toString();
    }
  }
}
