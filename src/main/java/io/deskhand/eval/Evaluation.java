package io.deskhand.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.deskhand.classify.ModelChoice;
import io.deskhand.classify.TfidfClassifier;
import io.deskhand.config.DeskhandConfig;
import io.deskhand.draft.Draft;
import io.deskhand.draft.DraftGate;
import io.deskhand.draft.Drafter;
import io.deskhand.embedding.Embedder;
import io.deskhand.index.BadInputException;
import io.deskhand.index.Ingestor;
import io.deskhand.index.TicketLabels;
import io.deskhand.knowledge.KnowledgeBase;
import io.deskhand.llm.LlmUsage;
import io.deskhand.progress.Progress;
import io.deskhand.ticket.Field;
import io.deskhand.ticket.Prediction;
import io.deskhand.ticket.RequestText;
import io.deskhand.ticket.TicketHit;
import io.deskhand.ticket.TicketText;
import io.deskhand.triage.Triage;
import io.deskhand.triage.TriagePipeline;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The offline simulation behind `eval`: read past tickets, split them, build a fresh index and classifiers from the
 * training part through the `ingest` path, triage every test ticket through the same pipeline as /api/triage, and
 * score what came out. Test tickets are never ingested.
 */
public final class Evaluation {
  /** Fields the pipeline predicts and `eval` can score, in the report's order. */
  public static final List<String> FIELDS = Stream.of(Field.INTENT, Field.GROUP, Field.PRIORITY, Field.TYPE, Field.TONE)
      .map(Field::key).toList();
  static final int[] RETRIEVAL_K = {1, 3, 5};
  /** A draft this far from the agent's reply (embedding cosine) counts as a knowledge gap. */
  static final double GAP_SIMILARITY = 0.5;
  static final double CLUSTER_SIMILARITY = 0.6;
  /** Drafts asked of the language model at once by `eval --drafter llm`. */
  static final int LLM_CONCURRENCY = 4;
  static final Map<String, String> GENERIC_REPLIES = Map.of(
      "en", "Hello, thank you for contacting us. We have received your request and will get back to you as soon as possible. Best regards,",
      "fr", "Bonjour, merci de nous avoir contactés. Nous avons bien reçu votre demande et revenons vers vous au plus vite. Cordialement,",
      "de", "Guten Tag, vielen Dank für Ihre Nachricht. Wir haben Ihre Anfrage erhalten und melden uns so schnell wie möglich. Viele Grüße",
      "es", "Hola, gracias por contactarnos. Hemos recibido su solicitud y le responderemos lo antes posible. Saludos,");

  private final DeskhandConfig baseConfig;
  private final BiFunction<DeskhandConfig, PrintStream, Workbench> workbenches;
  private final PrintStream log;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * What a run works with, opened on a fresh data dir for the training part: its knowledge base, the triage pipeline
   * on it with the extractive drafter, the embedder, the language model's drafter (when llm.provider is set) and its
   * usage, the learned draft gate; {@code release} closes them.
   */
  public record Workbench(KnowledgeBase knowledge, TriagePipeline pipeline, Embedder embedder, String version,
                          Optional<Drafter> llmDrafter, Supplier<Optional<LlmUsage>> llmUsage, Supplier<Optional<DraftGate>> draftGate,
                          Runnable release) implements AutoCloseable {
    @Override
    public void close() {
      release.run();
    }
  }

  /** @param workbenches opens a workbench on a config whose data dir is the run's work dir */
  public Evaluation(DeskhandConfig baseConfig, BiFunction<DeskhandConfig, PrintStream, Workbench> workbenches, PrintStream log) {
    this.baseConfig = baseConfig;
    this.workbenches = workbenches;
    this.log = log;
  }

  /** What a run produced: the report (also written to disk) and where the files are. */
  public record Result(ObjectNode report, Path reportJson, Path predictions, Path html) {}

  /** The two parts of the data. */
  record Split(List<EvalTicket> train, List<EvalTicket> test) {}

