package io.deskhand.llm;

import java.util.concurrent.atomic.AtomicLong;

/** Calls and tokens spent on a model server since start, for `eval`'s report (the same counts are in /metrics). */
public final class LlmUsage {
  private final AtomicLong calls = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong promptTokens = new AtomicLong();
  private final AtomicLong completionTokens = new AtomicLong();

  void answered(LanguageModel.Completion c) {
    calls.incrementAndGet();
    promptTokens.addAndGet(c.promptTokens());
    completionTokens.addAndGet(c.completionTokens());
  }

  void failed() {
    calls.incrementAndGet();
    failed.incrementAndGet();
  }

  public long calls() {
    return calls.get();
  }

  public long failedCalls() {
    return failed.get();
  }

  public long promptTokens() {
    return promptTokens.get();
  }

  public long completionTokens() {
    return completionTokens.get();
  }
}
