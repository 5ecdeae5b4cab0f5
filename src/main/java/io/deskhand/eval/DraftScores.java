package io.deskhand.eval;

import io.deskhand.draft.TextScores;
import io.deskhand.embedding.Vectors;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deskhand.draft.Draft;
import io.deskhand.triage.Triage;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Drafts against the agent's real reply, where the input has one: ROUGE-L F1 and embedding cosine, for Deskhand's
 * draft and two baselines: the nearest solved ticket's reply as is, and a fixed polite reply per language. A
 * declined draft scores 0 (an agent gets nothing from it); a clarifying reply is scored as the text it is.
 *
 * <p>Reported over every test ticket with a reply, and over the drafted ones only (a reused reply: method
 * extractive or llm), each beside the baselines on the same tickets, overall and by language; with the share of
 * drafted tickets whose draft was usable (embedding similarity to the real reply at or above the draft gate's bar
 * for the language, fitted at ingest: see DraftGateTraining).
 *
 * @param report null when no test ticket has a reply
 * @param rouge per test ticket, null without a reply
 * @param llmRouge per test ticket, for `eval --drafter llm`'s drafts; null without a reply or without that run
 */
record DraftScores(ObjectNode report, Double[] rouge, Double[] similarity, Double[] llmRouge) {
  private static final String[] NAMES = {"deskhand", "nearest_reply", "generic", "llm"};
  private static final int LLM = 3;

  /** Sums of each method's scores over a set of tickets. */
  private static final class Sums {
    final double[] rouge = new double[NAMES.length];
    final double[] similarity = new double[NAMES.length];
    int n;
    int usable;
    int judged;
  }

  /**
   * @param llmDrafts `eval --drafter llm`'s drafts per test ticket (null: not asked), scored beside the others
   * @param usableBar language -> ROUGE-L against the real reply above which a draft counts as usable ("other" for the rest);
   *     empty when no draft gate was fitted (then no usable share is reported)
   */
  static DraftScores score(List<EvalTicket> test, Triage[] triages, Draft[] llmDrafts, VectorCache cache,
                           Map<String, Double> usableBar, PrintStream log) throws IOException {
    Double[] rouge = new Double[test.size()];
    Double[] similarity = new Double[test.size()];
    Double[] llmRouge = new Double[test.size()];
    List<Integer> withReply = new ArrayList<>();
    for (int i = 0; i < test.size(); i++) if (!test.get(i).reply().isBlank()) withReply.add(i);
    if (withReply.isEmpty()) return new DraftScores(null, rouge, similarity, llmRouge);
    int scored = llmDrafts == null ? 3 : 4;
    int stride = scored + 1;
    List<String> texts = new ArrayList<>();
    for (int i : withReply) {
      Triage t = triages[i];
      texts.add(test.get(i).reply());
      texts.add(t.draft().declined() ? "" : t.draft().body());
      texts.add(nearestReply(t));
      texts.add(generic(t.language().code()));
      if (llmDrafts != null) texts.add(llmDrafts[i].declined() ? "" : llmDrafts[i].body());
    }
    List<float[]> vectors = cache.vectors(texts.stream().map(x -> x.isBlank() ? "." : x).toList(), "eval embed drafts and replies", log);
    Map<String, Sums> all = new TreeMap<>();
    Map<String, Sums> drafted = new TreeMap<>();
    Map<String, Sums> byMethod = new TreeMap<>();
    Map<String, Sums> llmByMethod = new TreeMap<>();
    for (int k = 0; k < withReply.size(); k++) {
      int i = withReply.get(k);
      Draft draft = triages[i].draft();
      String reply = texts.get(stride * k);
      String lang = triages[i].language().code();
      boolean reused = draft.method().equals(Draft.EXTRACTIVE) || draft.method().equals(Draft.LLM);
      double[] r = new double[NAMES.length];
      double[] s = new double[NAMES.length];
      for (int m = 0; m < scored; m++) {
        String candidate = texts.get(stride * k + 1 + m);
        r[m] = candidate.isBlank() ? 0 : TextScores.rougeL(candidate, reply);
        s[m] = candidate.isBlank() ? 0 : Math.max(0, Vectors.cosine(vectors.get(stride * k + 1 + m), vectors.get(stride * k)));
      }
      rouge[i] = r[0];
      similarity[i] = s[0];
      if (llmDrafts != null) {
        llmRouge[i] = r[LLM];
        add(llmByMethod.computeIfAbsent(llmDrafts[i].method(), x -> new Sums()), r, s);
      }
      for (String key : List.of("all", lang)) {
        add(all.computeIfAbsent(key, x -> new Sums()), r, s);
        if (reused) {
          Sums d = add(drafted.computeIfAbsent(key, x -> new Sums()), r, s);
          if (!usableBar.isEmpty()) {
            d.judged++;
            if (r[0] >= usableBar.getOrDefault(lang, usableBar.getOrDefault("other", 1.0))) d.usable++;
          }
        }
      }
      add(byMethod.computeIfAbsent(draft.method(), x -> new Sums()), r, s);
    }
    ObjectNode report = JsonNodeFactory.instance.objectNode();
    int total = withReply.size();
    summary(report, all.get("all"), drafted.get("all"));
    report.put("test_count", total);
    report.put("drafted", share(byMethod, List.of(Draft.EXTRACTIVE, Draft.LLM), total));
    report.put("clarified", share(byMethod, List.of(Draft.CLARIFY), total));
    report.put("declined", share(byMethod, List.of(Draft.NONE), total));
    ObjectNode methods = report.putObject("by_method");
    byMethod.forEach((m, sums) -> put(methods.putObject(m).put("test_count", sums.n), sums, 0));
    if (!usableBar.isEmpty()) {
      ObjectNode u = report.putObject("usable");
      u.put("definition", "a drafted (reused) reply whose ROUGE-L against the agent's real reply is at least the bar for its "
          + "language; the bar is fitted at ingest as the lower quartile of held-back drafts that reused a reply of the right "
          + "intent. ROUGE-L, not embedding similarity: the bundled embedding is English-only, so its cosine means less in "
          + "French, German and Spanish, while word overlap reads every language alike");
      usableBar.forEach(u.putObject("bar")::put);
      Sums d = drafted.get("all");
      if (d != null && d.judged > 0) u.put("precision_at_gate", FieldMetrics.round(d.usable / (double) d.judged)).put("drafted_count", d.judged);
    }
    ObjectNode byLanguage = report.putObject("by_language");
    all.forEach((lang, sums) -> {
      if (lang.equals("all")) return;
      ObjectNode l = byLanguage.putObject(lang);
      summary(l, sums, drafted.get(lang));
      l.put("test_count", sums.n);
      Sums d = drafted.get(lang);
      l.put("drafted", FieldMetrics.round(d == null ? 0 : d.n / (double) sums.n));
      if (d != null && d.judged > 0) l.put("usable_precision", FieldMetrics.round(d.usable / (double) d.judged));
      if (llmDrafts != null) put(l.putObject("llm"), sums, LLM);
    });
    if (llmDrafts != null) {
      // the same fields for the language model's drafts (a fallback counts with the extractive draft it fell back to)
      ObjectNode llm = report.putObject("llm");
      put(llm, all.get("all"), LLM);
      llm.put("test_count", total);
      int llmDrafted = 0;
      for (var e : llmByMethod.entrySet()) if (!e.getKey().equals(Draft.NONE)) llmDrafted += e.getValue().n;
      llm.put("drafted", FieldMetrics.round(llmDrafted / (double) total));
      ObjectNode llmMethods = llm.putObject("methods");
      llmByMethod.forEach((m, sums) -> llmMethods.put(m, sums.n));
      ObjectNode llmByLanguage = llm.putObject("by_language");
      all.forEach((lang, sums) -> {
        if (!lang.equals("all")) put(llmByLanguage.putObject(lang).put("test_count", sums.n), sums, LLM);
      });
    }
    return new DraftScores(report, rouge, similarity, llmRouge);
  }

