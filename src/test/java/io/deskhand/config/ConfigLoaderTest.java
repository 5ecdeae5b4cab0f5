package io.deskhand.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @Test
  void defaults_match_the_contract() {
    DeskhandConfig c = new ConfigLoader(Map.of()).load(Optional.empty());
    assertEquals(7070, c.server().port());
    assertEquals(Path.of("./index"), c.dataDir());
    assertEquals(DeskhandConfig.Mode.NOTE, c.mode());
    assertEquals("none", c.llm().provider());
    assertTrue(c.server().apiKey().isEmpty());
    assertTrue(c.zendesk().webhookSecret().isEmpty());
    assertFalse(c.languages().highAccuracy());
  }

  @Test
  void environment_overrides_the_file(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("deskhand.yaml");
    Files.writeString(file, "port: 8080\nmode: shadow\nzendesk:\n  url: https://acme.zendesk.com/\nclassifier:\n  thresholds:\n    intent: 0.8\n");
    DeskhandConfig c = new ConfigLoader(Map.of("DESKHAND_PORT", "9090", "DESKHAND_MODE", "apply",
        "DESKHAND_WEBHOOK_SECRET", "s3cret", "DESKHAND_API_KEY", "k", "DESKHAND_ZENDESK_TOKEN", "tok",
        "DESKHAND_LLM_PROVIDER", "ollama", "DESKHAND_LLM_MODEL", "llama3.1:8b", "DESKHAND_LANGUAGES_HIGH_ACCURACY", "true"))
        .load(Optional.of(file));
    assertTrue(c.languages().highAccuracy());
    assertEquals(9090, c.server().port());
    assertEquals(DeskhandConfig.Mode.APPLY, c.mode());
    assertEquals("https://acme.zendesk.com", c.zendesk().url().orElseThrow().toString());
    assertEquals(0.8, c.classifier().threshold("intent"));
    assertEquals("s3cret", c.zendesk().webhookSecret().orElseThrow().value());
    assertEquals("ollama", c.llm().provider());
  }

  @Test
  void a_bad_value_stops_start_up_naming_the_key_and_variable() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> new ConfigLoader(Map.of("DESKHAND_PORT", "seventy")).load(Optional.empty()));
    assertTrue(e.getMessage().contains("'port'"), e.getMessage());
    assertTrue(e.getMessage().contains("DESKHAND_PORT"), e.getMessage());

    e = assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of("DESKHAND_MODE", "yolo")).load(Optional.empty()));
    assertTrue(e.getMessage().contains("'mode'") && e.getMessage().contains("shadow"), e.getMessage());
  }

  @Test
  void sync_schedule_is_off_by_default_and_needs_zendesk_and_a_duration() {
    assertTrue(new ConfigLoader(Map.of()).load(Optional.empty()).sync().schedule().isEmpty());
    Map<String, String> zendesk = Map.of("DESKHAND_ZENDESK_URL", "https://acme.zendesk.com", "DESKHAND_ZENDESK_EMAIL", "a@acme.com",
        "DESKHAND_ZENDESK_TOKEN", "t0k");
    Map<String, String> every15m = new java.util.HashMap<>(zendesk);
    every15m.put("DESKHAND_SYNC_SCHEDULE", "15m");
    assertEquals(java.time.Duration.ofMinutes(15), new ConfigLoader(every15m).load(Optional.empty()).sync().schedule().orElseThrow());

    ConfigException noZendesk = assertThrows(ConfigException.class,
        () -> new ConfigLoader(Map.of("DESKHAND_SYNC_SCHEDULE", "15m")).load(Optional.empty()));
    assertTrue(noZendesk.getMessage().contains("'sync.schedule'") && noZendesk.getMessage().contains("zendesk.token"), noZendesk.getMessage());
    for (String bad : java.util.List.of("15 minutes", "5s", "9d", "-1m")) {
      Map<String, String> env = new java.util.HashMap<>(zendesk);
      env.put("DESKHAND_SYNC_SCHEDULE", bad);
      ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(env).load(Optional.empty()), bad);
      assertTrue(e.getMessage().contains("'sync.schedule'") && e.getMessage().contains("DESKHAND_SYNC_SCHEDULE"), e.getMessage());
    }
  }

  @Test
  void an_unknown_key_in_the_file_is_named(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("deskhand.yaml");
    Files.writeString(file, "prot: 7070\n");
    ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of()).load(Optional.of(file)));
    assertTrue(e.getMessage().contains("'prot'"), e.getMessage());
  }

  @Test
  void secrets_never_print() {
    DeskhandConfig c = new ConfigLoader(Map.of("DESKHAND_ZENDESK_TOKEN", "very-secret-token")).load(Optional.empty());
    assertFalse(c.toString().contains("very-secret-token"));
    assertEquals("***", c.zendesk().token().orElseThrow().toString());
  }

  @org.junit.jupiter.api.Test
  void policy_keys_read_intent_labels_with_dots_and_group_names(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("deskhand.yaml");
    java.nio.file.Files.writeString(file, "mode: apply\npolicy:\n  min_confidence:\n    priority: 0.9\n  intent_tags:\n    billing.refund: [refund, billing]\n"
        + "  priorities: [low, normal]\n  groups:\n    Billing: 360001\n  entity_fields:\n    order_number: 27642\njobs:\n  workers: 3\n");
    DeskhandConfig c = new ConfigLoader(java.util.Map.of("DESKHAND_ZENDESK_REQUESTS_PER_MINUTE", "400")).load(java.util.Optional.of(file));
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("refund", "billing"), c.policy().intentTags().get("billing.refund"));
    org.junit.jupiter.api.Assertions.assertEquals(0.9, c.policy().minConfidence("priority"));
    org.junit.jupiter.api.Assertions.assertEquals(0.7, c.policy().minConfidence("intent"));
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("low", "normal"), c.policy().priorities());
    org.junit.jupiter.api.Assertions.assertEquals(360001L, c.policy().groups().get("Billing"));
    org.junit.jupiter.api.Assertions.assertEquals(java.util.Map.of("order_number", 27642L), c.policy().entityFields());
    org.junit.jupiter.api.Assertions.assertEquals(3, c.jobs().workers());
    org.junit.jupiter.api.Assertions.assertEquals(400, c.zendesk().requestsPerMinute());
    org.junit.jupiter.api.Assertions.assertEquals(10, c.zendesk().incrementalRequestsPerMinute());
    java.nio.file.Files.writeString(file, "policy:\n  priorities: [low, asap]\n");
    org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class, () -> new ConfigLoader(java.util.Map.of()).load(java.util.Optional.of(file)));
  }

  @Test
  void intake_durability_is_a_yes_or_no_and_a_typo_is_named() {
    assertFalse(new ConfigLoader(Map.of()).load(Optional.empty()).jobs().syncEachWebhook());
    assertTrue(new ConfigLoader(Map.of("DESKHAND_JOBS_SYNC_EACH_WEBHOOK", "true")).load(Optional.empty()).jobs().syncEachWebhook());
    ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
        () -> new ConfigLoader(Map.of("DESKHAND_JOBS_SYNC_EACH_WEBHOOK", "yes")).load(Optional.empty()));
    assertTrue(e.getMessage().contains("jobs.sync_each_webhook"), e.getMessage());
  }

  @Test
  void nan_fails_every_zero_to_one_range_check_naming_the_key() {
    for (String var : java.util.List.of("DESKHAND_CLASSIFIER_THRESHOLDS_INTENT", "DESKHAND_CLASSIFIER_THRESHOLDS_DEFAULT",
        "DESKHAND_DRAFTING_MIN_TICKET_SIMILARITY", "DESKHAND_DRAFTING_MIN_ARTICLE_SIMILARITY", "DESKHAND_POLICY_MIN_CONFIDENCE_GROUP")) {
      for (String value : java.util.List.of("NaN", "-NaN", "Infinity")) {
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of(var, value)).load(Optional.empty()), var + "=" + value);
        assertTrue(e.getMessage().contains(var) && e.getMessage().contains("from 0.0 to 1.0"), e.getMessage());
      }
    }
  }

  @Test
  void nan_in_the_file_is_refused_too(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("deskhand.yaml");
    Files.writeString(file, "classifier:\n  thresholds:\n    intent: .nan\n");
    ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of()).load(Optional.of(file)));
    assertTrue(e.getMessage().contains("'classifier.thresholds.intent'"), e.getMessage());
  }

  @Test
  void a_blank_api_key_variable_stops_start_up_instead_of_leaving_the_api_open() {
    ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of("DESKHAND_API_KEY", "")).load(Optional.empty()));
    assertTrue(e.getMessage().contains("'api_key'") && e.getMessage().contains("DESKHAND_API_KEY") && e.getMessage().contains("empty"), e.getMessage());
    e = assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of("DESKHAND_WEBHOOK_SECRET", "  ")).load(Optional.empty()));
    assertTrue(e.getMessage().contains("DESKHAND_WEBHOOK_SECRET"), e.getMessage());
  }

  @Test
  void a_blank_key_in_the_file_is_refused(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("deskhand.yaml");
    Files.writeString(file, "api_key: \"\"\n");
    ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of()).load(Optional.of(file)));
    assertTrue(e.getMessage().contains("'api_key'"), e.getMessage());
  }

  @Test
  void an_unknown_deskhand_variable_is_refused_with_the_closest_known_name() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> new ConfigLoader(Map.of("DESKHAND_WEBHOK_SECRET", "s3cret")).load(Optional.empty()));
    assertTrue(e.getMessage().contains("DESKHAND_WEBHOK_SECRET") && e.getMessage().contains("did you mean DESKHAND_WEBHOOK_SECRET?"), e.getMessage());
    assertFalse(e.getMessage().contains("s3cret"), "the value may be a secret: " + e.getMessage());
    e = assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of("DESKHAND_ZENDESK_UPDATE_REQUESTS_PER_MINUT", "300")).load(Optional.empty()));
    assertTrue(e.getMessage().contains("did you mean DESKHAND_ZENDESK_UPDATE_REQUESTS_PER_MINUTE?"), e.getMessage());
    // variables of other programs are none of Deskhand's business
    new ConfigLoader(Map.of("DESKHANDLE", "x", "JAVA_HOME", "/opt/jdk")).load(Optional.empty());
  }

  @Test
  void a_key_given_twice_in_the_file_is_refused_naming_it(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("deskhand.yaml");
    for (var c : Map.of("port: 7070\nmode: note\nport: 8080\n", "'port'",
        "zendesk:\n  url: https://a.zendesk.com\n  url: https://b.zendesk.com\n", "'zendesk.url'",
        "zendesk.url: https://a.zendesk.com\nzendesk:\n  url: https://b.zendesk.com\n", "'zendesk.url'",
        "classifier:\n  thresholds:\n    intent: 0.7\n    intent: 0.9\n", "'classifier.thresholds.intent'").entrySet()) {
      Files.writeString(file, c.getKey());
      ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of()).load(Optional.of(file)), c.getKey());
      assertTrue(e.getMessage().contains(c.getValue()) && e.getMessage().contains("twice"), e.getMessage());
    }
  }

  @Test
  void bind_defaults_to_loopback_and_takes_an_address() {
    assertEquals("127.0.0.1", new ConfigLoader(Map.of()).load(Optional.empty()).server().bind());
    assertEquals("0.0.0.0", new ConfigLoader(Map.of("DESKHAND_BIND", "0.0.0.0")).load(Optional.empty()).server().bind());
    assertEquals("::1", new ConfigLoader(Map.of("DESKHAND_BIND", "[::1]")).load(Optional.empty()).server().bind());
    ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of("DESKHAND_BIND", "http://0.0.0.0")).load(Optional.empty()));
    assertTrue(e.getMessage().contains("'bind'"), e.getMessage());
  }

  @Test
  void metrics_need_the_key_by_default_when_one_is_set() {
    assertFalse(new ConfigLoader(Map.of()).load(Optional.empty()).server().metricsRequireKey());
    assertTrue(new ConfigLoader(Map.of("DESKHAND_API_KEY", "k")).load(Optional.empty()).server().metricsRequireKey());
    assertFalse(new ConfigLoader(Map.of("DESKHAND_API_KEY", "k", "DESKHAND_METRICS_REQUIRE_KEY", "false")).load(Optional.empty())
        .server().metricsRequireKey());
    ConfigException e = assertThrows(ConfigException.class,
        () -> new ConfigLoader(Map.of("DESKHAND_METRICS_REQUIRE_KEY", "true")).load(Optional.empty()));
    assertTrue(e.getMessage().contains("'metrics.require_key'") && e.getMessage().contains("api_key"), e.getMessage());
  }

  @Test
  void a_model_server_is_configured_with_defaults_for_what_is_not_said(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("deskhand.yaml");
    Files.writeString(file, "llm:\n  provider: ollama\n  model: llama3.1:8b\n  agent_language: EN\n  summary_field_id: 360099\n"
        + "embedding:\n  model: ollama\n  model_name: bge-m3\n");
    DeskhandConfig c = new ConfigLoader(Map.of("DESKHAND_LLM_TIMEOUT_SECONDS", "7", "DESKHAND_LLM_REDACT", "always")).load(Optional.of(file));
    assertTrue(c.llm().configured());
    assertEquals("http://localhost:11434", c.llm().baseUrl().orElseThrow().toString());
    assertEquals(7, c.llm().timeoutSeconds());
    assertEquals("always", c.llm().redact());
    assertEquals(Optional.of("en"), c.llm().agentLanguage());
    assertEquals(Optional.of(360099L), c.llm().summaryFieldId());
    assertEquals(600, c.llm().maxOutputTokens());
    var server = c.embedding().server().orElseThrow();
    assertEquals("bge-m3", server.modelName());
    assertEquals("http://localhost:11434", server.baseUrl().toString());
    assertEquals(32, server.batchSize());

    DeskhandConfig openai = new ConfigLoader(Map.of("DESKHAND_LLM_PROVIDER", "openai", "DESKHAND_LLM_MODEL", "gpt-4o-mini",
        "DESKHAND_LLM_API_KEY", "sk-very-secret")).load(Optional.empty());
    assertEquals("https://api.openai.com/v1", openai.llm().baseUrl().orElseThrow().toString());
    assertFalse(openai.toString().contains("sk-very-secret"));
    assertFalse(new ConfigLoader(Map.of()).load(Optional.empty()).embedding().fromServer());
  }

  @Test
  void a_bad_model_server_setting_is_named() {
    Map<Map<String, String>, String> cases = Map.of(
        Map.of("DESKHAND_LLM_PROVIDER", "openai"), "'llm.provider'",
        Map.of("DESKHAND_LLM_REDACT", "sometimes"), "'llm.redact'",
        Map.of("DESKHAND_LLM_TEMPERATURE", "3"), "'llm.temperature'",
        Map.of("DESKHAND_LLM_AGENT_LANGUAGE", "english"), "'llm.agent_language'",
        Map.of("DESKHAND_LLM_CONTEXT_TOKENS", "1000"), "'llm.context_tokens'",
        Map.of("DESKHAND_LLM_BASE_URL", "localhost:11434"), "'llm.base_url'",
        Map.of("DESKHAND_EMBEDDING_MODEL", "ollama"), "'embedding.model'",
        Map.of("DESKHAND_EMBEDDING_MODEL", "openai", "DESKHAND_EMBEDDING_MODEL_NAME", "e5", "DESKHAND_EMBEDDING_BATCH_SIZE", "0"),
        "'embedding.batch_size'");
    cases.forEach((env, key) -> {
      ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(env).load(Optional.empty()), env.toString());
      assertTrue(e.getMessage().contains(key), env + " -> " + e.getMessage());
    });
  }
}
