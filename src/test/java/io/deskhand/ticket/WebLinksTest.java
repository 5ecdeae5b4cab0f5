package io.deskhand.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebLinksTest {
  @Test
  void only_absolute_http_and_https_urls_are_links() {
    assertEquals(Optional.of("https://help.example.com/hc/en-us/articles/1"), WebLinks.http("https://help.example.com/hc/en-us/articles/1"));
    assertEquals(Optional.of("HTTP://help.example.com/a"), WebLinks.http(" HTTP://help.example.com/a "));
    for (String bad : new String[] {"javascript:alert(document.cookie)", "JavaScript:alert(1)", "data:text/html,<script>x</script>",
        "vbscript:msgbox", "/hc/articles/1", "//evil.example/x", "https:///nohost", "http://exa mple.com", "", null}) {
      assertTrue(WebLinks.http(bad).isEmpty(), String.valueOf(bad));
    }
  }
}