  private static Sums add(Sums sums, double[] r, double[] s) {
    for (int m = 0; m < NAMES.length; m++) {
      sums.rouge[m] += r[m];
      sums.similarity[m] += s[m];
    }
    sums.n++;
    return sums;
  }

  /** Deskhand's scores and the baselines', over all tickets and over the drafted ones. */
  private static void summary(ObjectNode node, Sums all, Sums drafted) {
    put(node, all, 0);
    ObjectNode baselines = node.putObject("baselines");
    put(baselines.putObject(NAMES[1]), all, 1);
    put(baselines.putObject(NAMES[2]), all, 2);
    ObjectNode d = node.putObject("drafted_only");
    if (drafted == null) {
      d.put("test_count", 0);
      return;
    }
    put(d, drafted, 0);
    d.put("test_count", drafted.n);
    ObjectNode db = d.putObject("baselines");
    put(db.putObject(NAMES[1]), drafted, 1);
    put(db.putObject(NAMES[2]), drafted, 2);
  }

  private static void put(ObjectNode node, Sums sums, int method) {
    node.put("rouge_l", FieldMetrics.round(sums.rouge[method] / sums.n));
    node.put("embedding_similarity", FieldMetrics.round(sums.similarity[method] / sums.n));
  }

  private static double share(Map<String, Sums> byMethod, List<String> methods, int total) {
    int n = 0;
    for (String m : methods) if (byMethod.containsKey(m)) n += byMethod.get(m).n;
    return FieldMetrics.round(n / (double) total);
  }

  static String nearestReply(Triage t) {
    return t.similarTickets().isEmpty() ? "" : t.similarTickets().get(0).ticket().resolution();
  }

  static String generic(String language) {
    return Evaluation.GENERIC_REPLIES.getOrDefault(language, Evaluation.GENERIC_REPLIES.get("en"));
  }
}
