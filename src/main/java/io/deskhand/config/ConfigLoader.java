package io.deskhand.config;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.deskhand.ticket.Field;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads deskhand.yaml, then lets an environment variable override every key: the key path upper-cased with dots
 * turned into underscores and a DESKHAND_ prefix ({@code zendesk.url} -> {@code DESKHAND_ZENDESK_URL}). Validates
 * everything at once so a bad value stops start-up with its key named.
 */
public final class ConfigLoader {

  /** What a threshold can be set for: the predicted fields, the language, tags, the draft, and a default. */
  static final Set<String> CLASSIFIED_FIELDS = classifiedFields();

  static final Set<String> POLICY_FIELDS = Set.copyOf(Arrays.stream(Field.values()).filter(Field::applied).map(Field::key).toList());
  /** Open-ended maps: the rest of the key is an intent label (which may contain dots) or a group name. */
  static final String INTENT_TAGS = "policy.intent_tags.";
  static final String POLICY_GROUPS = "policy.groups.";
  static final String ENTITY_FIELDS = "policy.entity_fields.";

  /** Where a model server listens when its base URL is not configured: Ollama on this host, OpenAI's own API. */
  static final Map<String, String> DEFAULT_BASE_URLS = Map.of("ollama", "http://localhost:11434", "openai", "https://api.openai.com/v1");

  private static Set<String> classifiedFields() {
    Set<String> keys = new java.util.TreeSet<>(Field.keys());
    keys.addAll(List.of("default", "language", "tags", "draft"));
    return Set.copyOf(keys);
  }

  /** Every known key and its default (null: no default). */
  static final Map<String, String> DEFAULTS = defaults();

