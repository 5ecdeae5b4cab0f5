package io.deskhand.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ReportHtmlTest {
  @Test
  void the_model_table_shows_each_fields_candidates_with_the_chosen_one_first() throws Exception {
    // given: what report.json says of a field whose TF-IDF regression won on the held-back tickets
    ObjectNode report = (ObjectNode) new ObjectMapper().readTree("""
        {"fields": {"priority": {"accuracy": 0.59, "model": {"chosen": "tfidf", "held_back_count": 480, "held_back": {
          "knn": {"accuracy": 0.46, "log_loss": 2.76}, "linear": {"accuracy": 0.55, "log_loss": 1.12},
          "linear+knn": {"accuracy": 0.55, "log_loss": 1.10}, "tfidf": {"accuracy": 0.585, "log_loss": 1.03}}}},
          "tone": {"accuracy": 0.7}}}""");
    // when
    String html = ReportHtml.render(report);
    // then
    int table = html.indexOf("Model chosen per field");
    assertTrue(table > 0, "the table is there");
    int start = html.indexOf("<table>", table);
    String rows = html.substring(start, html.indexOf("</table>", start));
    assertTrue(rows.contains("<tr><td>priority</td><td><b>tfidf</b> (chosen)</td><td class=\"n\">0.585</td><td class=\"n\">1.03</td></tr>"), rows);
    assertTrue(rows.indexOf("(chosen)") < rows.indexOf(">linear<") && rows.indexOf(">linear<") < rows.indexOf(">knn<"),
        "chosen first, then by held-back accuracy: " + rows);
    assertTrue(!rows.contains("tone"), "a field that is not learned has no row");
  }
}
