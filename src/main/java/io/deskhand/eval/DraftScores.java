package io.deskhand.eval;

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
 * declined draft scores 0 (an agent gets nothing from it).
 *
 * @param report null when no test ticket has a reply
 * @param rouge per test ticket, null without a reply
 * @param llmRouge per test ticket, for `eval --drafter llm`'s drafts; null without a reply or without that run
 */
record DraftScores(ObjectNode report, Double[] rouge, Double[] similarity, Double[] llmRouge) {

  static DraftScores score(List<EvalTicket> test, Triage[] triages, VectorCache cache, PrintStream log) throws IOException {
    return score(test, triages, null, cache, log);
  }

  /** @param llmDrafts `eval --drafter llm`'s drafts per test ticket (null: not asked), scored beside the others */
  static DraftScores score(List<EvalTicket> test, Triage[] triages, Draft[] llmDrafts, VectorCache cache, PrintStream log)
      throws IOException {
    Double[] rouge = new Double[test.size()];
    Double[] similarity = new Double[test.size()];
    Double[] llmRouge = new Double[test.size()];
    List<Integer> withReply = new ArrayList<>();
    for (int i = 0; i < test.size(); i++) if (!test.get(i).reply().isBlank()) withReply.add(i);
    if (withReply.isEmpty()) return new DraftScores(null, rouge, similarity, llmRouge);
    String[] names = llmDrafts == null ? new String[] {"deskhand", "nearest_reply", "generic"}
        : new String[] {"deskhand", "nearest_reply", "generic", "llm"};
    int stride = names.length + 1;
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
    Map<String, Map<String, double[]>> sums = new LinkedHashMap<>(); // method -> language -> {rouge, sim, n}
    for (String n : names) sums.put(n, new TreeMap<>());
    int drafted = 0;
    int llmDrafted = 0;
    Map<String, Integer> llmMethods = new TreeMap<>();
    for (int k = 0; k < withReply.size(); k++) {
      int i = withReply.get(k);
      String reply = texts.get(stride * k);
      String lang = triages[i].language().code();
      for (int m = 0; m < names.length; m++) {
        String candidate = texts.get(stride * k + 1 + m);
        double r = candidate.isBlank() ? 0 : TextScores.rougeL(candidate, reply);
        double s = candidate.isBlank() ? 0 : Math.max(0, TextScores.cosine(vectors.get(stride * k + 1 + m), vectors.get(stride * k)));
        for (String key : List.of("all", lang)) {
          double[] acc = sums.get(names[m]).computeIfAbsent(key, x -> new double[3]);
          acc[0] += r;
          acc[1] += s;
          acc[2]++;
        }
        if (m == 0) {
          rouge[i] = r;
          similarity[i] = s;
        }
        if (m == 3) llmRouge[i] = r;
      }
      if (!triages[i].draft().declined()) drafted++;
      if (llmDrafts != null) {
        if (!llmDrafts[i].declined()) llmDrafted++;
        llmMethods.merge(llmDrafts[i].method(), 1, Integer::sum);
      }
    }
    ObjectNode report = JsonNodeFactory.instance.objectNode();
    put(report, sums.get("deskhand").get("all"));
    report.put("test_count", withReply.size());
    report.put("drafted", FieldMetrics.round(drafted / (double) withReply.size()));
    ObjectNode baselines = report.putObject("baselines");
    for (String n : List.of("nearest_reply", "generic")) put(baselines.putObject(n), sums.get(n).get("all"));
    ObjectNode byLanguage = report.putObject("by_language");
    sums.get("deskhand").forEach((lang, acc) -> {
      if (lang.equals("all")) return;
      ObjectNode l = byLanguage.putObject(lang);
      put(l, acc);
      l.put("test_count", (int) acc[2]);
      ObjectNode lb = l.putObject("baselines");
      for (String n : List.of("nearest_reply", "generic")) put(lb.putObject(n), sums.get(n).get(lang));
      if (llmDrafts != null) put(l.putObject("llm"), sums.get("llm").get(lang));
    });
    if (llmDrafts != null) {
      // the same fields for the language model's drafts (a fallback counts with the extractive draft it fell back to)
      ObjectNode llm = report.putObject("llm");
      put(llm, sums.get("llm").get("all"));
      llm.put("test_count", withReply.size());
      llm.put("drafted", FieldMetrics.round(llmDrafted / (double) withReply.size()));
      ObjectNode methods = llm.putObject("methods");
      llmMethods.forEach(methods::put);
      ObjectNode llmByLanguage = llm.putObject("by_language");
      sums.get("llm").forEach((lang, acc) -> {
        if (lang.equals("all")) return;
        put(llmByLanguage.putObject(lang), acc);
        ((ObjectNode) llmByLanguage.get(lang)).put("test_count", (int) acc[2]);
      });
    }
    return new DraftScores(report, rouge, similarity, llmRouge);
  }

  private static void put(ObjectNode node, double[] acc) {
    node.put("rouge_l", FieldMetrics.round(acc[0] / acc[2]));
    node.put("embedding_similarity", FieldMetrics.round(acc[1] / acc[2]));
  }

  static String nearestReply(Triage t) {
    return t.similarTickets().isEmpty() ? "" : t.similarTickets().get(0).ticket().resolution();
  }

  static String generic(String language) {
    return Evaluation.GENERIC_REPLIES.getOrDefault(language, Evaluation.GENERIC_REPLIES.get("en"));
  }
}
