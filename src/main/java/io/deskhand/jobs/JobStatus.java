package io.deskhand.jobs;

import java.util.Locale;

/**
 * Where a job stands. {@code done}, {@code failed} and {@code skipped} are final; {@code blocked_auth} waits for
 * Zendesk to accept Deskhand's credentials again (a 401 or 403), then the job is queued again.
 */
public enum JobStatus {
  QUEUED, RUNNING, DONE, FAILED, SKIPPED, BLOCKED_AUTH;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  static JobStatus ofWire(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}