  public Result run(EvalOptions o) throws IOException {
    long start = System.nanoTime();
    Map<String, Double> timings = new LinkedHashMap<>();
    TicketLabels configured = new TicketLabels(baseConfig.classifier().intentCustomFieldId(), baseConfig.classifier().intentTagPrefix());
    TicketReader reader = new TicketReader(o.mapping(), configured);
    ObjectNode skipped = json.createObjectNode();
    ObjectNode fingerprint = json.createObjectNode();
    Split split;
    if (o.input().isPresent()) {
      Path in = o.input().get();
      TicketReader.Loaded all = reader.read(in, format(o, in), "--input");
      putSkipped(skipped, "input", all.skipped());
      fingerprint.put(in.toString(), sha256(in));
      split = split(all.tickets(), o.split(), o.testFraction(), o.seed());
    } else {
      Path trainFile = o.train().orElseThrow();
      Path testFile = o.test().orElseThrow();
      TicketReader.Loaded train = reader.read(trainFile, format(o, trainFile), "--train");
      TicketReader.Loaded test = reader.read(testFile, format(o, testFile), "--test");
      putSkipped(skipped, "train", train.skipped());
      putSkipped(skipped, "test", test.skipped());
      fingerprint.put(trainFile.toString(), sha256(trainFile));
      fingerprint.put(testFile.toString(), sha256(testFile));
      split = new Split(train.tickets(), test.tickets());
    }
    if (split.train().isEmpty() || split.test().isEmpty()) {
      throw new BadInputException("need tickets in both parts, got " + split.train().size() + " training and "
          + split.test().size() + " test tickets");
    }
    Map<String, Set<String>> trainLabels = new TreeMap<>();
    for (EvalTicket t : split.train()) t.labels().forEach((f, v) -> trainLabels.computeIfAbsent(f, k -> new HashSet<>()).add(v));
    Map<String, Integer> unseen = new TreeMap<>();
    List<String> fields = new ArrayList<>();
    for (String f : FIELDS) if (trainLabels.containsKey(f)) fields.add(f);
    timings.put("read_s", seconds(start));

    Files.createDirectories(o.out());
    Path work = o.out().resolve("work").resolve(trainFingerprint(split.train()));
    Files.createDirectories(work);
    Path bundle = work.resolve("train.ndjson");
    try (BufferedWriter w = Files.newBufferedWriter(bundle, StandardCharsets.UTF_8)) {
      for (EvalTicket t : split.train()) {
        w.write(t.bundleLine());
        w.newLine();
      }
    }
    DeskhandConfig config = workConfig(work, split.train().size());
    ObjectNode report = json.createObjectNode();
    List<ObjectNode> predictionLines = new ArrayList<>();
    Triage[] triages;
    try (Workbench bench = workbenches.apply(config, log)) {
      long t0 = System.nanoTime();
      // a rerun on the same training part finds every ticket in and its models trained: nothing is redone
      Ingestor.Report ingest = bench.knowledge().ingest(new KnowledgeBase.Sources(Optional.of(bundle), Optional.empty(), Optional.empty()),
          reader.labels(), KnowledgeBase.Retrain.WHEN_TICKETS_WRITTEN).get(0);
      log.println("eval " + ingest);
      timings.put("ingest_and_train_s", seconds(t0));

      // the language model drafts only when asked (--drafter llm), in its own pass below: the fields never need it
      TriagePipeline pipeline = bench.pipeline();
      List<TicketText> texts = split.test().stream().map(EvalTicket::ticketText).toList();
      t0 = System.nanoTime();
      VectorCache cache = new VectorCache(o.out().resolve("work").resolve("vectors.bin"), bench.embedder());
      List<float[]> vectors = cache.vectors(texts.stream().map(pipeline::requestText).toList(), "eval embed test tickets", log);
      timings.put("embed_test_s", seconds(t0));

      t0 = System.nanoTime();
      triages = new Triage[texts.size()];
      Progress progress = new Progress("eval triage", texts.size(), log);
      Triage[] done = triages;
      IntStream.range(0, texts.size()).parallel().forEach(i -> {
        done[i] = pipeline.triage(texts.get(i), vectors.get(i));
        progress.advance(1);
      });
      progress.finish();
      timings.put("triage_s", seconds(t0));

      Map<String, List<Outcome>> outcomes = new LinkedHashMap<>();
      Map<String, List<Integer>> outcomeTicket = new LinkedHashMap<>();
      for (String f : fields) {
        outcomes.put(f, new ArrayList<>());
        outcomeTicket.put(f, new ArrayList<>());
      }
      InputIds inputIds = new InputIds(split.train());
      for (int i = 0; i < triages.length; i++) {
        EvalTicket t = split.test().get(i);
        Triage tr = triages[i];
        ObjectNode line = json.createObjectNode();
        line.put("id", t.id());
        line.put("language", tr.language().code());
        ObjectNode fieldNode = line.putObject("fields");
        for (String f : fields) {
          String truth = t.labels().get(f);
          if (truth == null) continue;
          // A label the training part never had cannot be predicted: it still counts, as an error unless abstained on.
          if (!trainLabels.get(f).contains(truth)) unseen.merge(f, 1, Integer::sum);
          Prediction p = tr.fields().get(f);
          String predicted = p == null ? "" : predictedLabel(f, p, tr, truth);
          Outcome out = new Outcome(truth, predicted, p == null ? 0 : p.confidence(), p == null || tr.isAbstained(f), tr.language().code());
          outcomes.get(f).add(out);
          outcomeTicket.get(f).add(i);
          fieldNode.putObject(f).put("truth", truth).put("predicted", predicted).put("confidence", out.confidence())
              .put("abstained", out.abstained());
        }
        line.put("draft", tr.draft().body());
        line.put("draft_method", tr.draft().method());
        line.put("draft_confidence", Math.round(tr.draft().confidence() * 1000) / 1000.0);
        tr.draft().reason().ifPresent(r -> line.put("draft_reason", r));
        ArrayNode sources = line.putArray("sources");
        for (Draft.Source s : tr.draft().sources()) {
          ObjectNode source = sources.addObject().put("kind", s.kind());
          if (s.kind().equals("ticket") && s.id().matches("\\d{1,18}")) source.set("id", inputIds.of(Long.parseLong(s.id())));
          else source.put("id", s.id());
        }
        ArrayNode similar = line.putArray("similar_ticket_ids");
        for (TicketHit h : tr.similarTickets()) similar.add(inputIds.of(h.ticket().id()));
        predictionLines.add(line);
      }

      report.put("command_line", o.commandLine());
      report.put("created_at", Instant.now().toString());
      report.putObject("versions").put("deskhand", bench.version()).put("java", System.getProperty("java.version"));
      report.put("embedding_model", bench.embedder().modelId());
      report.set("data_fingerprint", fingerprint);
      ObjectNode protocol = report.putObject("protocol");
      protocol.put("split", o.input().isPresent() ? o.split() : "given");
      if (o.input().isPresent()) protocol.put("test_fraction", o.testFraction());
      protocol.put("seed", o.seed());
      protocol.put("train_count", split.train().size());
      protocol.put("test_count", split.test().size());
      protocol.put("index_tickets", bench.knowledge().index().counts().tickets());
      report.put("seed", o.seed());
      ObjectNode u = report.putObject("test_labels_unseen_in_training");
      unseen.forEach(u::put);
      report.set("skipped", skipped);
      ArrayNode notes = report.putArray("classifier_training");
      pipeline.classifiers().learned().ifPresent(m -> m.report().forEach(notes::add));

      ObjectNode fieldsNode = report.putObject("fields");
      for (String f : fields) {
        if (outcomes.get(f).isEmpty()) continue;
        ObjectNode fr = FieldMetrics.report(outcomes.get(f), o.targetPrecision());
        fr.set("retrieval", retrieval(f, outcomes.get(f), outcomeTicket.get(f), triages));
        pipeline.classifiers().learned().map(m -> m.choices().get(f)).ifPresent(c -> fr.set("model", modelChoice(c)));
        fieldsNode.set(f, fr);
      }
      if (o.baseline().isPresent()) baseline(fieldsNode, split, fields, trainLabels, o.seed());
      report.put("policy_snippet", policySnippet(fieldsNode));
      report.set("readiness", readiness(fieldsNode));

      Draft[] llmDrafts = null;
      if (o.llmDrafts()) {
        t0 = System.nanoTime();
        Drafter llm = bench.llmDrafter().orElseThrow(() -> new BadInputException("--drafter llm needs llm.provider (openai or ollama)"));
        llmDrafts = llmDrafts(split.test(), texts, vectors, triages, pipeline.withDrafter(llm));
        timings.put("llm_drafts_s", seconds(t0));
      }
      t0 = System.nanoTime();
      DraftScores drafts = DraftScores.score(split.test(), triages, llmDrafts, cache,
          bench.draftGate().get().map(DraftGate::usableRougeL).orElse(Map.of()), log);
      if (drafts.report() != null) report.set("drafts", drafts.report());
      for (int i = 0; i < predictionLines.size(); i++) {
        if (drafts.rouge()[i] != null) {
          predictionLines.get(i).put("draft_rouge_l", FieldMetrics.round(drafts.rouge()[i]));
          predictionLines.get(i).put("draft_embedding_similarity", FieldMetrics.round(drafts.similarity()[i]));
        }
        if (llmDrafts != null && llmDrafts[i] != null) {
          ObjectNode line = predictionLines.get(i);
          line.put("llm_draft", llmDrafts[i].body()).put("llm_draft_method", llmDrafts[i].method());
          llmDrafts[i].reason().ifPresent(r -> line.put("llm_draft_reason", r));
          if (drafts.llmRouge()[i] != null) line.put("llm_draft_rouge_l", FieldMetrics.round(drafts.llmRouge()[i]));
        }
      }
      if (o.llmDrafts()) {
        ObjectNode tokens = report.putObject("llm_usage");
        bench.llmUsage().get().ifPresent(usage -> tokens.put("calls", usage.calls()).put("failed_calls", usage.failedCalls())
            .put("prompt_tokens", usage.promptTokens()).put("completion_tokens", usage.completionTokens()));
        tokens.put("model", baseConfig.llm().provider() + ":" + baseConfig.llm().model().orElse(""));
        if (report.has("drafts")) ((ObjectNode) report.get("drafts").get("llm")).set("tokens", tokens.deepCopy());
      }
      report.set("knowledge_gaps", KnowledgeGaps.find(split.test(), triages, vectors, drafts.similarity(), fields));
      report.set("examples", examples(split.test(), triages, drafts, fields.isEmpty() ? null : fields.get(0), trainLabels));
      timings.put("drafts_s", seconds(t0));
    }
    timings.put("total_s", seconds(start));
    ObjectNode tn = report.putObject("timings");
    timings.forEach((k, v) -> tn.put(k, Math.round(v * 10) / 10.0));
    tn.set("triage_stage_p50_ms", stageMedians(triages));

    Path reportJson = o.out().resolve("report.json");
    json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(reportJson.toFile(), report);
    Path predictions = o.out().resolve("predictions.ndjson");
    try (BufferedWriter w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
      for (ObjectNode line : predictionLines) {
        w.write(json.writeValueAsString(line));
        w.newLine();
      }
    }
    Path html = o.out().resolve("report.html");
    Files.writeString(html, ReportHtml.render(report), StandardCharsets.UTF_8);
    return new Result(report, reportJson, predictions, html);
  }

