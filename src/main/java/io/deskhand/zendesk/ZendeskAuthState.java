package io.deskhand.zendesk;

/**
 * Whether Zendesk accepts Deskhand's credentials, as the last answers said: a 2xx marks them accepted, a 401 or 403
 * failing until the next 2xx. The job worker holds jobs while they fail and resumes them after a success; /health
 * reports it.
 */
public final class ZendeskAuthState {
  /** What is known: nothing answered yet, the last answer was accepted, or it refused the credentials. */
  public enum Status { UNCHECKED, OK, FAILING }

  private volatile Status status = Status.UNCHECKED;

  void succeeded() {
    status = Status.OK;
  }

  void refused() {
    status = Status.FAILING;
  }

  public Status status() {
    return status;
  }

  public boolean failing() {
    return status == Status.FAILING;
  }

  /** As /health shows it. */
  public String wire() {
    return status.name().toLowerCase(java.util.Locale.ROOT);
  }
}
