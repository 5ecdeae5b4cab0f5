package io.deskhand.progress;

import java.io.PrintStream;
import java.util.Locale;

/** Prints "label: done/total (pct) rate/s ETA" on stderr, at most once a second and once at the end. */
public final class Progress {
  private final String label;
  private final long total;
  private final PrintStream out;
  private final long startNanos = System.nanoTime();
  private long done;
  private long lastPrintNanos;

  public Progress(String label, long total, PrintStream out) {
    this.label = label;
    this.total = total;
    this.out = out;
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

  public synchronized void finish() {
    print(System.nanoTime(), true);
  }

  private void print(long now, boolean last) {
    double secs = Math.max(1e-3, (now - startNanos) / 1e9);
    double rate = done / secs;
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