  /** Test tickets that have an agent's reply to compare with get a draft from the language model; the rest stay null. */
  private Draft[] llmDrafts(List<EvalTicket> test, List<TicketText> texts, List<float[]> vectors, Triage[] extractive,
                            TriagePipeline llm) {
    List<Integer> wanted = IntStream.range(0, test.size()).filter(i -> !test.get(i).reply().isBlank()).boxed().toList();
    Draft[] out = new Draft[test.size()];
    if (wanted.isEmpty()) {
      log.println("eval --drafter llm: no test ticket has an agent's reply to score a draft against; the model was not asked");
      return out;
    }
    Progress progress = new Progress("eval llm drafts", wanted.size(), log);
    // model servers answer a few requests at once; the calls wait on the network, not on a core
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(LLM_CONCURRENCY, Thread.ofVirtual().factory())) {
      List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
      for (int i : wanted) {
        futures.add(pool.submit(() -> {
          out[i] = llm.triage(texts.get(i), vectors.get(i)).draft();
          progress.advance(1);
        }));
      }
      for (var f : futures) f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while drafting with the language model", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    }
    progress.finish();
    return out;
  }

  private InputFormat format(EvalOptions o, Path file) {
    return o.format().orElseGet(() -> InputFormat.guess(file, !o.mapping().textColumns().isEmpty()));
  }

