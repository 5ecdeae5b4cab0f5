package io.deskhand.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * report.html: one self-contained file that opens offline. Tables are written here; the charts are drawn in the
 * browser by ECharts, inlined from its webjar on the classpath, from the report JSON embedded in the page.
 */
public final class ReportHtml {
  static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

  private ReportHtml() {}

  public static String render(ObjectNode report) {
    StringBuilder h = new StringBuilder(1_200_000);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Deskhand eval report</title>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<style>")
        .append("body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:1200px;color:#222;padding:0 1rem}")
        .append("table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #ddd;padding:.3rem .6rem;text-align:left;vertical-align:top}")
        .append("th{background:#f4f4f4}td.n{text-align:right;font-variant-numeric:tabular-nums}.chart{width:100%;height:380px;margin-bottom:1rem}")
        .append(".grid{display:grid;grid-template-columns:1fr 1fr;gap:1rem}.pair{display:grid;grid-template-columns:1fr 1fr;gap:.5rem}")
        .append("pre{background:#f7f7f7;padding:.6rem;white-space:pre-wrap}.muted{color:#777}.ex{border:1px solid #ddd;padding:.6rem;margin:.6rem 0}")
        .append("</style>\n</head><body>\n");
    h.append("<h1>Deskhand evaluation</h1>\n<p class=\"muted\">").append(esc(report.path("command_line").asText()))
        .append("<br>").append(esc(report.path("created_at").asText())).append(" · embedding model ")
        .append(esc(report.path("embedding_model").asText())).append(" · Deskhand ")
        .append(esc(report.path("versions").path("deskhand").asText())).append("</p>\n");
    protocol(h, report);
    fields(h, report);
    drafts(h, report);
    gaps(h, report);
    examples(h, report);
    h.append("<h2>Thresholds for deskhand.yaml</h2>\n<pre>").append(esc(report.path("policy_snippet").asText())).append("</pre>\n");
    h.append("<script>").append(echarts().replace("</script", "<\\/script")).append("</script>\n");
    h.append("<script type=\"application/json\" id=\"deskhand-report\">").append(jsonForScript(report)).append("</script>\n");
    h.append("<script>").append(CHARTS).append("</script>\n</body></html>\n");
    return h.toString();
  }

  private static void protocol(StringBuilder h, JsonNode r) {
    JsonNode p = r.path("protocol");
    h.append("<h2>Protocol</h2>\n<table><tr><th>split</th><th>train</th><th>test</th><th>index tickets</th><th>seed</th></tr><tr><td>")
        .append(esc(p.path("split").asText())).append("</td>").append(num(p.path("train_count"))).append(num(p.path("test_count")))
        .append(num(p.path("index_tickets"))).append(num(p.path("seed"))).append("</tr></table>\n");
    h.append("<table><tr><th>skipped rows</th><th>reason</th><th>count</th></tr>");
    r.path("skipped").fields().forEachRemaining(part -> part.getValue().fields().forEachRemaining(e ->
        h.append("<tr><td>").append(esc(part.getKey())).append("</td><td>").append(esc(e.getKey())).append("</td>")
            .append(num(e.getValue())).append("</tr>")));
    h.append("</table>\n<p class=\"muted\">Inputs: ");
    r.path("data_fingerprint").fields().forEachRemaining(e -> h.append(esc(e.getKey())).append(" ").append(esc(e.getValue().asText())).append("; "));
    h.append("</p>\n");
  }

