package io.deskhand.triage;

import io.deskhand.classify.Classifiers;
import io.deskhand.classify.TicketFeatures;
import io.deskhand.clean.TextCleaner;
import io.deskhand.config.DeskhandConfig;
import io.deskhand.draft.Draft;
import io.deskhand.draft.DraftRequest;
import io.deskhand.draft.Drafter;
import io.deskhand.draft.TicketAssistant;
import io.deskhand.embedding.Embedder;
import io.deskhand.entity.TicketEntities;
import io.deskhand.index.KnowledgeIndex;
import io.deskhand.index.SearchRequest;
import io.deskhand.language.LanguageDetector;
import io.deskhand.language.LanguageHints;
import io.deskhand.ticket.DetectedLanguage;
import io.deskhand.ticket.Entity;
import io.deskhand.ticket.Field;
import io.deskhand.ticket.GroupDirectory;
import io.deskhand.ticket.Prediction;
import io.deskhand.ticket.RequestText;
import io.deskhand.ticket.Retrieved;
import io.deskhand.ticket.TicketText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Ticket text in, triage out: clean, detect language, embed, retrieve, classify, draft. Thread-safe. */
public final class TriagePipeline {
  static final int SIMILAR_TICKETS = 5;
  static final int ARTICLES = 3;
  /** Nearest solved tickets in the ticket's own language, the drafter's candidates beside the fused list. */
  static final int SAME_LANGUAGE_TICKETS = 10;

  private final TextCleaner cleaner;
  private final LanguageDetector detector;
  private final Embedder embedder;
  private final KnowledgeIndex index;
  private final AtomicReference<Classifiers> classifiers;
  private final Drafter drafter;
  private final TicketAssistant assistant;
  private final DeskhandConfig.Classifier thresholds;
  private final List<String> supportedLanguages;
  private final Supplier<GroupDirectory> groups;
  private final Executor besideEmbedding;
  private final TicketEntities entities;

  /**
   * @param besideEmbedding runs language detection while the ticket is embedded (the embedding does not need the
   *     language); detection is a fraction of a millisecond of work but waits on a hand-off to a pool thread
   */
  public TriagePipeline(TextCleaner cleaner, LanguageDetector detector, Embedder embedder, KnowledgeIndex index,
                        Classifiers classifiers, Drafter drafter, DeskhandConfig.Classifier thresholds,
                        List<String> supportedLanguages, Supplier<GroupDirectory> groups, Executor besideEmbedding,
                        TicketEntities entities) {
    this(cleaner, detector, embedder, index, new AtomicReference<>(classifiers), drafter, TicketAssistant.NONE, thresholds,
        supportedLanguages, groups, besideEmbedding, entities);
  }

  private TriagePipeline(TextCleaner cleaner, LanguageDetector detector, Embedder embedder, KnowledgeIndex index,
                         AtomicReference<Classifiers> classifiers, Drafter drafter, TicketAssistant assistant,
                         DeskhandConfig.Classifier thresholds, List<String> supportedLanguages, Supplier<GroupDirectory> groups,
                         Executor besideEmbedding, TicketEntities entities) {
    this.cleaner = cleaner;
    this.detector = detector;
    this.embedder = embedder;
    this.index = index;
    this.classifiers = classifiers;
    this.drafter = drafter;
    this.assistant = assistant;
    this.thresholds = thresholds;
    this.supportedLanguages = List.copyOf(supportedLanguages);
    this.groups = groups;
    this.besideEmbedding = besideEmbedding;
    this.entities = entities;
  }

  /**
   * The same pipeline drafting with {@code other} (an LLM drafter over this one's extractive drafter); it shares this
   * one's classifiers, so a retrain reaches both.
   */
  public TriagePipeline withDrafter(Drafter other) {
    return new TriagePipeline(cleaner, detector, embedder, index, classifiers, other, assistant, thresholds, supportedLanguages,
        groups, besideEmbedding, entities);
  }

  /** The same pipeline with a summary and translation of each ticket from {@code other}. */
  public TriagePipeline withAssistant(TicketAssistant other) {
    return new TriagePipeline(cleaner, detector, embedder, index, classifiers, drafter, other, thresholds, supportedLanguages,
        groups, besideEmbedding, entities);
  }

  /** Swaps in classifiers retrained after an ingest; triages under way finish with the old ones. */
  public void useClassifiers(Classifiers updated) {
    classifiers.set(updated);
  }

  public Classifiers classifiers() {
    return classifiers.get();
  }

  public Triage triage(TicketText ticket) {
    return triage(ticket, null);
  }

  /** The text that is embedded and classified for a ticket: subject plus cleaned description. */
  public String requestText(TicketText ticket) {
    return requestText(ticket.subject(), cleaner.clean(ticket.description()));
  }

  private static String requestText(String subject, String cleaned) {
    return RequestText.of(subject, cleaned);
  }