  /** A learned group is a Zendesk group id: compare ids when the truth is one. */
  private static String predictedLabel(String field, Prediction p, Triage tr, String truth) {
    if (Field.GROUP.key().equals(field) && tr.groupId().isPresent() && truth.matches("\\d+")) return Long.toString(tr.groupId().get());
    return p.label();
  }

  /** Time split: the last fraction by time (file order without times) is the test part. Random: seeded shuffle. */
  static Split split(List<EvalTicket> tickets, String how, double testFraction, long seed) {
    List<EvalTicket> ordered = new ArrayList<>(tickets);
    if ("random".equals(how)) {
      Collections.shuffle(ordered, new Random(seed));
    } else if (tickets.stream().allMatch(t -> t.time() != null)) {
      ordered.sort(Comparator.comparing(EvalTicket::time)); // stable: file order breaks ties
    }
    int testCount = (int) Math.round(ordered.size() * testFraction);
    testCount = Math.max(1, Math.min(ordered.size() - 1, testCount));
    int cut = ordered.size() - testCount;
    return new Split(List.copyOf(ordered.subList(0, cut)), List.copyOf(ordered.subList(cut, ordered.size())));
  }

  private DeskhandConfig workConfig(Path work, int trainCount) {
    DeskhandConfig.Classifier c = baseConfig.classifier();
    var classifier = new DeskhandConfig.Classifier(c.intentCustomFieldId(), c.intentTagPrefix(), c.thresholds(), c.neighbours(),
        Math.max(c.maxTrainingTickets(), trainCount), c.minLabelledTickets());
    return baseConfig.with(b -> b.dataDir(work).classifier(classifier));
  }

