package io.deskhand.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsoup.Jsoup;

/**
 * Reduces a message to what the customer wrote: drops quoted earlier messages, signatures, legal footers and
 * integration boilerplate, using the rules in models/cleaning.yaml (an admin can extend them). Users of Zendesk's
 * own triage report that such noise skews intent, so everything Deskhand embeds or classifies goes through here.
 *
 * <p>No maintained Java email-reply parser exists on Maven Central (the ports of GitHub's email_reply_parser are
 * English-only and unmaintained since 2014), so the rules live in a file covering our four languages.
 */
public final class TextCleaner {

  /** A signature start only counts this close to the end, so a "--" early in a message does not eat it. */
  private static final int SIGNATURE_WINDOW = 12;
  private static final Pattern HTML_HINT = Pattern.compile("(?is)<(p|br|div|html|body|span|table|blockquote)[\\s/>]");
  private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private final List<Pattern> quoteHeaders;
  private final List<Pattern> signatureStarts;
  private final List<Pattern> footerStarts;
  private final List<Pattern> dropLines;

  public TextCleaner(List<Pattern> quoteHeaders, List<Pattern> signatureStarts, List<Pattern> footerStarts,
                     List<Pattern> dropLines) {
    this.quoteHeaders = List.copyOf(quoteHeaders);
    this.signatureStarts = List.copyOf(signatureStarts);
    this.footerStarts = List.copyOf(footerStarts);
    this.dropLines = List.copyOf(dropLines);
  }

  /** Reads the rules file; a bad regex is reported with its section and position. */
  public static TextCleaner fromFile(Path rules) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(rules));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cleaning rules " + rules, e);
    }
    return new TextCleaner(patterns(root, "quote_headers", rules), patterns(root, "signature_starts", rules),
        patterns(root, "footer_starts", rules), patterns(root, "drop_lines", rules));
  }

  /** A cleaner with no rules beyond the built-in '>' quote handling. */
  public static TextCleaner none() {
    return new TextCleaner(List.of(), List.of(), List.of(), List.of());
  }

  private static List<Pattern> patterns(JsonNode root, String section, Path file) {
    List<Pattern> out = new ArrayList<>();
    JsonNode list = root == null ? null : root.get(section);
    if (list == null) return out;
    int i = 0;
    for (JsonNode n : list) {
      try {
        out.add(Pattern.compile(n.asText(), FLAGS));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(file + ": " + section + "[" + i + "] is not a valid regex: " + e.getDescription());
      }
      i++;
    }
    return out;
  }

  /** The customer's own text; falls back to the de-quoted original when the rules would leave nothing. */
  public String clean(String raw) {
    if (raw == null || raw.isBlank()) return "";
    String text = HTML_HINT.matcher(raw).find() ? htmlToText(raw) : raw;
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith(">")) continue;
      String joined = i + 1 < lines.length ? line + " " + lines[i + 1].strip() : line;
      if (matchesAny(quoteHeaders, line) || (!line.isEmpty() && matchesAny(quoteHeaders, joined))
          || matchesAny(footerStarts, line)) {
        break;
      }
      if (!line.isEmpty() && matchesAny(dropLines, line)) continue;
      kept.add(line);
    }
    cutSignature(kept);
    String cleaned = BLANK_RUNS.matcher(String.join("\n", kept)).replaceAll("\n\n").strip();
    if (cleaned.isEmpty()) {
      StringBuilder sb = new StringBuilder();
      for (String l : lines) if (!l.strip().startsWith(">")) sb.append(l.strip()).append('\n');
      cleaned = sb.toString().strip();
    }
    return cleaned;
  }

  private void cutSignature(List<String> kept) {
    int nonEmptySeen = 0;
    int cutAt = -1;
    for (int i = kept.size() - 1; i >= 0 && nonEmptySeen < SIGNATURE_WINDOW; i--) {
      String line = kept.get(i);
      if (line.isEmpty()) continue;
      nonEmptySeen++;
      if (matchesAny(signatureStarts, line)) cutAt = i;
    }
    // Never cut the first line: a one-line message that looks like a sign-off is still the message.
    if (cutAt > 0) kept.subList(cutAt, kept.size()).clear();
  }

  private static boolean matchesAny(List<Pattern> patterns, String line) {
    for (Pattern p : patterns) {
      if (p.matcher(line).find()) return true;
    }
    return false;
  }

  private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4",
      "h5", "h6", "tr", "table", "pre", "section", "article", "header", "footer");

  /** Keeps line structure (paragraphs, breaks) and turns blockquotes into '>' lines, so the line rules still apply. */
  static String htmlToText(String html) {
    StringBuilder sb = new StringBuilder();
    appendText(Jsoup.parse(html).body(), sb);
    return sb.toString();
  }

  private static void appendText(org.jsoup.nodes.Element parent, StringBuilder sb) {
    for (org.jsoup.nodes.Node child : parent.childNodes()) {
      if (child instanceof org.jsoup.nodes.TextNode t) {
        sb.append(t.text());
      } else if (child instanceof org.jsoup.nodes.Element e) {
        String tag = e.normalName();
        if (tag.equals("script") || tag.equals("style") || tag.equals("head")) continue;
        if (tag.equals("br")) {
          sb.append('\n');
        } else if (tag.equals("blockquote")) {
          StringBuilder inner = new StringBuilder();
          appendText(e, inner);
          for (String line : inner.toString().split("\n")) {
            if (!line.isBlank()) sb.append("\n> ").append(line.strip());
          }
          sb.append('\n');
        } else if (BLOCKS.contains(tag)) {
          sb.append('\n');
          appendText(e, sb);
          sb.append('\n');
        } else {
          appendText(e, sb);
        }
      }
    }
  }
}