  /**
   * @param precomputedVector the embedding of {@link #requestText(TicketText)}, or null to embed here (`eval` embeds
   *     its test tickets in parallel batches and caches them, so an interrupted run resumes)
   */
  public Triage triage(TicketText ticket, float[] precomputedVector) {
    Map<String, Double> timings = new LinkedHashMap<>();
    long start = System.nanoTime();
    String cleaned = cleaner.clean(ticket.description());
    String text = requestText(ticket.subject(), cleaned);
    CompletableFuture<DetectedLanguage> detecting =
        CompletableFuture.supplyAsync(() -> detectLanguage(text, ticket.requesterLocale()), besideEmbedding);
    long t = lap(timings, "clean", start);

    float[] vector = precomputedVector != null ? precomputedVector : embedder.embed(text);
    DetectedLanguage language = joined(detecting);
    // summary and translation wait on a model server, not on a core: they run while this thread retrieves and drafts
    CompletableFuture<TicketAssistant.Assistance> assisting = assistant.assist(new TicketAssistant.Request(language.code(),
        ticket.subject(), cleaned, ticket.laterComments(), ticket.requesterName()));
    t = lap(timings, "embed", t);

    Retrieved retrieved = index.search(new SearchRequest(text, vector, language.code(), SIMILAR_TICKETS,
        thresholds.neighbours(), ARTICLES, SAME_LANGUAGE_TICKETS));
    t = lap(timings, "retrieve", t);

    Classifiers.Result result = classifiers.get().classify(new TicketFeatures(text, vector, retrieved.neighbours()));
    Map<String, Prediction> fields = new LinkedHashMap<>(result.fields());
    Optional<Long> groupId = Optional.empty();
    Prediction group = fields.get(Field.GROUP.key());
    if (group != null) {
      GroupDirectory directory = groups.get();
      if (result.groupIsLearned() && group.label().matches("\\d{1,18}")) {
        long id = Long.parseLong(group.label());
        groupId = Optional.of(id);
        List<Prediction.Alternative> alternatives = group.alternatives().stream()
            .map(a -> new Prediction.Alternative(groupName(directory, a.label()), a.confidence())).toList();
        fields.put(Field.GROUP.key(), new Prediction(groupName(directory, group.label()), group.confidence(), alternatives, group.evidence()));
      } else {
        groupId = directory.idOf(group.label());
      }
    }
    boolean covered = supportedLanguages.contains(language.code()) && index.documentsInLanguage(language.code()) > 0;
    List<String> abstained = new ArrayList<>();
    if (language.confidence() < thresholds.threshold("language")) abstained.add("language");
    for (Field field : Field.values()) {
      Prediction p = fields.get(field.key());
      if (p == null || !covered || p.confidence() < thresholds.threshold(field.key())) abstained.add(field.key());
    }
    List<Prediction> tags = covered ? result.tags().stream().filter(p -> p.confidence() >= thresholds.threshold("tags")).toList() : List.of();
    t = lap(timings, "classify", t);

    List<Entity> found = entities.find(ticket, cleaned);
    Draft draft;
    if (covered) {
      Optional<String> intent = abstained.contains(Field.INTENT.key()) ? Optional.empty() : Optional.of(fields.get(Field.INTENT.key()).label());
      // tone only shapes a language model's draft; the requester's name greets in either
      Optional<String> tone = abstained.contains(Field.TONE.key()) ? Optional.empty()
          : Optional.ofNullable(fields.get(Field.TONE.key())).map(Prediction::label);
      draft = drafter.draft(new DraftRequest(language.code(), ticket.subject(), cleaned, retrieved, intent,
          intent.isPresent() ? fields.get(Field.INTENT.key()).confidence() : 0, tone, found, ticket.requesterName()));
    } else {
      draft = Draft.declined("No draft: Deskhand does not cover this ticket's language (" + language.code()
          + "); supported: " + String.join(", ", supportedLanguages) + ".", language.code(), "language not covered");
    }
    if (draft.declined()) abstained.add("draft");
    t = lap(timings, "draft", t);
    TicketAssistant.Assistance assistance = assisting.join();
    if (assistant != TicketAssistant.NONE) lap(timings, "assist", t);
    timings.put("total", round((System.nanoTime() - start) / 1e6));
    return new Triage(cleaned, language, fields, groupId, tags, retrieved.similarTickets(), retrieved.articles(),
        retrieved.docs(), draft, abstained, timings, entities.exposed(found), assistance.summary(), assistance.translation());
  }

  /** A learned group's name for its Zendesk id, as the top answer and its alternatives are shown alike. */
  private static String groupName(GroupDirectory directory, String label) {
    if (!label.matches("\\d{1,18}")) return label;
    long id = Long.parseLong(label);
    return directory.name(id).orElse("group " + id);
  }

  /** The detected language, or the detector's own exception (as if it had run on this thread). */
  private static DetectedLanguage joined(CompletableFuture<DetectedLanguage> detecting) {
    try {
      return detecting.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
  }

  /**
   * Short texts are ambiguous ("refund my order"); when the text leaves the language under its threshold, the
   * requester's locale and the languages the knowledge base holds weigh in.
   */
  private DetectedLanguage detectLanguage(String text, Optional<String> requesterLocale) {
    Map<String, Long> documents = new LinkedHashMap<>();
    for (String language : supportedLanguages) documents.put(language, index.documentsInLanguage(language));
    return detector.detect(text, new LanguageHints(requesterLocale, documents, thresholds.threshold("language")));
  }

  private static long lap(Map<String, Double> timings, String stage, long since) {
    long now = System.nanoTime();
    timings.put(stage, round((now - since) / 1e6));
    return now;
  }

  private static double round(double ms) {
    return Math.round(ms * 100) / 100.0;
  }
}