  /** Share of test tickets with a same-label solved ticket among the top k similar tickets. */
  private ObjectNode retrieval(String field, List<Outcome> outcomes, List<Integer> ticketOf, Triage[] triages) {
    ObjectNode r = json.createObjectNode();
    for (int k : RETRIEVAL_K) {
      int hits = 0;
      for (int j = 0; j < outcomes.size(); j++) {
        String truth = outcomes.get(j).truth();
        List<TicketHit> similar = triages[ticketOf.get(j)].similarTickets();
        for (int s = 0; s < Math.min(k, similar.size()); s++) {
          if (truth.equals(similar.get(s).ticket().labels().get(field))) {
            hits++;
            break;
          }
        }
      }
      r.put("same_label_in_top_" + k, FieldMetrics.round(outcomes.isEmpty() ? 0 : hits / (double) outcomes.size()));
    }
    return r;
  }

  private void baseline(ObjectNode fieldsNode, Split split, List<String> fields, Map<String, Set<String>> trainLabels, long seed) {
    List<String> trainTexts = split.train().stream().map(Evaluation::plainText).toList();
    for (String f : fields) {
      if (!fieldsNode.has(f) || Field.TONE.key().equals(f)) continue;
      long t0 = System.nanoTime();
      TfidfClassifier b = TfidfClassifier.train(trainTexts, split.train().stream().map(t -> t.labels().get(f)).toList(), seed);
      List<Outcome> outcomes = new ArrayList<>();
      for (EvalTicket t : split.test()) {
        String truth = t.labels().get(f);
        if (truth == null || !trainLabels.get(f).contains(truth)) continue;
        outcomes.add(new Outcome(truth, b.predict(plainText(t)), 1, false, "und"));
      }
      ObjectNode node = ((ObjectNode) fieldsNode.get(f)).putObject("baselines").putObject("tfidf");
      node.put("accuracy", FieldMetrics.round(FieldMetrics.accuracy(outcomes)));
      node.put("macro_f1", FieldMetrics.round(FieldMetrics.macroF1(outcomes)));
      node.put("test_count", outcomes.size());
      node.put("train_and_predict_s", Math.round(seconds(t0) * 10) / 10.0);
      log.printf(Locale.ROOT, "eval baseline tfidf %s: accuracy %.4f%n", f, FieldMetrics.accuracy(outcomes));
    }
  }

