package io.deskhand.jobs;

import java.util.Locale;

/** Where a job stands. {@code done}, {@code failed} and {@code skipped} are final. */
public enum JobStatus {
  QUEUED, RUNNING, DONE, FAILED, SKIPPED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  static JobStatus ofWire(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}
