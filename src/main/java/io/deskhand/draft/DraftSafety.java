package io.deskhand.draft;

import io.deskhand.ticket.WebLinks;
import java.util.regex.Pattern;

/**
 * Strips what must never leave in a draft or note, whatever a reused reply or article contained: markup (script and
 * style blocks whole, other tags as tags) and links whose scheme can run code (javascript:, vbscript:, data:).
 * Drafts are plain text; Zendesk renders a note's URLs as links.
 */
public final class DraftSafety {
  private static final Pattern BLOCKS = Pattern.compile("(?is)<(script|style|iframe|object)\\b.*?(</\\1\\s*>|$)");
  private static final Pattern TAGS = Pattern.compile("(?s)</?[a-zA-Z][^<>]*>|<!--.*?-->");
  private static final Pattern UNSAFE_LINKS = Pattern.compile("(?i)\\b(javascript|vbscript|data)\\s*:[^\\s)\\]>\"']*");

  private DraftSafety() {}

  public static String clean(String text) {
    String t = BLOCKS.matcher(text).replaceAll("");
    t = TAGS.matcher(t).replaceAll("");
    return UNSAFE_LINKS.matcher(t).replaceAll("");
  }

  /** Only http(s) links are shown or linked; anything else is dropped. */
  public static boolean safeUrl(String url) {
    return WebLinks.http(url).isPresent();
  }
}
