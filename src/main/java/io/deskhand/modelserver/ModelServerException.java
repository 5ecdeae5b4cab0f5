package io.deskhand.modelserver;

import java.time.Duration;
import java.util.Optional;

/**
 * A call to a model server (an LLM or an embedding server) that did not give an answer. {@link #retryable()} kinds may
 * succeed later: 429 (after {@link #retryAfter()} when the server says), 5xx and timeouts. The message carries the
 * status and the server's short error code, never the text that was sent.
 */
public class ModelServerException extends RuntimeException {
  public enum Kind {
    RATE_LIMITED, SERVER_ERROR, TIMEOUT, UNREACHABLE, REJECTED, MALFORMED, OPEN_CIRCUIT;

    /** Lower-case, as metrics tag it. */
    public String tag() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Kind kind;
  private final int status;
  private final Duration retryAfter;

  public ModelServerException(Kind kind, int status, Duration retryAfter, String message) {
    super(message);
    this.kind = kind;
    this.status = status;
    this.retryAfter = retryAfter;
  }

  public ModelServerException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.status = 0;
    this.retryAfter = null;
  }

  public Kind kind() {
    return kind;
  }

  /** The HTTP status, 0 when the server gave none. */
  public int status() {
    return status;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** 429, 5xx and timeouts: the only failures worth another attempt. */
  public boolean retryable() {
    return kind == Kind.RATE_LIMITED || kind == Kind.SERVER_ERROR || kind == Kind.TIMEOUT;
  }

  /** This exception, wherever it sits in {@code t}'s causes (LangChain4j wraps what its HTTP client throws). */
  public static Optional<ModelServerException> in(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof ModelServerException m) return Optional.of(m);
    }
    return Optional.empty();
  }
}
