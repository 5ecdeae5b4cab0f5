package io.deskhand.index;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Splits articles and docs into sections, so a search finds the part of a long article that answers, and the
 * drafter quotes one section rather than a whole page. Sections longer than {@link #MAX_CHARS} are split at
 * paragraph boundaries.
 */
final class Chunker {
  static final int MAX_CHARS = 1500;

  record Section(String heading, String text) {}

  private Chunker() {}

  /** HTML: a section per h1-h3 heading; text before the first heading is the introduction. */
  static List<Section> html(String html) {
    Document doc = Jsoup.parseBodyFragment(html == null ? "" : html);
    List<Section> out = new ArrayList<>();
    String heading = "";
    StringBuilder text = new StringBuilder();
    for (Element e : doc.body().children()) {
      if (e.tagName().matches("h[1-3]")) {
        flush(out, heading, text);
        heading = e.text();
      } else {
        String t = e.select("li").isEmpty() ? e.text() : String.join("\n", e.select("li").eachText().stream().map(x -> "- " + x).toList());
        if (!t.isBlank()) text.append(t).append("\n\n");
      }
    }
    flush(out, heading, text);
    return out;
  }

  /** Markdown: a section per # / ## / ### heading. */
  static List<Section> markdown(String md) {
    List<Section> out = new ArrayList<>();
    String heading = "";
    StringBuilder text = new StringBuilder();
    for (String line : md.split("\\R")) {
      if (line.matches("#{1,3}\\s+.*")) {
        flush(out, heading, text);
        heading = line.replaceFirst("#{1,3}\\s+", "").strip();
      } else {
        text.append(line).append('\n');
      }
    }
    flush(out, heading, text);
    return out;
  }

  /** Plain text: paragraphs grouped up to the size limit. */
  static List<Section> plain(String text) {
    List<Section> out = new ArrayList<>();
    flush(out, "", new StringBuilder(text));
    return out;
  }

  private static void flush(List<Section> out, String heading, StringBuilder text) {
    String body = text.toString().strip();
    text.setLength(0);
    if (body.isEmpty()) return;
    StringBuilder part = new StringBuilder();
    for (String para : body.split("\\n\\s*\\n")) {
      if (part.length() > 0 && part.length() + para.length() > MAX_CHARS) {
        out.add(new Section(heading, part.toString().strip()));
        part.setLength(0);
      }
      part.append(para.strip()).append("\n\n");
    }
    if (part.length() > 0) out.add(new Section(heading, part.toString().strip()));
  }
}
