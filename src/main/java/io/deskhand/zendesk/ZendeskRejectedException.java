package io.deskhand.zendesk;

/** A 4xx other than 429: the request itself is wrong (or the record is gone); repeating it will not help. */
public class ZendeskRejectedException extends ZendeskException {
  private final String error;

  public ZendeskRejectedException(String message, int status, String error) {
    super(message, status);
    this.error = error;
  }

  /** Zendesk's {@code error} field, e.g. RecordNotFound or UpdateConflict; empty when absent. */
  public String error() {
    return error;
  }

  public boolean isConflict() {
    return status() == 409;
  }

  public boolean isNotFound() {
    return status() == 404;
  }
}
