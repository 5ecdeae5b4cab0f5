package io.deskhand.api;

import io.javalin.config.Key;
import io.javalin.http.Context;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Request;

/**
 * Reads request bodies without letting a slow client hold a request thread (issue 15: 260 connections trickling a
 * body at 1 byte/s held every thread, and /health went unanswered). A body already in the server's buffer, as a
 * webhook's few hundred bytes nearly always are, is read on the spot. Any other is read asynchronously: no thread
 * waits for its bytes, and a body not complete within the read timeout ends the request with 408 and a closed
 * connection. Either way a body over the size limit is refused with 413 as soon as it is known to be.
 */
public final class RequestBodies implements AutoCloseable {
  static final Key<RequestBodies> KEY = new Key<>("deskhand.request-bodies");
  private static final int CHUNK = 8192;

  private final Duration readTimeout;
  private final ScheduledExecutorService deadlines;

  public RequestBodies(Duration readTimeout) {
    this.readTimeout = readTimeout;
    ScheduledThreadPoolExecutor timer = (ScheduledThreadPoolExecutor) Executors.newScheduledThreadPool(1,
        r -> Thread.ofPlatform().name("deskhand-body-deadlines").daemon(true).unstarted(r));
    timer.setRemoveOnCancelPolicy(true); // most bodies arrive in time: their cancelled deadlines must not pile up
    this.deadlines = timer;
  }

  /** The reader registered on the app this request belongs to. */
  static RequestBodies of(Context ctx) {
    return ctx.appData(KEY);
  }

  public Duration readTimeout() {
    return readTimeout;
  }

  /**
   * Reads the body, then hands it to {@code handle} (which writes the answer). A handler calls this last: once the
   * body has to be waited for, the rest runs on the thread that sees its last byte arrive.
   */
  public void read(Context ctx, long maxBytes, BodyHandler handle) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes) throw tooLarge(declared + " bytes", maxBytes);
    if (declared == 0) {
      handle.handle(new byte[0]);
      return;
    }
    try {
      ServletInputStream in = ctx.req().getInputStream();
      if (declared > 0 && in.available() >= declared) {
        handle.handle(in.readNBytes((int) declared));
        return;
      }
    } catch (IOException e) {
      throw unreadable();
    }
    ctx.future(() -> readAsync(ctx, maxBytes).thenAccept(handle::handle));
  }

  /** What a route does with the body it asked for. */
  @FunctionalInterface
  public interface BodyHandler {
    void handle(byte[] body);
  }

  /**
   * Blocking read for routes that keep a synchronous handler: the thread waits, but never longer than the read
   * timeout, after which the connection is closed under it.
   */
  public byte[] readBlocking(Context ctx, long maxBytes) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes) throw tooLarge(declared + " bytes", maxBytes);
    ScheduledFuture<?> deadline = deadlines.schedule(() -> abort(ctx), readTimeout.toMillis(), TimeUnit.MILLISECONDS);
    byte[] body;
    try {
      body = ctx.req().getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      if (deadline.isDone()) throw timedOut();
      throw unreadable();
    } finally {
      deadline.cancel(false);
    }
    if (body.length > maxBytes) throw tooLarge("over " + maxBytes + " bytes", maxBytes);
    return body;
  }

  private CompletableFuture<byte[]> readAsync(Context ctx, long maxBytes) {
    CompletableFuture<byte[]> done = new CompletableFuture<>();
    ScheduledFuture<?> deadline = deadlines.schedule(() -> done.completeExceptionally(timedOut()),
        readTimeout.toMillis(), TimeUnit.MILLISECONDS);
    done.whenComplete((b, e) -> deadline.cancel(false));
    ServletInputStream in;
    try {
      in = ctx.req().getInputStream();
    } catch (IOException e) {
      done.completeExceptionally(unreadable());
      return done;
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream((int) Math.min(CHUNK, Math.max(256, ctx.req().getContentLengthLong())));
    in.setReadListener(new ReadListener() {
      @Override
      public void onDataAvailable() throws IOException {
        byte[] chunk = new byte[CHUNK];
        while (!done.isDone() && in.isReady()) {
          int n = in.read(chunk);
          if (n < 0) return;
          buffer.write(chunk, 0, n);
          if (buffer.size() > maxBytes) {
            done.completeExceptionally(tooLarge("over " + maxBytes + " bytes", maxBytes));
          }
        }
      }

      @Override
      public void onAllDataRead() {
        done.complete(buffer.toByteArray());
      }

      @Override
      public void onError(Throwable t) {
        done.completeExceptionally(unreadable());
      }
    });
    return done;
  }

  /** Closes the connection under a blocked read: the read fails at once instead of waiting for the client. */
  private static void abort(Context ctx) {
    Request base = Request.getBaseRequest(ctx.req());
    if (base != null) base.getHttpChannel().getEndPoint().close();
  }

  private ProblemException timedOut() {
    return new ProblemException(408, "request-timeout", "Request body too slow",
        "the body did not arrive within " + readTimeout.toSeconds() + "s");
  }

  static ProblemException tooLarge(String size, long maxBytes) {
    return new ProblemException(413, "body-too-large", "Request body too large", "the body is " + size + "; the limit is " + maxBytes);
  }

  private static ProblemException unreadable() {
    return new ProblemException(400, "unreadable-body", "Request body could not be read", "the body ended early or the connection broke");
  }

  @Override
  public void close() {
    deadlines.shutdownNow();
  }
}
