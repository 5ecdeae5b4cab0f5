package io.deskhand.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
  static final TextCleaner cleaner = TextCleaner.fromFile(Path.of("models/cleaning.yaml"));

  static JsonNode samples() throws Exception {
    return new ObjectMapper().readTree(Path.of("src/test/resources/cleaning/messy-samples.json").toFile());
  }

  @Test
  void messy_real_looking_mails_keep_the_customer_text_and_lose_the_noise() throws Exception {
    List<String> failures = new ArrayList<>();
    int n = 0;
    for (JsonNode s : samples()) {
      n++;
      String cleaned = cleaner.clean(s.get("raw").asText());
      for (JsonNode keep : s.get("must_keep")) {
        if (!cleaned.contains(keep.asText())) failures.add(s.get("name").asText() + " lost: " + keep.asText());
      }
      for (JsonNode drop : s.get("must_drop")) {
        if (cleaned.contains(drop.asText())) failures.add(s.get("name").asText() + " kept: " + drop.asText());
      }
    }
    assertTrue(n >= 24, "fixture has " + n + " samples");
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void html_bodies_become_text_and_blockquotes_count_as_quoted() {
    String html = "<div>Where is my parcel?</div><div><br></div><blockquote>On Mon we wrote: your refund is done</blockquote>";
    String cleaned = cleaner.clean(html);
    assertTrue(cleaned.contains("Where is my parcel?"));
    assertFalse(cleaned.contains("refund"), cleaned);
  }

  @Test
  void a_message_that_is_only_a_sign_off_is_kept_rather_than_emptied() {
    assertEquals("Cordialement,", cleaner.clean("Cordialement,"));
    assertEquals("", cleaner.clean("   "));
  }
}
