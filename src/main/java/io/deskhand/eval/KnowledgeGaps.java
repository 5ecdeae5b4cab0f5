package io.deskhand.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deskhand.triage.Triage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Topics the knowledge base does not cover: test tickets Deskhand could not draft for (no source close enough) or
 * whose draft was far from the agent's reply, grouped greedily by embedding: a ticket joins the first topic whose
 * centroid is within {@link Evaluation#CLUSTER_SIMILARITY} cosine, else starts a new one.
 */
final class KnowledgeGaps {
  private static final int MAX_TOPICS = 15;

  private KnowledgeGaps() {}

  static ObjectNode find(List<EvalTicket> test, Triage[] triages, List<float[]> vectors, Double[] draftSimilarity, List<String> fields) {
    List<Integer> gaps = new ArrayList<>();
    int declined = 0;
    int far = 0;
    for (int i = 0; i < test.size(); i++) {
      // a clarifying question means nothing in the knowledge base was close enough to reuse: a gap too
      boolean none = triages[i].draft().declined() || triages[i].draft().method().equals(io.deskhand.draft.Draft.CLARIFY);
      boolean distant = !none && draftSimilarity[i] != null && draftSimilarity[i] < Evaluation.GAP_SIMILARITY;
      if (none) declined++;
      if (distant) far++;
      if (none || distant) gaps.add(i);
    }
    List<double[]> centroids = new ArrayList<>();
    List<List<Integer>> members = new ArrayList<>();
    for (int i : gaps) {
      float[] v = vectors.get(i);
      int best = -1;
      double bestSim = Evaluation.CLUSTER_SIMILARITY;
      for (int c = 0; c < centroids.size(); c++) {
        double s = cosine(centroids.get(c), v);
        if (s >= bestSim) {
          bestSim = s;
          best = c;
        }
      }
      if (best < 0) {
        centroids.add(new double[v.length]);
        members.add(new ArrayList<>());
        best = centroids.size() - 1;
      }
      double[] c = centroids.get(best);
      for (int d = 0; d < v.length; d++) c[d] += v[d];
      members.get(best).add(i);
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("gap_tickets", gaps.size());
    out.put("no_draft", declined);
    out.put("draft_far_from_reply", far);
    out.put("share", FieldMetrics.round(test.isEmpty() ? 0 : gaps.size() / (double) test.size()));
    ArrayNode topics = out.putArray("topics");
    members.stream().sorted(Comparator.comparingInt(m -> -m.size())).limit(MAX_TOPICS).forEach(m -> {
      ObjectNode t = topics.addObject();
      t.put("size", m.size());
      Map<String, Integer> langs = new TreeMap<>();
      Map<String, Integer> labels = new TreeMap<>();
      for (int i : m) {
        langs.merge(triages[i].language().code(), 1, Integer::sum);
        if (!fields.isEmpty()) {
          String l = test.get(i).labels().get(fields.get(0));
          if (l != null) labels.merge(l, 1, Integer::sum);
        }
      }
      ObjectNode ln = t.putObject("languages");
      langs.forEach(ln::put);
      labels.entrySet().stream().max(Map.Entry.comparingByValue())
          .ifPresent(e -> t.put("top_" + fields.get(0), e.getKey()).put("top_" + fields.get(0) + "_count", e.getValue()));
      ArrayNode examples = t.putArray("examples");
      m.stream().limit(3).forEach(i -> examples.add(test.get(i).headline()));
    });
    return out;
  }

  private static double cosine(double[] c, float[] v) {
    double dot = 0, nc = 0, nv = 0;
    for (int d = 0; d < v.length; d++) {
      dot += c[d] * v[d];
      nc += c[d] * c[d];
      nv += v[d] * v[d];
    }
    return nc == 0 || nv == 0 ? 0 : dot / Math.sqrt(nc * nv);
  }
}