  private static void fields(StringBuilder h, JsonNode r) {
    JsonNode fields = r.path("fields");
    h.append("<h2>Fields</h2>\n<p>Accuracy and macro-F1 count every test ticket's top prediction, abstained or not.</p>\n")
        .append("<table><tr><th>field</th><th>test tickets</th><th>accuracy</th><th>macro-F1</th><th>TF-IDF accuracy</th><th>TF-IDF macro-F1</th>")
        .append("<th>abstained</th><th>ECE</th><th>recommended threshold</th><th>coverage at target precision</th>")
        .append("<th>same label in top 1/3/5</th></tr>\n");
    fields.fields().forEachRemaining(e -> {
      JsonNode f = e.getValue();
      JsonNode b = f.path("baselines").path("tfidf");
      JsonNode ret = f.path("retrieval");
      h.append("<tr><td>").append(esc(e.getKey())).append("</td>").append(num(f.path("test_count"))).append(num(f.path("accuracy")))
          .append(num(f.path("macro_f1"))).append(num(b.path("accuracy"))).append(num(b.path("macro_f1")))
          .append(num(f.path("abstained"))).append(num(f.path("ece"))).append(num(f.path("recommended_threshold")))
          .append(num(f.path("coverage_at_target_precision"))).append("<td class=\"n\">")
          .append(esc(ret.path("same_label_in_top_1").asText("")) + " / " + esc(ret.path("same_label_in_top_3").asText(""))
              + " / " + esc(ret.path("same_label_in_top_5").asText(""))).append("</td></tr>\n");
    });
    h.append("</table>\n");
    models(h, fields);
    h.append("<h3>Readiness: share handled at the recommended threshold, by language</h3>\n")
        .append("<table><tr><th>field</th><th>language</th><th>test tickets</th><th>accuracy</th><th>handled</th><th>accuracy when handled</th></tr>\n");
    fields.fields().forEachRemaining(e -> e.getValue().path("by_language").fields().forEachRemaining(l -> {
      JsonNode v = l.getValue();
      h.append("<tr><td>").append(esc(e.getKey())).append("</td><td>").append(esc(l.getKey())).append("</td>")
          .append(num(v.path("test_count"))).append(num(v.path("accuracy"))).append(num(v.path("handled_at_recommended_threshold")))
          .append(num(v.path("accuracy_when_handled"))).append("</tr>\n");
    }));
    h.append("</table>\n");
    fields.fieldNames().forEachRemaining(f -> {
      String id = f.replaceAll("[^A-Za-z0-9_-]", "_");
      h.append("<h3>").append(esc(f)).append("</h3>\n<div class=\"grid\">")
          .append("<div class=\"chart\" id=\"coverage-").append(id).append("\" data-field=\"").append(esc(f)).append("\"></div>")
          .append("<div class=\"chart\" id=\"reliability-").append(id).append("\"></div></div>\n")
          .append("<div class=\"chart\" id=\"f1-").append(id).append("\"></div>\n")
          .append("<div class=\"chart\" style=\"height:").append(Math.max(420, 14 * fields.path(f).path("confusion").path("labels").size() + 160))
          .append("px\" id=\"confusion-").append(id).append("\"></div>\n");
    });
  }

  /** Per learned field: the candidates weighed on the held-back tickets at ingest, the chosen one first. */
  private static void models(StringBuilder h, JsonNode fields) {
    StringBuilder rows = new StringBuilder();
    fields.fields().forEachRemaining(e -> {
      JsonNode m = e.getValue().path("model");
      if (m.isMissingNode()) return;
      String chosen = m.path("chosen").asText();
      List<Map.Entry<String, JsonNode>> candidates = new ArrayList<>();
      m.path("held_back").fields().forEachRemaining(candidates::add);
      candidates.sort(Comparator.comparing((Map.Entry<String, JsonNode> c) -> !c.getKey().equals(chosen))
          .thenComparing(c -> -c.getValue().path("accuracy").asDouble()));
      if (candidates.isEmpty()) {
        rows.append("<tr><td>").append(esc(e.getKey())).append("</td><td><b>").append(esc(chosen))
            .append("</b> (too few held-back tickets to choose)</td><td></td><td></td></tr>\n");
      }
      for (Map.Entry<String, JsonNode> c : candidates) {
        boolean isChosen = c.getKey().equals(chosen);
        rows.append("<tr><td>").append(isChosen ? esc(e.getKey()) : "").append("</td><td>")
            .append(isChosen ? "<b>" + esc(c.getKey()) + "</b> (chosen)" : esc(c.getKey())).append("</td>")
            .append(num(c.getValue().path("accuracy"))).append(num(c.getValue().path("log_loss"))).append("</tr>\n");
      }
    });
    if (rows.isEmpty()) return;
    h.append("<h3>Model chosen per field at ingest</h3>\n<p>Scores on the held-back fifth of the training tickets: ")
        .append("<i>linear</i> is logistic regression on n-grams and the embedding, <i>tfidf</i> the same on n-grams only ")
        .append("(the baseline's model), <i>signals</i> the tone and urgency scores priority also reads, <i>knn</i> the ")
        .append("nearest solved tickets' vote, <i>prior</i> the taxonomy; \"+\" is a blend. Another regression replaces ")
        .append("<i>linear</i> only when it gets clearly more tickets right.</p>\n")
        .append("<table><tr><th>field</th><th>candidate</th><th>held-back accuracy</th><th>held-back log-loss</th></tr>\n")
        .append(rows).append("</table>\n");
  }

