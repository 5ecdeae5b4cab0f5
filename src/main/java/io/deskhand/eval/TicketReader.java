package io.deskhand.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deskhand.index.BadInputException;
import io.deskhand.index.TicketLabels;
import io.deskhand.ticket.TextFiles;
import io.deskhand.ticket.TicketThread;
import io.deskhand.zendesk.ZendeskJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads past tickets from a Zendesk bundle, a CSV/TSV file or JSONL rows. A messy row (no text, no label, a
 * duplicate id, malformed JSON) is skipped and counted by reason; a file that cannot be read as asked (missing,
 * empty, a named column absent, broken quoting) is a {@link BadInputException} naming the problem.
 *
 * <p>CSV and JSONL rows become Zendesk bundle lines, labels in custom fields 990001.. that {@link #labels()} maps
 * back, so training goes through exactly the `ingest` path.
 */
public final class TicketReader {
  /** Custom field ids carrying label columns of CSV/JSONL input, one per field in --label-columns order. */
  static final long LABEL_FIELD_BASE = 990001;
  private static final long REQUESTER = 1;
  private static final long AGENT = 2;
  /** Inputs without a time column get one second per row from here, so "newest" keeps the file order. */
  private static final Instant NO_TIME_BASE = Instant.parse("2000-01-01T00:00:00Z");

  /** Tickets read, and rows skipped by reason. */
  public record Loaded(List<EvalTicket> tickets, Map<String, Integer> skipped) {}

  private final ColumnMapping mapping;
  private final TicketLabels configured;
  private final ObjectMapper json = new ObjectMapper();
  private final Set<String> seenIds = new HashSet<>();
  private long nextNumericId = 1;
  private String rowPrefix = "row-";

  public TicketReader(ColumnMapping mapping, TicketLabels configured) {
    this.mapping = mapping;
    this.configured = configured;
  }

  /** How labels are read back from the bundle lines this reader writes (and from Zendesk input). */
  public TicketLabels labels() {
    Map<Long, String> fields = new LinkedHashMap<>(configured.customFieldLabels());
    long id = LABEL_FIELD_BASE;
    for (var e : mapping.labelColumns().entrySet()) {
      if (e.getValue().matches("\\d+")) fields.put(Long.parseLong(e.getValue()), e.getKey());
      else fields.put(id++, e.getKey());
    }
    return new TicketLabels(configured.intentFieldId(), configured.intentTagPrefix(), fields);
  }

  public Loaded read(Path file, InputFormat format, String option) throws IOException {
    if (!Files.isRegularFile(file)) throw new BadInputException(option + " " + file + " is not a readable file");
    if (Files.size(file) == 0) throw new BadInputException(option + " " + file + " is empty");
    Map<String, Integer> skipped = new TreeMap<>();
    rowPrefix = option.equals("--input") ? "row-" : option.replaceFirst("^--", "") + "-row-";
    List<EvalTicket> out = switch (format) {
      case ZENDESK -> zendesk(file, skipped, option);
      case CSV -> csv(file, skipped, option);
      case JSONL -> jsonl(file, skipped, option);
    };
    if (out.isEmpty()) {
      throw new BadInputException(option + " " + file + " holds no usable ticket (skipped: " + skipped + ")");
    }
    return new Loaded(out, skipped);
  }

  private List<EvalTicket> zendesk(Path file, Map<String, Integer> skipped, String option) throws IOException {
    mapping.labelColumns().forEach((field, column) -> {
      if (!column.matches("\\d{1,18}")) {
        throw new BadInputException("--label-columns " + field + "=" + column + ": in a Zendesk bundle a label column is a "
            + "custom field id (e.g. intent=360012345678); group, priority and type are read from the tickets themselves");
      }
    });
    TicketLabels labels = labels();
    List<EvalTicket> out = new ArrayList<>();
    Set<Long> customFieldsSeen = new TreeSet<>();
    int jsonLines = 0;
    try (BufferedReader reader = TextFiles.reader(file)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) continue;
        TicketThread t;
        try {
          JsonNode node = json.readTree(line);
          if (node != null && node.isObject()) jsonLines++;
          t = ZendeskJson.thread(node);
        } catch (IOException | IllegalArgumentException e) {
          skip(skipped, "malformed ticket JSON");
          continue;
        }
        customFieldsSeen.addAll(t.customFields().keySet());
        if (!t.resolved()) {
          skip(skipped, "not solved or closed");
          continue;
        }
        String text = t.firstMessage();
        if (text.isBlank() && t.subject().isBlank()) {
          skip(skipped, "no customer text");
          continue;
        }
        if (!seenIds.add(Long.toString(t.id()))) {
          skip(skipped, "duplicate id");
          continue;
        }
        out.add(new EvalTicket(Long.toString(t.id()), t.id(), t.subject(), text, t.resolution(), labels.of(t),
            t.createdAt(), null, line));
      }
    }
    if (jsonLines == 0) {
      throw new BadInputException(file + " is not a Zendesk bundle (expected one ticket JSON object per line); "
          + "for CSV or JSONL rows pass --format and --text-columns");
    }
    mapping.labelColumns().forEach((field, column) -> {
      if (!customFieldsSeen.contains(Long.parseLong(column))) {
        throw new BadInputException(option + " " + file + ": no ticket has a value in custom field " + column + " (--label-columns "
            + field + "=" + column + "); custom fields in the file: " + (customFieldsSeen.isEmpty() ? "none" : customFieldsSeen));
      }
    });
    return out;
  }

  private List<EvalTicket> csv(Path file, Map<String, Integer> skipped, String option) throws IOException {
    requireTextColumns();
    char delimiter = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv") ? '\t' : ',';
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
    List<EvalTicket> out = new ArrayList<>();
    try (Reader reader = TextFiles.reader(file);
         CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      List<String> header = parser.getHeaderNames();
      if (header.isEmpty()) throw new BadInputException(option + " " + file + " has no header row");
      requireColumns(header, file, option);
      long row = 0;
      for (CSVRecord r : parser) {
        row++;
        Map<String, String> cells = new LinkedHashMap<>();
        for (String h : header) {
          if (!h.isEmpty() && r.isSet(h)) cells.put(h, r.get(h));
        }
        toTicket(cells, row, skipped).ifPresent(out::add);
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new BadInputException(option + " " + file + " is not valid CSV: " + rootMessage(e));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(option + " " + file + " has a bad CSV header: " + rootMessage(e));
    }
    return out;
  }

  private List<EvalTicket> jsonl(Path file, Map<String, Integer> skipped, String option) throws IOException {
    requireTextColumns();
    List<EvalTicket> out = new ArrayList<>();
    Set<String> keysSeen = new LinkedHashSet<>();
    int objects = 0;
    try (BufferedReader reader = TextFiles.reader(file)) {
      String line;
      long row = 0;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) continue;
        row++;
        JsonNode node;
        try {
          node = json.readTree(line);
        } catch (IOException e) {
          skip(skipped, "malformed JSON");
          continue;
        }
        if (node == null || !node.isObject()) {
          skip(skipped, "malformed JSON");
          continue;
        }
        objects++;
        Map<String, String> cells = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
          keysSeen.add(e.getKey());
          JsonNode v = e.getValue();
          if (v.isNull()) return;
          if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(x.asText()));
            cells.put(e.getKey(), String.join(", ", parts));
          } else {
            cells.put(e.getKey(), v.isValueNode() ? v.asText() : v.toString());
          }
        });
        toTicket(cells, row, skipped).ifPresent(out::add);
      }
    }
    if (objects == 0) throw new BadInputException(option + " " + file + " holds no JSON object rows");
    requireColumns(List.copyOf(keysSeen), file, option);
    return out;
  }

  private void requireTextColumns() {
    if (mapping.textColumns().isEmpty()) {
      throw new BadInputException("CSV and JSONL input need --text-columns (the columns holding the customer's text)");
    }
  }

  private void requireColumns(List<String> available, Path file, String option) {
    List<String> wanted = new ArrayList<>(mapping.textColumns());
    mapping.labelColumns().values().forEach(wanted::add);
    mapping.replyColumn().ifPresent(wanted::add);
    mapping.timeColumn().ifPresent(wanted::add);
    mapping.idColumn().ifPresent(wanted::add);
    List<String> missing = wanted.stream().filter(c -> !available.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw new BadInputException(option + " " + file + " has no column " + String.join(", ", missing)
          + " (columns: " + String.join(", ", available) + ")");
    }
  }

  private Optional<EvalTicket> toTicket(Map<String, String> cells, long row, Map<String, Integer> skipped) {
    List<String> texts = mapping.textColumns().stream().map(c -> cells.getOrDefault(c, "").strip()).toList();
    String subject = texts.size() > 1 ? texts.get(0) : "";
    String description = String.join("\n\n", (texts.size() > 1 ? texts.subList(1, texts.size()) : texts).stream()
        .filter(s -> !s.isBlank()).toList());
    if (subject.isBlank() && description.isBlank()) {
      skip(skipped, "no text");
      return Optional.empty();
    }
    if (description.isBlank()) {
      description = subject;
      subject = "";
    }
    Map<String, String> labels = new LinkedHashMap<>();
    mapping.labelColumns().forEach((field, column) -> {
      String v = cells.getOrDefault(column, "").strip();
      if (!v.isEmpty()) labels.put(field, v);
    });
    if (!mapping.labelColumns().isEmpty() && labels.isEmpty()) {
      skip(skipped, "no label");
      return Optional.empty();
    }
    String id = mapping.idColumn().map(c -> cells.getOrDefault(c, "").strip()).orElse("");
    if (id.isEmpty()) id = mapping.idColumn().isPresent() ? "" : rowPrefix + row;
    if (id.isEmpty()) {
      skip(skipped, "no id");
      return Optional.empty();
    }
    if (!seenIds.add(id)) {
      skip(skipped, "duplicate id");
      return Optional.empty();
    }
    long numericId = nextNumericId++;
    Instant time = mapping.timeColumn().map(c -> parseTime(cells.getOrDefault(c, ""))).orElse(null);
    String reply = mapping.replyColumn().map(c -> cells.getOrDefault(c, "").strip()).orElse("");
    return Optional.of(new EvalTicket(id, numericId, subject, description, reply, labels, time, null,
        bundleLine(numericId, subject, description, reply, labels, time == null ? NO_TIME_BASE.plusSeconds(numericId) : time)));
  }

  private String bundleLine(long id, String subject, String description, String reply, Map<String, String> labels, Instant time) {
    ObjectNode t = json.createObjectNode();
    t.put("id", id);
    t.put("subject", subject);
    t.put("description", description);
    t.put("status", "solved");
    t.put("requester_id", REQUESTER);
    t.put("created_at", time.toString());
    ArrayNode custom = t.putArray("custom_fields");
    long fieldId = LABEL_FIELD_BASE;
    for (String field : mapping.labelColumns().keySet()) {
      String v = labels.get(field);
      if (v != null) custom.addObject().put("id", fieldId).put("value", v);
      fieldId++;
    }
    ArrayNode comments = t.putArray("comments");
    comments.addObject().put("author_id", REQUESTER).put("public", true).put("body", description).put("created_at", time.toString());
    if (!reply.isBlank()) comments.addObject().put("author_id", AGENT).put("public", true).put("body", reply);
    return t.toString();
  }

  /** ISO instant, ISO local date-time or date (taken as UTC), or epoch seconds; null when none of these. */
  static Instant parseTime(String s) {
    String v = s == null ? "" : s.strip();
    if (v.isEmpty()) return null;
    try {
      if (v.matches("\\d{9,11}")) return Instant.ofEpochSecond(Long.parseLong(v));
      if (v.matches("\\d{12,14}")) return Instant.ofEpochMilli(Long.parseLong(v));
      if (v.length() == 10) return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
      if (v.endsWith("Z") || v.matches(".*[+-]\\d{2}:?\\d{2}$")) return java.time.OffsetDateTime.parse(v).toInstant();
      return LocalDateTime.parse(v.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
  }

  private static void skip(Map<String, Integer> skipped, String reason) {
    skipped.merge(reason, 1, Integer::sum);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) t = t.getCause();
    return t.getMessage();
  }
}
