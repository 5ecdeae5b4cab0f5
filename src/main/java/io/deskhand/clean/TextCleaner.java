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
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

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
  private static final Pattern HTML_HINT = Pattern.compile("(?is)<(p|br|div|html|body|span|table|blockquote)\\b");
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

  /** Keeps line structure (paragraphs, breaks, blockquotes as '>' lines) so the line rules still apply. */
  static String htmlToText(String html) {
    Document doc = Jsoup.parse(html);
    doc.select("blockquote").forEach(b -> b.prepend("<p>&gt;&nbsp;</p>").select("*").forEach(e -> e.prependText("> ")));
    doc.select("br").after("\\n");
    doc.select("p, div, li, h1, h2, h3, h4, tr").after("\\n");
    String withMarkers = Jsoup.clean(doc.body().html(), "", Safelist.none(),
        new Document.OutputSettings().prettyPrint(false));
    return org.jsoup.parser.Parser.unescapeEntities(withMarkers.replace("\\n", "\n"), false);
  }
}