  private static Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("port", "7070");
    // loopback unless told otherwise: without an api_key /api is open, and a reverse proxy or a container (0.0.0.0) is
    // how a webhook from Zendesk reaches the service anyway
    d.put("bind", "127.0.0.1");
    d.put("data_dir", "./index");
    d.put("models_dir", "./models");
    d.put("demo_dir", "./eval/demo");
    d.put("mode", "note");
    d.put("api_key", null);
    d.put("webhook_secret", null);
    d.put("max_body_bytes", "1048576");
    // what a slow or greedy client can hold (issue 15): a connection, a request head, a body, a triage slot
    d.put("http.idle_timeout_seconds", "30");
    d.put("http.read_timeout_seconds", "5");
    d.put("http.max_header_bytes", "8192");
    d.put("http.max_concurrent_triage", Integer.toString(Math.max(8, 4 * Runtime.getRuntime().availableProcessors())));
    d.put("metrics.require_key", null); // default: true when api_key is set
    d.put("zendesk.url", null);
    d.put("zendesk.email", null);
    d.put("zendesk.token", null);
    d.put("zendesk.requests_per_minute", "200");
    d.put("zendesk.incremental_requests_per_minute", "10");
    // Update Ticket's own account limit (300 with High Volume), shared with the agents' edits
    d.put("zendesk.update_requests_per_minute", "100");
    d.put("zendesk.max_attempts", "5");
    d.put("zendesk.timeout_seconds", "30");
    d.put("webhook_replay_window_seconds", "300");
    // one core stays free for webhook intake and /api/triage: with every core triaging, webhook acks waited ~100 ms
    d.put("jobs.workers", Integer.toString(Math.max(1, Runtime.getRuntime().availableProcessors() - 1)));
    // retries wait in the job store (5 s, doubling): 8 attempts span about 10 minutes of Zendesk trouble
    d.put("jobs.max_attempts", "8");
    d.put("jobs.lease_seconds", "300");
    d.put("jobs.sync_each_webhook", "false");
    d.put("policy.min_confidence.intent", "0.7");
    d.put("policy.min_confidence.priority", "0.8");
    d.put("policy.min_confidence.group", "0.8");
    d.put("policy.priorities", "low,normal,high");
    d.put("embedding.model", "all-minilm-l6-v2-q");
    d.put("embedding.model_path", null);
    d.put("embedding.tokenizer_path", null);
    d.put("embedding.pooling", "mean");
    d.put("embedding.intra_op_threads", "1");
    d.put("embedding.workers", Integer.toString(Runtime.getRuntime().availableProcessors()));
    d.put("embedding.base_url", null);
    d.put("embedding.model_name", null);
    d.put("embedding.api_key", null);
    d.put("embedding.batch_size", "32");
    d.put("embedding.timeout_seconds", "60");
    d.put("llm.provider", "none");
    d.put("llm.base_url", null);
    d.put("llm.model", null);
    d.put("llm.api_key", null);
    d.put("llm.temperature", "0.2");
    d.put("llm.timeout_seconds", "20");
    d.put("llm.max_output_tokens", "600");
    d.put("llm.context_tokens", "8192");
    d.put("llm.redact", "auto");
    d.put("llm.agent_language", null);
    d.put("llm.summary_field_id", null);
    d.put("llm.max_attempts", "3");
    d.put("llm.circuit_open_seconds", "30");
    d.put("languages.supported", "en,fr,de,es");
    d.put("languages.detect", "en,fr,de,es,it,pt,nl");
    d.put("languages.high_accuracy", "false");
    d.put("classifier.intent_custom_field_id", null);
    d.put("classifier.intent_tag_prefix", "intent__");
    d.put("classifier.neighbours", "10");
    d.put("classifier.max_training_tickets", "10000");
    d.put("classifier.min_labelled_tickets", "30");
    d.put("classifier.thresholds.default", "0.6");
    d.put("classifier.thresholds.language", "0.5");
    d.put("classifier.thresholds.tone", "0.45");
    d.put("classifier.thresholds.tags", "0.6");
    d.put("drafting.min_ticket_similarity", null);
    d.put("drafting.min_article_similarity", null);
    d.put("drafting.target_precision", "0.5");
    d.put("sync.schedule", "off");
    return d;
  }

  private final Map<String, String> env;

  public ConfigLoader(Map<String, String> env) {
    this.env = env;
  }

  /** Loads {@code file} when given (it must exist), else ./deskhand.yaml when present, else defaults only. */
  public DeskhandConfig load(Optional<Path> file) {
    Map<String, String> values = new TreeMap<>();
    DEFAULTS.forEach((k, v) -> {
      if (v != null) values.put(k, v);
    });
    Path path = file.orElse(Path.of("deskhand.yaml"));
    if (file.isPresent() && !Files.isRegularFile(path)) {
      throw new ConfigException("config file " + path + " does not exist");
    }
    if (Files.isRegularFile(path)) {
      values.putAll(readYaml(path));
    }
    Map<String, String> sources = new TreeMap<>();
    Set<String> known = knownKeys(values);
    refuseUnknownVariables(known);
    for (String key : known) {
      String var = envName(key);
      String fromEnv = env.get(var);
      if (fromEnv == null) continue;
      // an empty DESKHAND_API_KEY= used to leave /api open without a word: set means set to something
      if (fromEnv.isBlank()) {
        throw new ConfigException("config key '" + key + "' (from " + var + "): the variable is set but empty; unset it or give it a value");
      }
      values.put(key, fromEnv.trim());
      sources.put(key, var);
    }
    return new Builder(values, sources).build();
  }

  /**
   * A DESKHAND_* variable that names no key (DESKHAND_WEBHOK_SECRET) would be ignored, and the service would run
   * without what the operator meant to set: it stops start-up, with the closest known name.
   */
  private void refuseUnknownVariables(Set<String> knownKeys) {
    Set<String> knownVars = new java.util.TreeSet<>();
    for (String key : knownKeys) knownVars.add(envName(key));
    for (String var : new java.util.TreeSet<>(env.keySet())) {
      if (!var.startsWith("DESKHAND_") || knownVars.contains(var)) continue;
      String closest = knownVars.stream().min(java.util.Comparator.comparingInt((String k) -> editDistance(var, k))
          .thenComparing(k -> k)).orElse("");
      throw new ConfigException("unknown environment variable " + var + ": no config key has that name (did you mean "
          + closest + "?)");
    }
  }

  /** Levenshtein distance: insertions, deletions and substitutions of one character each count 1. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) previous[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static Set<String> knownKeys(Map<String, String> values) {
    Set<String> keys = new java.util.TreeSet<>(DEFAULTS.keySet());
    for (String f : CLASSIFIED_FIELDS) keys.add("classifier.thresholds." + f);
    for (String f : POLICY_FIELDS) keys.add("policy.min_confidence." + f);
    keys.addAll(values.keySet());
    return keys;
  }

  public static String envName(String key) {
    return "DESKHAND_" + key.replace('.', '_').toUpperCase(Locale.ROOT);
  }

  private static Map<String, String> readYaml(Path path) {
    JsonNode root;
    try {
      // a key given twice used to keep the last value silently
      root = new ObjectMapper(YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()).readTree(path.toFile());
    } catch (StreamReadException e) {
      String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      if (message.startsWith(DUPLICATE)) {
        String name = message.substring(DUPLICATE.length(), message.indexOf('\'', DUPLICATE.length()));
        throw new ConfigException("config key '" + keyPath(e, name, false) + "' is given twice in " + path);
      }
      // a value YAML itself cannot read (`.nan` for a threshold): name the key it belongs to when the parser knows it
      String key = keyPath(e, null, true);
      throw new ConfigException((key.isEmpty() ? "" : "config key '" + key + "': ") + "cannot read " + path + ": "
          + message.lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw new ConfigException("cannot read " + path + ": " + e.getMessage().lines().findFirst().orElse(""));
    }
    Map<String, String> flat = new TreeMap<>();
    if (root == null || root.isMissingNode() || root.isNull()) return flat;
    if (!root.isObject()) throw new ConfigException(path + " must be a YAML mapping of keys to values");
    flatten("", root, flat, path);
    return flat;
  }

  private static final String DUPLICATE = "Duplicate field '";

  /**
   * The dotted key where the parser stopped: the names of the objects around it, then {@code name} (or, with
   * {@code withCurrent}, the name the parser was reading a value for). Empty when the parser is unknown.
   */
  private static String keyPath(StreamReadException e, String name, boolean withCurrent) {
    if (!(e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser parser)) return name == null ? "" : name;
    List<String> names = new java.util.ArrayList<>();
    var ctx = parser.getParsingContext();
    if (withCurrent && ctx != null && ctx.getCurrentName() != null) names.add(ctx.getCurrentName());
    for (var c = ctx == null ? null : ctx.getParent(); c != null; c = c.getParent()) {
      if (c.getCurrentName() != null) names.add(0, c.getCurrentName());
    }
    if (name != null) names.add(name);
    return String.join(".", names);
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out, Path path) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
      JsonNode v = e.getValue();
      if (v.isObject()) {
        flatten(key, v, out, path);
        continue;
      }
      boolean known = DEFAULTS.containsKey(key)
          || (key.startsWith("classifier.thresholds.") && CLASSIFIED_FIELDS.contains(key.substring(22)))
          || (key.startsWith("policy.min_confidence.") && POLICY_FIELDS.contains(key.substring(22)))
          || (key.startsWith(INTENT_TAGS) && key.length() > INTENT_TAGS.length())
          || (key.startsWith(POLICY_GROUPS) && key.length() > POLICY_GROUPS.length())
          || (key.startsWith(ENTITY_FIELDS) && key.length() > ENTITY_FIELDS.length());
      if (!known) throw new ConfigException("unknown key '" + key + "' in " + path);
      // `zendesk.url: x` beside `zendesk: {url: y}` is the same key twice
      if (out.containsKey(key)) throw new ConfigException("config key '" + key + "' is given twice in " + path);
      if (v.isTextual() && v.asText().isBlank()) {
        throw new ConfigException("config key '" + key + "' in " + path + " is empty; remove it or give it a value");
      }
      if (v.isArray()) {
        StringBuilder sb = new StringBuilder();
        v.forEach(x -> sb.append(sb.isEmpty() ? "" : ",").append(x.asText()));
        out.put(key, sb.toString());
      } else if (!v.isNull()) {
        out.put(key, v.asText());
      }
    }
  }

  /** Turns the flat map into records, collecting the key and origin of the first bad value. */
  private static final class Builder {
    private final Map<String, String> values;
    private final Map<String, String> sources;

    Builder(Map<String, String> values, Map<String, String> sources) {
      this.values = values;
      this.sources = sources;
    }

    DeskhandConfig build() {
      Optional<Secret> apiKey = secret("api_key");
      boolean metricsRequireKey = values.containsKey("metrics.require_key") ? bool("metrics.require_key") : apiKey.isPresent();
      if (metricsRequireKey && apiKey.isEmpty()) throw bad("metrics.require_key", "is true, but api_key is not set: set api_key too");
      var limits = new DeskhandConfig.HttpLimits(intIn("http.idle_timeout_seconds", 1, 3600), intIn("http.read_timeout_seconds", 1, 600),
          intIn("http.max_header_bytes", 1024, 65536), intIn("http.max_concurrent_triage", 1, 10_000));
      var server = new DeskhandConfig.Server(intIn("port", 1, 65535), apiKey, longIn("max_body_bytes", 1024, 1L << 30),
          address("bind"), limits, metricsRequireKey);
      var zendesk = new DeskhandConfig.Zendesk(uri("zendesk.url"), opt("zendesk.email"), secret("zendesk.token"),
          secret("webhook_secret"), intIn("zendesk.requests_per_minute", 1, 100_000),
          intIn("zendesk.incremental_requests_per_minute", 1, 100_000), intIn("zendesk.max_attempts", 1, 100),
          intIn("zendesk.timeout_seconds", 1, 600), intIn("webhook_replay_window_seconds", 10, 86_400),
          intIn("zendesk.update_requests_per_minute", 1, 100_000));
      var jobs = new DeskhandConfig.Jobs(intIn("jobs.workers", 1, 64), intIn("jobs.max_attempts", 1, 100),
          intIn("jobs.lease_seconds", 1, 86_400), bool("jobs.sync_each_webhook"));
      Map<String, Double> minConfidence = new TreeMap<>();
      for (String f : POLICY_FIELDS) {
        String key = "policy.min_confidence." + f;
        if (values.containsKey(key)) minConfidence.put(f, doubleIn(key, 0.0, 1.0));
      }
      Map<String, List<String>> intentTags = new TreeMap<>();
      Map<String, Long> groups = new TreeMap<>();
      Map<String, Long> entityFields = new TreeMap<>();
      for (String key : values.keySet()) {
        if (key.startsWith(INTENT_TAGS)) {
          List<String> tags = Arrays.stream(values.get(key).split("[,\\s]+")).map(String::trim).filter(t -> !t.isEmpty()).toList();
          for (String t : tags) if (!t.matches("[\\p{L}\\p{N}_:./-]+")) throw bad(key, "'" + t + "' is not a valid Zendesk tag");
          intentTags.put(key.substring(INTENT_TAGS.length()), tags);
        } else if (key.startsWith(POLICY_GROUPS)) {
          groups.put(key.substring(POLICY_GROUPS.length()), parseLong(key, values.get(key)));
        } else if (key.startsWith(ENTITY_FIELDS)) {
          entityFields.put(key.substring(ENTITY_FIELDS.length()), parseLong(key, values.get(key)));
        }
      }
      List<String> priorities = Arrays.stream(values.get("policy.priorities").split(",")).map(p -> p.trim().toLowerCase(Locale.ROOT))
          .filter(p -> !p.isEmpty()).toList();
      for (String p : priorities) {
        if (!List.of("low", "normal", "high", "urgent").contains(p)) throw bad("policy.priorities", "expected low, normal, high or urgent, got '" + p + "'");
      }
      var policy = new DeskhandConfig.Policy(minConfidence, intentTags, priorities, groups, entityFields);
      String pooling = oneOf("embedding.pooling", List.of("mean", "cls"));
      String embeddingModel = oneOf("embedding.model", List.of("all-minilm-l6-v2-q", "bge-small-en-v1.5-q", "onnx", "ollama", "openai"));
      Optional<DeskhandConfig.ModelServer> embeddingServer = Optional.empty();
      if (embeddingModel.equals("ollama") || embeddingModel.equals("openai")) {
        String name = opt("embedding.model_name").orElseThrow(() -> bad("embedding.model",
            embeddingModel + " needs embedding.model_name, the server's embedding model (e.g. bge-m3)"));
        embeddingServer = Optional.of(new DeskhandConfig.ModelServer(
            uri("embedding.base_url").orElse(URI.create(DEFAULT_BASE_URLS.get(embeddingModel))), name,
            secret("embedding.api_key"), intIn("embedding.batch_size", 1, 2048), intIn("embedding.timeout_seconds", 1, 600)));
      }
      var embedding = new DeskhandConfig.Embedding(embeddingModel,
          opt("embedding.model_path").map(Path::of), opt("embedding.tokenizer_path").map(Path::of), pooling,
          intIn("embedding.intra_op_threads", 1, 64), intIn("embedding.workers", 1, 256), embeddingServer);
      if (embedding.model().equals("onnx") && (embedding.modelPath().isEmpty() || embedding.tokenizerPath().isEmpty())) {
        throw bad("embedding.model", "onnx needs embedding.model_path and embedding.tokenizer_path (an ONNX file and its tokenizer.json under models/)");
      }
      var llm = llm();
      var languages = new DeskhandConfig.Languages(languageList("languages.supported"), languageList("languages.detect"),
          bool("languages.high_accuracy"));
      Map<String, Double> thresholds = new TreeMap<>();
      for (String f : CLASSIFIED_FIELDS) {
        String key = "classifier.thresholds." + f;
        if (values.containsKey(key)) thresholds.put(f, doubleIn(key, 0.0, 1.0));
      }
      var classifier = new DeskhandConfig.Classifier(opt("classifier.intent_custom_field_id").map(v -> parseLong("classifier.intent_custom_field_id", v)),
          values.get("classifier.intent_tag_prefix"), Map.copyOf(thresholds), intIn("classifier.neighbours", 1, 100),
          intIn("classifier.max_training_tickets", 100, 1_000_000), intIn("classifier.min_labelled_tickets", 2, 1_000_000));
      var drafting = new DeskhandConfig.Drafting(
          opt("drafting.min_ticket_similarity").map(v -> doubleIn("drafting.min_ticket_similarity", 0, 1)),
          opt("drafting.min_article_similarity").map(v -> doubleIn("drafting.min_article_similarity", 0, 1)),
          doubleIn("drafting.target_precision", 0.05, 1));
      DeskhandConfig.Mode mode = DeskhandConfig.Mode.valueOf(oneOf("mode", List.of("shadow", "note", "apply")).toUpperCase(Locale.ROOT));
      var sync = new DeskhandConfig.Sync(duration("sync.schedule", Duration.ofSeconds(10), Duration.ofDays(7)));
      if (sync.schedule().isPresent() && !zendesk.configured()) {
        throw bad("sync.schedule", "a scheduled sync needs zendesk.url, zendesk.email and zendesk.token; set them or leave the schedule off");
      }
      return new DeskhandConfig(server, Path.of(values.get("data_dir")), Path.of(values.get("models_dir")),
          Path.of(values.get("demo_dir")), mode, zendesk, embedding, llm, languages, classifier, drafting, jobs, policy, sync);
    }

    private DeskhandConfig.Llm llm() {
      String provider = oneOf("llm.provider", List.of("none", "openai", "ollama"));
      Optional<String> model = opt("llm.model");
      if (!provider.equals("none") && model.isEmpty()) {
        throw bad("llm.provider", provider + " needs llm.model, the model the server runs (e.g. llama3.1:8b on Ollama)");
      }
      Optional<URI> baseUrl = uri("llm.base_url");
      if (!provider.equals("none") && baseUrl.isEmpty()) baseUrl = Optional.of(URI.create(DEFAULT_BASE_URLS.get(provider)));
      int maxOutput = intIn("llm.max_output_tokens", 16, 32_000);
      int context = intIn("llm.context_tokens", 512, 2_000_000);
      if (context < maxOutput * 2) {
        throw bad("llm.context_tokens", "must leave room for the prompt: at least twice llm.max_output_tokens (" + maxOutput + "), got " + context);
      }
      Optional<String> agentLanguage = opt("llm.agent_language").map(v -> v.trim().toLowerCase(Locale.ROOT));
      if (agentLanguage.isPresent() && !ISO_639_1.contains(agentLanguage.get())) {
        throw bad("llm.agent_language", "'" + agentLanguage.get() + "' is not an ISO 639-1 code such as en");
      }
      return new DeskhandConfig.Llm(provider, baseUrl, model, secret("llm.api_key"), doubleIn("llm.temperature", 0, 2),
          intIn("llm.timeout_seconds", 1, 600), maxOutput, context, oneOf("llm.redact", List.of("auto", "always", "never")),
          agentLanguage, opt("llm.summary_field_id").map(v -> parseLong("llm.summary_field_id", v)),
          intIn("llm.max_attempts", 1, 10), intIn("llm.circuit_open_seconds", 1, 3600));
    }

    private ConfigException bad(String key, String problem) {
      String origin = sources.containsKey(key) ? " (from " + sources.get(key) + ")" : "";
      return new ConfigException("config key '" + key + "'" + origin + ": " + problem);
    }

    private Optional<String> opt(String key) {
      return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    private Optional<Secret> secret(String key) {
      return opt(key).map(Secret::new);
    }

    private Optional<URI> uri(String key) {
      return opt(key).map(v -> {
        try {
          URI u = URI.create(v.endsWith("/") ? v.substring(0, v.length() - 1) : v);
          if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https")) || u.getHost() == null) {
            throw bad(key, "expected an http(s) URL such as https://acme.zendesk.com");
          }
          return u;
        } catch (IllegalArgumentException e) {
          throw bad(key, "not a URL");
        }
      });
    }

    /** An IP address or a host name; whether it can be bound is known only when serve starts. */
    private String address(String key) {
      String v = values.get(key).trim();
      boolean ipv6 = v.matches("\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*]?");
      boolean hostOrIpv4 = v.matches("[A-Za-z0-9]([A-Za-z0-9-]{0,62}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*");
      if (!ipv6 && !hostOrIpv4) throw bad(key, "expected an address to listen on such as 127.0.0.1 or 0.0.0.0, got '" + v + "'");
      return ipv6 ? v.replaceAll("^\\[|]$", "") : v;
    }

    private boolean bool(String key) {
      String v = values.get(key) == null ? "" : values.get(key).trim().toLowerCase(Locale.ROOT);
      if (!v.equals("true") && !v.equals("false")) throw bad(key, "expected true or false, got '" + values.get(key) + "'");
      return v.equals("true");
    }

    private int intIn(String key, int min, int max) {
      return (int) longIn(key, min, max);
    }

    private long longIn(String key, long min, long max) {
      long v = parseLong(key, values.get(key));
      if (v < min || v > max) throw bad(key, "expected a number from " + min + " to " + max + ", got " + v);
      return v;
    }

    private long parseLong(String key, String v) {
      try {
        return Long.parseLong(v.trim());
      } catch (NumberFormatException | NullPointerException e) {
        throw bad(key, "expected a whole number, got '" + v + "'");
      }
    }

    private double doubleIn(String key, double min, double max) {
      String raw = values.get(key);
      double v;
      try {
        v = Double.parseDouble(raw.trim());
      } catch (NumberFormatException | NullPointerException e) {
        throw bad(key, "expected a number, got '" + raw + "'");
      }
      // written so that NaN fails too: every comparison with NaN is false, and NaN turned abstention off
      if (!(v >= min && v <= max)) throw bad(key, "expected a number from " + min + " to " + max + ", got " + raw.trim());
      return v;
    }

    /** {@code off}, or a whole number with a unit: {@code 30s}, {@code 15m}, {@code 2h}, {@code 1d}. */
    private Optional<Duration> duration(String key, Duration min, Duration max) {
      String v = values.get(key).trim().toLowerCase(Locale.ROOT);
      if (v.equals("off")) return Optional.empty();
      Matcher m = Pattern.compile("(\\d{1,9})([smhd])").matcher(v);
      if (!m.matches()) throw bad(key, "expected off or a duration such as 30s, 15m, 2h or 1d, got '" + values.get(key) + "'");
      long n = Long.parseLong(m.group(1));
      Duration d = switch (m.group(2)) {
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
      if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
        throw bad(key, "expected a duration from " + min.toSeconds() + "s to " + max.toDays() + "d, got '" + values.get(key) + "'");
      }
      return Optional.of(d);
    }

    private String oneOf(String key, List<String> allowed) {
      String v = values.get(key).trim().toLowerCase(Locale.ROOT);
      if (!allowed.contains(v)) throw bad(key, "expected one of " + allowed + ", got '" + values.get(key) + "'");
      return v;
    }

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private List<String> languageList(String key) {
      List<String> langs = Arrays.stream(values.get(key).split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT))
          .filter(s -> !s.isEmpty()).toList();
      if (langs.isEmpty()) throw bad(key, "expected at least one ISO 639-1 language code");
      for (String l : langs) {
        if (!l.matches("[a-z]{2}") || !ISO_639_1.contains(l)) throw bad(key, "'" + l + "' is not an ISO 639-1 code such as fr");
      }
      return langs;
    }
  }
}
