package io.deskhand.ticket;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Links Deskhand shows (article URLs in answers, notes and the playground) come from ingested or synced data: only
 * absolute http(s) URLs are passed on as links, so a {@code javascript:} or {@code data:} URL never becomes one.
 */
public final class WebLinks {
  private WebLinks() {}

  /** {@code url} when it is an absolute http or https URL with a host; empty otherwise. */
  public static Optional<String> http(String url) {
    if (url == null || url.isBlank()) return Optional.empty();
    String u = url.strip();
    try {
      URI uri = new URI(u);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) return Optional.of(u);
    } catch (java.net.URISyntaxException e) {
      // not a URL at all: no link
    }
    return Optional.empty();
  }
}