  /**
   * Median time of each triage stage over the test tickets (the embedding was computed before, in batches, so it is
   * not among them), e.g. what the classifiers cost per ticket.
   */
  private ObjectNode stageMedians(Triage[] triages) {
    ObjectNode n = json.createObjectNode();
    for (String stage : List.of("clean", "retrieve", "classify", "draft")) {
      double[] ms = Arrays.stream(triages).mapToDouble(t -> t.timingsMs().getOrDefault(stage, 0.0)).sorted().toArray();
      if (ms.length > 0) n.put(stage, ms[(ms.length - 1) / 2]);
    }
    return n;
  }

  /** Which candidate the ingest chose for a learned field, and each candidate's held-back scores. */
  private ObjectNode modelChoice(ModelChoice choice) {
    ObjectNode n = json.createObjectNode();
    n.put("chosen", choice.chosen());
    n.put("held_back_count", choice.heldBackCount());
    ObjectNode scores = n.putObject("held_back");
    choice.heldBack().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> scores.putObject(e.getKey()).put("accuracy", e.getValue().accuracy()).put("log_loss", e.getValue().logLoss()));
    return n;
  }

  /** The baseline's text: the ticket's text by the rule triage uses, without Deskhand's cleaning. */
  static String plainText(EvalTicket t) {
    return RequestText.of(t.subject(), t.description());
  }

  /** deskhand.yaml lines setting each field's threshold to the recommended one. */
  static String policySnippet(ObjectNode fields) {
    StringBuilder sb = new StringBuilder("# thresholds recommended by deskhand eval for the target precision\nclassifier:\n  thresholds:\n");
    fields.fields().forEachRemaining(e -> {
      JsonNode t = e.getValue().path("recommended_threshold");
      if (t.isNumber()) sb.append("    ").append(e.getKey()).append(": ").append(t.asDouble()).append('\n');
      else sb.append("    ").append(e.getKey()).append(": 1.0  # no threshold reaches the target precision: always abstain\n");
    });
    return sb.toString();
  }

  /** Per field and language: the share Deskhand would handle at the recommended threshold, and how well. */
  private ObjectNode readiness(ObjectNode fields) {
    ObjectNode r = json.createObjectNode();
    fields.fields().forEachRemaining(e -> {
      ObjectNode f = r.putObject(e.getKey());
      JsonNodeSupport.copy(e.getValue(), f, "recommended_threshold", "coverage_at_target_precision", "precision_at_recommended_threshold");
      ObjectNode langs = f.putObject("by_language");
      e.getValue().path("by_language").fields().forEachRemaining(l -> {
        ObjectNode ln = langs.putObject(l.getKey());
        JsonNodeSupport.copy(l.getValue(), ln, "test_count", "handled_at_recommended_threshold", "accuracy_when_handled");
      });
    });
    return r;
  }

  /** The best and worst test tickets: by draft ROUGE-L when replies exist, else the surest right and wrong predictions. */
  private ArrayNode examples(List<EvalTicket> test, Triage[] triages, DraftScores drafts, String field, Map<String, Set<String>> trainLabels) {
    List<Integer> order = new ArrayList<>(IntStream.range(0, test.size()).boxed().toList());
    ArrayNode out = json.createArrayNode();
    List<Integer> best;
    List<Integer> worst;
    if (drafts.report() != null) {
      List<Integer> scored = order.stream().filter(i -> drafts.rouge()[i] != null).sorted(Comparator.comparingDouble(i -> -drafts.rouge()[i])).toList();
      best = scored.subList(0, Math.min(5, scored.size()));
      List<Integer> rev = new ArrayList<>(scored);
      Collections.reverse(rev);
      worst = rev.subList(0, Math.min(5, rev.size()));
    } else if (field != null) {
      Comparator<Integer> byConfidence = Comparator.comparingDouble(i -> {
        Prediction p = triages[i].fields().get(field);
        return p == null ? 0 : -p.confidence();
      });
      best = order.stream().filter(i -> correct(test.get(i), triages[i], field)).sorted(byConfidence).limit(5).toList();
      worst = order.stream().filter(i -> test.get(i).labels().containsKey(field) && !correct(test.get(i), triages[i], field)
          && trainLabels.get(field).contains(test.get(i).labels().get(field))).sorted(byConfidence).limit(5).toList();
    } else {
      return out;
    }
    for (int i : best) out.add(example(test.get(i), triages[i], drafts, i, "best", field));
    for (int i : worst) out.add(example(test.get(i), triages[i], drafts, i, "worst", field));
    return out;
  }

  private static boolean correct(EvalTicket t, Triage tr, String field) {
    Prediction p = tr.fields().get(field);
    String truth = t.labels().get(field);
    return p != null && truth != null && truth.equals(predictedLabel(field, p, tr, truth));
  }

  private ObjectNode example(EvalTicket t, Triage tr, DraftScores drafts, int i, String kind, String field) {
    ObjectNode e = json.createObjectNode();
    e.put("kind", kind);
    e.put("id", t.id());
    e.put("language", tr.language().code());
    e.put("text", plainText(t).length() > 600 ? plainText(t).substring(0, 600) + "..." : plainText(t));
    if (field != null && t.labels().containsKey(field)) {
      Prediction p = tr.fields().get(field);
      e.put("field", field).put("truth", t.labels().get(field));
      if (p != null) e.put("predicted", predictedLabel(field, p, tr, t.labels().get(field))).put("confidence", p.confidence());
    }
    e.put("draft", tr.draft().body());
    e.put("draft_method", tr.draft().method());
    e.put("reply", t.reply());
    if (drafts.rouge()[i] != null) e.put("rouge_l", FieldMetrics.round(drafts.rouge()[i]));
    return e;
  }

  private static void putSkipped(ObjectNode skipped, String part, Map<String, Integer> counts) {
    ObjectNode n = skipped.putObject(part);
    counts.forEach(n::put);
  }

  /** Names the work dir after the training part, so a re-run on the same data reuses its index and embeddings. */
  private static String trainFingerprint(List<EvalTicket> train) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (EvalTicket t : train) {
        md.update(t.bundleLine().getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
      }
      return "train-" + HexFormat.of().formatHex(md.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return "sha256:" + HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** Small helpers for copying report keys. */
  static final class JsonNodeSupport {
    private JsonNodeSupport() {}

    static void copy(com.fasterxml.jackson.databind.JsonNode from, ObjectNode to, String... keys) {
      for (String k : keys) if (from.has(k)) to.set(k, from.get(k));
    }
  }

  /**
   * Training tickets' ids as the input file gives them: CSV and JSONL rows are numbered in the index, and a similar
   * ticket reported by that number could not be found in the user's file. Zendesk ids stay numbers.
   */
  private record InputIds(Map<Long, String> byIndexId) {
    InputIds(List<EvalTicket> train) {
      this(train.stream().collect(java.util.stream.Collectors.toMap(EvalTicket::numericId, EvalTicket::id, (a, b) -> a)));
    }

    JsonNode of(long indexId) {
      String id = byIndexId.getOrDefault(indexId, Long.toString(indexId));
      return id.matches("\\d{1,18}") ? LongNode.valueOf(Long.parseLong(id)) : TextNode.valueOf(id);
    }
  }
}
