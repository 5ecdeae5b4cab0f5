package io.deskhand.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkerTest {
  @Test
  void an_article_is_split_at_its_section_headings() {
    List<Chunker.Section> s = Chunker.html("<p>Intro text.</p><h2>Refund delays</h2><p>Five to seven days.</p>"
        + "<h2>Partial refunds</h2><ul><li>Opened bags</li><li>Gifts</li></ul>");
    assertEquals(3, s.size());
    assertEquals("", s.get(0).heading());
    assertEquals("Refund delays", s.get(1).heading());
    assertTrue(s.get(2).text().contains("- Opened bags"));
  }

  @Test
  void markdown_sections_follow_hash_headings_and_long_ones_split_at_paragraphs() {
    String para = "word ".repeat(200).strip();
    List<Chunker.Section> s = Chunker.markdown("# Guide\nshort intro\n## Long\n" + para + "\n\n" + para + "\n");
    assertEquals("Guide", s.get(0).heading());
    assertTrue(s.size() >= 3, "the long section is split: " + s.size());
    assertTrue(s.stream().allMatch(x -> x.text().length() <= Chunker.MAX_CHARS + 10));
  }
}