  private static void drafts(StringBuilder h, JsonNode r) {
    JsonNode d = r.path("drafts");
    h.append("<h2>Drafts versus the agents' real replies</h2>\n");
    if (d.isMissingNode()) {
      h.append("<p class=\"muted\">The input has no agent replies, so drafts were not scored.</p>\n");
      return;
    }
    h.append("<p>Of ").append(esc(d.path("test_count").asText())).append(" test tickets with a reply, Deskhand reused a reply for ")
        .append(pct(d.path("drafted"))).append(", asked a clarifying question for ").append(pct(d.path("clarified")))
        .append(" and declined ").append(pct(d.path("declined"))).append(" (a declined draft scores 0).");
    JsonNode usable = d.path("usable");
    if (usable.has("precision_at_gate")) {
      h.append(" Usable among the reused replies: ").append(pct(usable.path("precision_at_gate")))
          .append(" (").append(esc(usable.path("definition").asText())).append(").");
    }
    h.append("</p>\n<table><tr><th>language (tickets)</th><th>method</th><th>ROUGE-L F1</th><th>embedding similarity</th></tr>\n");
    table(h, "all", d);
    d.path("by_language").fields().forEachRemaining(l -> table(h, l.getKey(), l.getValue()));
    h.append("</table>\n");
  }

  private static void table(StringBuilder h, String lang, JsonNode v) {
    row(h, lang + " (" + v.path("test_count").asText() + ")", "Deskhand, every ticket", v);
    row(h, lang, "nearest ticket's reply", v.path("baselines").path("nearest_reply"));
    row(h, lang, "generic polite reply", v.path("baselines").path("generic"));
    JsonNode d = v.path("drafted_only");
    if (d.path("test_count").asInt() > 0) {
      row(h, lang + " (" + d.path("test_count").asText() + " drafted)", "Deskhand, drafted only", d);
      row(h, lang, "nearest reply, same tickets", d.path("baselines").path("nearest_reply"));
    }
  }

  private static String pct(JsonNode share) {
    return esc(Math.round(share.asDouble() * 1000) / 10.0 + "%");
  }

  private static void row(StringBuilder h, String lang, String method, JsonNode v) {
    h.append("<tr><td>").append(esc(lang)).append("</td><td>").append(esc(method)).append("</td>").append(num(v.path("rouge_l")))
        .append(num(v.path("embedding_similarity"))).append("</tr>\n");
  }

