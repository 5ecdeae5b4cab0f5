package io.deskhand.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.deskhand.clean.TextCleaner;
import io.deskhand.embedding.Embedder;
import io.deskhand.language.LanguageDetector;
import io.deskhand.progress.Progress;
import io.deskhand.progress.ProgressBoard;
import io.deskhand.ticket.KnowledgeChunk;
import io.deskhand.ticket.SolvedTicket;
import io.deskhand.ticket.TextFiles;
import io.deskhand.ticket.RequestText;
import io.deskhand.ticket.TicketThread;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds solved tickets (Zendesk bundle NDJSON), help-center articles (Zendesk articles JSON) and internal docs
 * (Markdown, text, HTML) to the index. Items are embedded in parallel batches; a bad item is counted by reason and
 * skipped; unchanged items (same content and model) are not embedded again, so an interrupted run resumes quickly.
 */
public final class Ingestor {
  private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);
  private static final int BATCH = 64;
  private static final String MALFORMED_TICKET = "malformed ticket JSON";
  /**
   * Tickets written between commits: what is committed survives a kill, and the rerun skips it (at 1,024 an ingest of
   * 1,500 killed halfway had committed nothing and wrote everything again).
   */
  private static final int COMMIT_EVERY = 256;

  /** What one ingest did: items written, items already current, items skipped by reason, and how long it took. */
  public record Report(String what, int written, int unchanged, Map<String, Integer> skipped, double seconds) {
    public int skippedTotal() {
      return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String toString() {
      return what + ": " + written + " written, " + unchanged + " unchanged, " + skippedTotal() + " skipped"
          + (skipped.isEmpty() ? "" : " " + skipped);
    }
  }

  private final LuceneKnowledgeIndex index;
  private final KnowledgeWriter writer;
  private final Embedder embedder;
  private final TextCleaner cleaner;
  private final LanguageDetector detector;
  private final TicketLabels labels;
  private final Function<JsonNode, TicketThread> bundleLines;
  private final ProgressBoard progress;
  private final PrintStream log;
  /**
   * Serialises what is hashed to tell a changed ticket from an unchanged one: map entries in key order, because an
   * immutable map's iteration order differs from one JVM to the next and every re-ingest then re-embedded everything.
   */
  private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  /** @param bundleLines reads one bundle line (a ticket with its comments) into a thread: zendesk/ZendeskJson::thread */
  public Ingestor(LuceneKnowledgeIndex index, Embedder embedder, TextCleaner cleaner, LanguageDetector detector,
                  TicketLabels labels, Function<JsonNode, TicketThread> bundleLines, PrintStream log) {
    this(index, embedder, cleaner, detector, labels, bundleLines, new ProgressBoard(log));
  }

  /** As above, with each phase's progress kept on {@code progress} (a running service shows it in /health). */
  public Ingestor(LuceneKnowledgeIndex index, Embedder embedder, TextCleaner cleaner, LanguageDetector detector,
                  TicketLabels labels, Function<JsonNode, TicketThread> bundleLines, ProgressBoard progress) {
    this.index = index;
    this.writer = index.writer();
    this.embedder = embedder;
    this.cleaner = cleaner;
    this.detector = detector;
    this.labels = labels;
    this.bundleLines = bundleLines;
    this.progress = progress;
    this.log = progress.out();
  }

  /**
   * The knowledge-base form of a resolved ticket: cleaned customer text (its first message, as triage reads a new
   * ticket's), resolving reply, labels.
   */
  public SolvedTicket solved(TicketThread t) {
    String customer = cleaner.clean(t.firstMessage());
    String language = detector.detect(RequestText.of(t.subject(), customer)).code();
    String resolution = cleaner.clean(t.resolution());
    // Detected here once, so the drafter can check a reused reply's language without detecting it on every triage.
    String resolutionLanguage = resolution.isBlank() ? "" : detector.detect(resolution).code();
    return new SolvedTicket(t.id(), t.subject(), customer, resolution, language, labels.of(t),
        labels.tags(t), t.createdAt() == null ? java.time.Instant.EPOCH : t.createdAt(), resolutionLanguage);
  }

  public Report tickets(Path bundle) throws IOException {
    requireFile(bundle, "--tickets");
    long total;
    try (Stream<String> lines = TextFiles.lines(bundle)) {
      total = lines.filter(l -> !l.isBlank()).count();
    }
    long started = System.nanoTime();
    Progress progress = this.progress.start("ingest tickets", total);
    Map<String, Integer> skipped = new TreeMap<>();
    List<SolvedTicket> batch = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    int written = 0;
    int unchanged = 0;
    int sinceCommit = 0;
    try (BufferedReader reader = TextFiles.reader(bundle)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) continue;
        progress.advance(1);
        TicketThread zt;
        try {
          zt = bundleLines.apply(json.readTree(line));
        } catch (IOException | IllegalArgumentException e) {
          skipped.merge(MALFORMED_TICKET, 1, Integer::sum);
          continue;
        }
        if (!zt.resolved()) {
          skipped.merge("not solved or closed", 1, Integer::sum);
          continue;
        }
        SolvedTicket t = solved(zt);
        if (t.customerText().isBlank() && t.subject().isBlank()) {
          skipped.merge("no customer text", 1, Integer::sum);
          continue;
        }
        String hash = hash(json.writeValueAsString(t));
        if (writer.isCurrent(IndexSchema.ticketUid(t.id()), hash)) {
          unchanged++;
          continue;
        }
        batch.add(t);
        hashes.add(hash);
        if (batch.size() == BATCH) {
          written += writeTickets(batch, hashes);
          sinceCommit += BATCH;
          // committed (durable, not yet published): an interrupted run resumes after these
          if (sinceCommit >= COMMIT_EVERY) {
            index.commit();
            sinceCommit = 0;
          }
        }
      }
    }
    written += writeTickets(batch, hashes);
    progress.finish();
    if (total > 0 && skipped.getOrDefault(MALFORMED_TICKET, 0) == total) {
      throw new BadInputException("--tickets " + bundle + " is not a Zendesk bundle: none of its " + total
          + " lines is a ticket JSON object (expected one ticket per line, as `sync` writes them)");
    }
    finishWriting();
    return new Report("tickets", written, unchanged, skipped, seconds(started));
  }

  /** Commits, then merges the index into one segment per corpus: searches on one segment are several times faster. */
  private void finishWriting() throws IOException {
    index.commit();
    long start = System.nanoTime();
    if (index.mergeSegments()) LOG.info("event=index_merged segments=one_per_corpus seconds={}", Math.round(seconds(start) * 10) / 10.0);
  }

  private int writeTickets(List<SolvedTicket> batch, List<String> hashes) throws IOException {
    if (batch.isEmpty()) return 0;
    List<float[]> vectors = embedder.embedAll(batch.stream().map(IndexSchema::ticketEmbeddingText).toList());
    for (int i = 0; i < batch.size(); i++) writer.putTicket(batch.get(i), vectors.get(i), hashes.get(i));
    int n = batch.size();
    batch.clear();
    hashes.clear();
    return n;
  }

  /** Zendesk articles JSON: {"articles": [...]}, a JSON array of articles, or one article per line. */
  public Report articles(Path file) throws IOException {
    requireFile(file, "--articles");
    List<JsonNode> articles = new ArrayList<>();
    Map<String, Integer> skipped = new TreeMap<>();
    String content = TextFiles.read(file).strip();
    try {
      JsonNode root = json.readTree(content);
      JsonNode list = root != null && root.isObject() && root.has("articles") ? root.get("articles") : root;
      if (list != null && list.isArray()) list.forEach(articles::add);
      else if (list != null && list.isObject()) articles.add(list);
    } catch (IOException e) {
      for (String line : content.split("\\R")) {
        if (line.isBlank()) continue;
        try {
          articles.add(json.readTree(line));
        } catch (IOException bad) {
          skipped.merge("malformed article JSON", 1, Integer::sum);
        }
      }
    }
    if (articles.stream().noneMatch(a -> a.hasNonNull("id") && a.hasNonNull("body"))) {
      throw new BadInputException(file + " holds no article with an id and a body (expected {\"articles\": [...]} as the "
          + "Help Center API returns it" + (skipped.isEmpty() ? "" : "; skipped: " + skipped) + ")");
    }
    long started = System.nanoTime();
    Progress progress = this.progress.start("ingest articles", articles.size());
    int written = 0;
    int unchanged = 0;
    for (JsonNode a : articles) {
      progress.advance(1);
      if (!a.hasNonNull("id") || !a.hasNonNull("body")) {
        skipped.merge("article without id or body", 1, Integer::sum);
        continue;
      }
      String sourceUid = IndexSchema.KIND_ARTICLE + ":" + a.get("id").asText();
      if (a.path("draft").asBoolean(false)) {
        writer.delete(sourceUid);
        skipped.merge("draft article", 1, Integer::sum);
        continue;
      }
      String title = a.path("title").asText(a.path("name").asText(""));
      String url = a.hasNonNull("html_url") ? a.get("html_url").asText() : a.path("url").asText(null);
      String body = a.get("body").asText();
      String language = languageOfLocale(a.path("locale").asText(""));
      if (language == null) language = detector.detect(title + "\n" + org.jsoup.Jsoup.parse(body).text()).code();
      List<KnowledgeChunk> chunks = new ArrayList<>();
      int n = 0;
      for (Chunker.Section s : Chunker.html(body)) {
        String text = s.heading().isBlank() ? s.text() : s.heading() + "\n" + s.text();
        chunks.add(new KnowledgeChunk(KnowledgeChunk.Kind.ARTICLE, a.get("id").asText(), n++, title, url, language, text));
      }
      if (chunks.isEmpty()) {
        skipped.merge("article with empty body", 1, Integer::sum);
        continue;
      }
      if (writeChunks(sourceUid, chunks)) written++;
      else unchanged++;
    }
    progress.finish();
    finishWriting();
    return new Report("articles", written, unchanged, skipped, seconds(started));
  }

  /** Internal docs: every .md, .markdown, .txt, .html and .htm file under {@code dir}. */
  public Report docs(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) throw new BadInputException("--docs " + dir + " is not a directory");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)
          .matches(".*\\.(md|markdown|txt|html?)$")).sorted().toList();
    }
    if (files.isEmpty()) throw new BadInputException("--docs " + dir + " holds no .md, .markdown, .txt, .html or .htm file");
    long started = System.nanoTime();
    Progress progress = this.progress.start("ingest docs", files.size());
    Map<String, Integer> skipped = new TreeMap<>();
    int written = 0;
    int unchanged = 0;
    for (Path f : files) {
      progress.advance(1);
      String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
      String content;
      try {
        content = TextFiles.read(f);
      } catch (IOException e) {
        skipped.merge("unreadable file (not UTF-8?)", 1, Integer::sum);
        continue;
      }
      List<Chunker.Section> sections = name.endsWith(".html") || name.endsWith(".htm") ? Chunker.html(content)
          : name.endsWith(".txt") ? Chunker.plain(content) : Chunker.markdown(content);
      if (sections.isEmpty()) {
        skipped.merge("empty file", 1, Integer::sum);
        continue;
      }
      String rel = dir.relativize(f).toString().replace('\\', '/');
      String title = sections.stream().map(Chunker.Section::heading).filter(h -> !h.isBlank()).findFirst()
          .orElse(f.getFileName().toString());
      String language = detector.detect(sections.get(0).text()).code();
      List<KnowledgeChunk> chunks = new ArrayList<>();
      for (int i = 0; i < sections.size(); i++) {
        Chunker.Section s = sections.get(i);
        String text = s.heading().isBlank() ? s.text() : s.heading() + "\n" + s.text();
        chunks.add(new KnowledgeChunk(KnowledgeChunk.Kind.DOC, rel, i, title, null, language, text));
      }
      if (writeChunks(IndexSchema.KIND_DOC + ":" + rel, chunks)) written++;
      else unchanged++;
    }
    progress.finish();
    finishWriting();
    return new Report("docs", written, unchanged, skipped, seconds(started));
  }

  private boolean writeChunks(String sourceUid, List<KnowledgeChunk> chunks) throws IOException {
    String hash = hash(json.writeValueAsString(chunks));
    if (writer.isCurrent(sourceUid + "#0", hash)) return false;
    List<float[]> vectors = embedder.embedAll(chunks.stream().map(IndexSchema::chunkEmbeddingText).toList());
    writer.putChunks(sourceUid, chunks, vectors, hash);
    return true;
  }

  /** "en-us" -> "en"; null when there is no locale. */
  static String languageOfLocale(String locale) {
    if (locale == null || locale.isBlank()) return null;
    return locale.toLowerCase(Locale.ROOT).split("[-_]")[0];
  }

  private String hash(String content) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(embedder.modelId().getBytes(StandardCharsets.UTF_8));
      md.update(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest(), 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void requireFile(Path file, String option) {
    if (!Files.isRegularFile(file)) throw new BadInputException(option + " " + file + " is not a readable file");
  }
}
