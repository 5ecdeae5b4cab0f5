package io.deskhand.progress;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints "label: done/total (pct) rate/s ETA" on stderr, at most once a second and once at the end; for a phase that
 * runs for a set time instead of a set count, "label: done rate/s elapsed of length (pct) ETA".
 */
public final class Progress {
  private final String label;
  private final long total;
  /** Length of a timed phase in seconds; 0 for a counted one. */
  private final double seconds;
  private final PrintStream out;
  private final long startNanos = System.nanoTime();
  private long done;
  private long lastPrintNanos;

  public Progress(String label, long total, PrintStream out) {
    this(label, total, 0, out);
  }

  private Progress(String label, long total, double seconds, PrintStream out) {
    this.label = label;
    this.total = total;
    this.seconds = seconds;
    this.out = out;
  }

  /** A phase that runs for {@code seconds}, however much it gets done. */
  public static Progress timed(String label, double seconds, PrintStream out) {
    return new Progress(label, 0, seconds, out);
  }

  public synchronized void advance(long n) {
    done += n;
    long now = System.nanoTime();
    if (now - lastPrintNanos >= 1_000_000_000L) {
      lastPrintNanos = now;
      print(now, false);
    }
  }

  public synchronized long done() {
    return done;
  }

  /** Where a counted phase stands: done of total, and the seconds left at the rate so far (null when unknown). */
  public record Snapshot(String label, long done, long total, Double etaSeconds) {}

  public synchronized Snapshot snapshot() {
    double secs = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
    double rate = done / secs;
    Double eta = total > 0 && rate > 0 ? Math.max(0, (total - done) / rate) : null;
    return new Snapshot(label, done, total, eta);
  }

  public synchronized void finish() {
    print(System.nanoTime(), true);
  }

  private void print(long now, boolean last) {
    double secs = Math.max(1e-3, (now - startNanos) / 1e9);
    double rate = done / secs;
    if (seconds > 0) {
      out.printf(Locale.ROOT, "%s: %d done %.1f/s %s of %s (%.0f%%) %s %s%n", label, done, rate, formatSeconds(secs),
          formatSeconds(seconds), Math.min(100, 100 * secs / seconds), last ? "took" : "ETA",
          last ? formatSeconds(secs) : formatSeconds(Math.max(0, seconds - secs)));
      return;
    }
    String eta = total > 0 && rate > 0 && done < total ? formatSeconds((total - done) / rate) : "0s";
    String pct = total > 0 ? String.format(Locale.ROOT, " (%.0f%%)", 100.0 * done / total) : "";
    out.printf(Locale.ROOT, "%s: %d/%d%s %.1f/s %s %s%n", label, done, total, pct, rate,
        last ? "took" : "ETA", last ? formatSeconds(secs) : eta);
  }

  static String formatSeconds(double s) {
    if (s < 60) return String.format(Locale.ROOT, "%.0fs", s);
    if (s < 3600) return String.format(Locale.ROOT, "%dm%02ds", (long) s / 60, (long) s % 60);
    return String.format(Locale.ROOT, "%dh%02dm", (long) s / 3600, ((long) s % 3600) / 60);
  }
}
