package io.deskhand.progress;

import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts the progress lines of long work on one stream and keeps the phase under way, so a running service can say
 * how far a background run is ({@code /health}) while the same lines go to its log.
 */
public final class ProgressBoard {
  private final PrintStream out;
  private final AtomicReference<Progress> current = new AtomicReference<>();

  public ProgressBoard(PrintStream out) {
    this.out = out;
  }

  public Progress start(String label, long total) {
    Progress p = new Progress(label, total, out);
    current.set(p);
    return p;
  }

  /** The phase started last, if any since {@link #clear}. */
  public Optional<Progress.Snapshot> current() {
    return Optional.ofNullable(current.get()).map(Progress::snapshot);
  }

  public void clear() {
    current.set(null);
  }

  /** The stream the lines go to, for the one-line messages between phases. */
  public PrintStream out() {
    return out;
  }
}