  private static void gaps(StringBuilder h, JsonNode r) {
    JsonNode g = r.path("knowledge_gaps");
    h.append("<h2>Knowledge gaps</h2>\n<p>").append(esc(g.path("gap_tickets").asText("0")))
        .append(" test tickets had no source close enough to draft from (").append(esc(g.path("no_draft").asText("0")))
        .append(") or a draft far from the agent's reply (").append(esc(g.path("draft_far_from_reply").asText("0")))
        .append("). Topics:</p>\n<table><tr><th>tickets</th><th>languages</th><th>most common label</th><th>examples</th></tr>\n");
    for (JsonNode t : g.path("topics")) {
      h.append("<tr>").append(num(t.path("size"))).append("<td>");
      t.path("languages").fields().forEachRemaining(e -> h.append(esc(e.getKey())).append(" ").append(e.getValue().asInt()).append(" "));
      h.append("</td><td>");
      for (Iterator<Map.Entry<String, JsonNode>> it = t.fields(); it.hasNext(); ) {
        var e = it.next();
        if (e.getKey().startsWith("top_") && !e.getKey().endsWith("_count")) h.append(esc(e.getValue().asText()));
      }
      h.append("</td><td>");
      for (JsonNode x : t.path("examples")) h.append(esc(x.asText())).append("<br>");
      h.append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void examples(StringBuilder h, JsonNode r) {
    h.append("<h2>Examples</h2>\n");
    for (JsonNode e : r.path("examples")) {
      h.append("<div class=\"ex\"><b>").append(esc(e.path("kind").asText())).append("</b> · ticket ").append(esc(e.path("id").asText()))
          .append(" · ").append(esc(e.path("language").asText()));
      if (e.has("truth")) {
        h.append(" · ").append(esc(e.path("field").asText())).append(": truth <b>").append(esc(e.path("truth").asText()))
            .append("</b>, predicted <b>").append(esc(e.path("predicted").asText())).append("</b> (").append(esc(e.path("confidence").asText())).append(")");
      }
      if (e.has("rouge_l")) h.append(" · ROUGE-L ").append(esc(e.path("rouge_l").asText()));
      h.append("<pre>").append(esc(e.path("text").asText())).append("</pre><div class=\"pair\"><div><b>Deskhand draft</b> (")
          .append(esc(e.path("draft_method").asText())).append(")<pre>").append(esc(e.path("draft").asText()))
          .append("</pre></div><div><b>Agent's reply</b><pre>").append(esc(e.path("reply").asText())).append("</pre></div></div></div>\n");
    }
  }

  private static String num(JsonNode v) {
    return "<td class=\"n\">" + (v == null || v.isMissingNode() || v.isNull() ? "" : esc(v.asText())) + "</td>";
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** JSON inside a script element: no '<' may appear, so no "</script>" in a ticket can end it early. */
  static String jsonForScript(JsonNode report) {
    return report.toString().replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
  }

  static String echarts() {
    try (InputStream in = ReportHtml.class.getClassLoader().getResourceAsStream(ECHARTS)) {
      if (in == null) throw new IllegalStateException("the ECharts webjar (" + ECHARTS + ") is missing from the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String CHARTS = """
      (function () {
        var report = JSON.parse(document.getElementById('deskhand-report').textContent);
        function draw(id, option) {
          var el = document.getElementById(id);
          if (!el) return;
          option.animation = false;
          echarts.init(el, null, {renderer: 'canvas'}).setOption(option);
        }
        Object.keys(report.fields || {}).forEach(function (field) {
          var m = report.fields[field];
          var id = field.replace(/[^A-Za-z0-9_-]/g, '_');
          var marks = m.recommended_threshold == null ? [] : [{xAxis: m.recommended_threshold, name: 'recommended'}];
          draw('coverage-' + id, {
            title: {text: field + ': coverage and accuracy by threshold', textStyle: {fontSize: 14}},
            tooltip: {trigger: 'axis'}, legend: {top: 24},
            xAxis: {type: 'value', name: 'threshold', min: 0, max: 1}, yAxis: {type: 'value', min: 0, max: 1},
            series: [
              {name: 'coverage', type: 'line', data: m.coverage_curve.map(function (p) { return [p.threshold, p.coverage]; }),
               markLine: {symbol: 'none', data: marks}},
              {name: 'accuracy when handled', type: 'line', data: m.coverage_curve.map(function (p) { return [p.threshold, p.accuracy]; })}
            ]});
          draw('reliability-' + id, {
            title: {text: field + ': reliability (ECE ' + m.ece + ')', textStyle: {fontSize: 14}},
            tooltip: {trigger: 'item'}, legend: {top: 24},
            xAxis: {type: 'value', name: 'confidence', min: 0, max: 1}, yAxis: {type: 'value', name: 'accuracy', min: 0, max: 1},
            series: [
              {name: 'accuracy per bin', type: 'bar', barWidth: '8%',
               data: m.reliability.filter(function (b) { return b.count > 0; })
                 .map(function (b) { return [(b.lower + b.upper) / 2, b.accuracy, b.count]; })},
              {name: 'perfect calibration', type: 'line', symbol: 'none', data: [[0, 0], [1, 1]]}
            ]});
          var classes = Object.keys(m.per_class).sort(function (a, b) { return m.per_class[a].f1 - m.per_class[b].f1; });
          draw('f1-' + id, {
            title: {text: field + ': F1 per class', textStyle: {fontSize: 14}}, tooltip: {trigger: 'axis'},
            grid: {bottom: 140}, xAxis: {type: 'category', data: classes, axisLabel: {rotate: 60, interval: 0, fontSize: 9}},
            yAxis: {type: 'value', min: 0, max: 1},
            series: [{name: 'F1', type: 'bar', data: classes.map(function (c) { return m.per_class[c].f1; })}]});
          var labels = m.confusion.labels, cells = [], max = 1;
          m.confusion.matrix.forEach(function (row, t) {
            row.forEach(function (v, p) { if (v > 0) { cells.push([p, t, v]); max = Math.max(max, v); } });
          });
          draw('confusion-' + id, {
            title: {text: field + ': confusion matrix (rows truth, columns predicted)', textStyle: {fontSize: 14}},
            tooltip: {formatter: function (p) { return 'truth ' + labels[p.value[1]] + '<br>predicted ' + labels[p.value[0]] + ': ' + p.value[2]; }},
            grid: {left: 160, bottom: 140, right: 80},
            xAxis: {type: 'category', data: labels, axisLabel: {rotate: 60, interval: 0, fontSize: 9}},
            yAxis: {type: 'category', data: labels, inverse: true, axisLabel: {interval: 0, fontSize: 9}},
            visualMap: {min: 0, max: max, calculable: true, orient: 'vertical', right: 0, top: 'middle'},
            series: [{type: 'heatmap', data: cells}]});
        });
      })();
      """;
}
