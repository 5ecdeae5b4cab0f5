package io.deskhand.zendesk;

/**
 * A Zendesk call failed. Subtypes say whether trying again can help: {@link ZendeskRetryableException} (429, 5xx,
 * timeouts, connection errors) or {@link ZendeskRejectedException} (other 4xx). Messages name the method, path and
 * status, never credentials.
 */
public class ZendeskException extends RuntimeException {
  private final int status;

  public ZendeskException(String message, int status) {
    super(message);
    this.status = status;
  }

  public ZendeskException(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** HTTP status, or 0 when no response arrived. */
  public int status() {
    return status;
  }
}
