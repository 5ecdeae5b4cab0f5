package io.deskhand.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bwaldvogel.liblinear.Feature;
import io.deskhand.embedding.Embedder;
import io.deskhand.ticket.Prediction;
import io.deskhand.ticket.SolvedTicket;
import io.deskhand.ticket.TicketHit;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learned fields on small made-up data sets, through the same classify path as triage. */
class ClassifierTrainerTest {
  private static final int DIMENSION = 384;

  /** Vectors for words: each distinct word a fixed random direction, a text the normalised sum of its words'. */
  private static final class WordEmbedder implements Embedder {
    @Override
    public float[] embed(String text) {
      float[] v = new float[DIMENSION];
      for (String w : text.toLowerCase(java.util.Locale.ROOT).split("\\W+")) {
        Random r = new Random(w.hashCode());
        for (int d = 0; d < DIMENSION; d++) v[d] += (float) r.nextGaussian();
      }
      return normalised(v);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
      return texts.stream().map(this::embed).toList();
    }

    @Override
    public int dimension() {
      return DIMENSION;
    }

    @Override
    public String modelId() {
      return "words";
    }
  }

  private static final Embedder EMBEDDER = new WordEmbedder();
  private static final PrototypeModel TAXONOMY = PrototypeModel.build("intent",
      Map.of("billing.refund", List.of("refund my money"), "order.tracking", List.of("where is my parcel")), EMBEDDER);
  private static final PrototypeModel TONE = PrototypeModel.build("tone",
      Map.of("angry", List.of("furious chargeback lawyer"), "calm", List.of("thanks kindly whenever")), EMBEDDER);
  private static final PrototypeModel URGENCY = PrototypeModel.build("priority",
      Map.of("high", List.of("urgent today immediately"), "low", List.of("whenever someday later")), EMBEDDER);

  private static ClassifierTrainer trainer() {
    return new ClassifierTrainer(30, 10, 42, new PrintStream(new ByteArrayOutputStream(), true));
  }

  private static LearnedModels train(List<LabelledTicket> tickets) {
    return trainer().train(tickets, EMBEDDER.modelId(), DIMENSION, Optional.empty(), List.of(TONE, URGENCY));
  }

  private static Classifiers classifiers(LearnedModels models) {
    return new Classifiers(Optional.of(models), TAXONOMY, TONE, URGENCY, Map.of(), Optional.empty());
  }

  /** The nearest training tickets by cosine, as the index's vector search gives them at triage. */
  private static List<TicketHit> neighbours(float[] vector, List<LabelledTicket> train) {
    return train.stream()
        .map(t -> new TicketHit(new SolvedTicket(t.id(), "", t.text(), "", "und", t.labels(), t.tags(), Instant.EPOCH, ""),
            Math.max(0, Math.min(1, ClassifierTrainer.dot(vector, t.vector())))))
        .sorted(Comparator.comparingDouble(h -> -h.similarity())).limit(10).toList();
  }

  private static Prediction predict(Classifiers c, String field, LabelledTicket t, List<LabelledTicket> train) {
    return c.classify(new TicketFeatures(t.text(), t.vector(), neighbours(t.vector(), train))).fields().get(field);
  }

  private static double accuracy(List<LabelledTicket> test, String field, Function<LabelledTicket, String> predicted) {
    return test.stream().filter(t -> t.labels().get(field).equals(predicted.apply(t))).count() / (double) test.size();
  }

  private static LabelledTicket ticket(long id, String text, float[] vector, String field, String label) {
    return new LabelledTicket(id, text, vector, Map.of(field, label), List.of());
  }

  private static float[] normalised(float[] v) {
    double n = 0;
    for (float x : v) n += x * x;
    float[] out = new float[v.length];
    for (int d = 0; d < v.length; d++) out[d] = (float) (v[d] / Math.sqrt(n));
    return out;
  }

  private static float[] randomVector(Random r) {
    float[] v = new float[DIMENSION];
    for (int d = 0; d < DIMENSION; d++) v[d] = (float) r.nextGaussian();
    return normalised(v);
  }

  /** Three groups, each with its own words in English and French; filler words and vectors say nothing. */
  private static List<LabelledTicket> separable(int n, long firstId, Random r) {
    String[][] words = {{"invoice", "facture", "charged", "remboursement"}, {"parcel", "colis", "courier", "livraison"},
        {"password", "mot de passe", "login", "connexion"}};
    String[] filler = {"hello", "bonjour", "please", "merci", "my", "ma", "order", "commande", "today", "since"};
    List<LabelledTicket> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int g = i % 3;
      String text = filler[r.nextInt(filler.length)] + " " + words[g][r.nextInt(4)] + " " + filler[r.nextInt(filler.length)]
          + " " + words[g][r.nextInt(4)] + " " + filler[r.nextInt(filler.length)];
      out.add(ticket(firstId + i, text, randomVector(r), "group", "g" + g));
    }
    return out;
  }

  @Test
  void a_field_the_words_separate_is_learned_without_an_error() {
    // given
    Random r = new Random(1);
    List<LabelledTicket> train = separable(150, 1, r);
    List<LabelledTicket> test = separable(60, 1000, r);
    // when
    LearnedModels models = train(train);
    Classifiers c = classifiers(models);
    // then
    assertEquals(1.0, accuracy(test, "group", t -> predict(c, "group", t, train).label()));
    assertTrue(test.stream().allMatch(t -> predict(c, "group", t, train).confidence() >= 0.8), "sure of every answer");
    assertEquals(30, models.choices().get("group").heldBackCount());
  }

  @Test
  void the_neighbour_vote_joins_the_blend_when_the_held_back_tickets_say_it_helps() {
    // given: the words are noise and the vectors cluster by label (a team whose embedding says it all), then the reverse
    Random r = new Random(2);
    float[][] centres = {randomVector(r), randomVector(r), randomVector(r)};
    List<LabelledTicket> byVector = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      float[] v = centres[i % 3].clone();
      float[] noise = randomVector(r);
      for (int d = 0; d < DIMENSION; d++) v[d] += 0.9f * noise[d];
      byVector.add(ticket(i, "ticket " + r.nextInt(50) + " about " + (char) ('a' + r.nextInt(26)), normalised(v), "group", "g" + i % 3));
    }
    List<LabelledTicket> byText = separable(300, 1, r);
    // when
    ModelChoice vectorChoice = train(byVector).choices().get("group");
    ModelChoice textChoice = train(byText).choices().get("group");
    // then
    assertTrue(vectorChoice.chosen().contains("knn"), vectorChoice.toString());
    assertTrue(vectorChoice.heldBack().get("knn").accuracy() > vectorChoice.heldBack().get("tfidf").accuracy() + 0.3, vectorChoice.toString());
    assertTrue(!textChoice.chosen().contains("knn"), textChoice.toString());
    assertEquals(1.0, textChoice.heldBack().get(textChoice.chosen()).accuracy());
    assertTrue(textChoice.heldBack().get("knn").accuracy() < 0.6, "random vectors: the vote is near chance " + textChoice);
  }

  @Test
  void on_noisy_multilingual_history_deskhand_is_at_least_the_tfidf_baseline() {
    // given: labels weakly tied to words in five languages, an embedding that mostly knows the language. Before issue
    // 16 (b9ac896: hashed 3-5-grams and the embedding, blended with the vote) the same data and seeds gave, held-back
    // / test: priority 0.550 / 0.566 and type 0.465 / 0.451 against the TF-IDF baseline's 0.588 / 0.582 and
    // 0.478 / 0.476; group 0.780 / 0.774 against 0.558 / 0.557, where the embedding helps (eval/noisy-at-b9ac896.sh)
    NoisyTickets generator = new NoisyTickets(16, DIMENSION);
    List<LabelledTicket> train = generator.tickets(2000, 1).stream().map(NoisyTickets.Ticket::labelled).toList();
    List<LabelledTicket> test = generator.tickets(1000, 100_001).stream().map(NoisyTickets.Ticket::labelled).toList();
    // when
    LearnedModels models = train(train);
    Classifiers c = classifiers(models);
    Map<LabelledTicket, Classifiers.Result> results = new java.util.IdentityHashMap<>();
    test.parallelStream().forEach(t -> {
      Classifiers.Result result = c.classify(new TicketFeatures(t.text(), t.vector(), neighbours(t.vector(), train)));
      synchronized (results) {
        results.put(t, result);
      }
    });
    // then: the linear model blended with the vote, as before, loses to TF-IDF on the held-back tickets of priority and
    // type, so those fields use the TF-IDF regression, and no field is below the baseline on the test tickets
    for (String field : List.of("priority", "type")) {
      Map<String, ModelChoice.Score> heldBack = models.choices().get(field).heldBack();
      assertTrue(heldBack.get("linear+knn").accuracy() < heldBack.get("tfidf").accuracy(), field + ": " + heldBack);
    }
    for (String field : List.of("group", "priority", "type")) {
      TfidfClassifier baseline = TfidfClassifier.train(train.stream().map(LabelledTicket::text).toList(),
          train.stream().map(t -> t.labels().get(field)).toList(), 42);
      double deskhand = accuracy(test, field, t -> results.get(t).fields().get(field).label());
      double tfidf = accuracy(test, field, t -> baseline.predict(t.text()));
      assertTrue(deskhand >= tfidf, field + ": Deskhand " + deskhand + ", TF-IDF " + tfidf + ", " + models.choices().get(field));
    }
    assertTrue(models.choices().get("priority").chosen().startsWith("tfidf"), models.choices().get("priority").toString());
    assertTrue(models.choices().get("type").chosen().startsWith("tfidf"), models.choices().get("type").toString());
    assertEquals("linear", models.choices().get("group").chosen());
  }

  @Test
  void priority_reads_the_urgency_signal_the_team_history_ties_to_it_and_other_fields_do_not() {
    // given: urgent-sounding tickets (close to the urgency prototype "high") were given high priority by agents
    Random r = new Random(3);
    List<LabelledTicket> train = new ArrayList<>();
    String[] urgent = {"urgent", "today", "immediately"};
    String[] calm = {"whenever", "someday", "later"};
    for (int i = 0; i < 400; i++) {
      boolean high = r.nextDouble() < 0.4;
      String text = "order " + r.nextInt(1000) + " " + (high ? urgent : calm)[r.nextInt(3)] + " please " + (char) ('a' + r.nextInt(26));
      String label = r.nextDouble() < 0.9 ? (high ? "high" : "normal") : (high ? "normal" : "high");
      train.add(new LabelledTicket(i, text, EMBEDDER.embed(text), Map.of("priority", label, "group", "g" + r.nextInt(2)), List.of()));
    }
    // when
    LearnedModels models = train(train);
    TfidfFeatures features = models.features();
    int high = models.models().get("priority").labelIndexOf("high");
    String text = "order 17 please";
    float[] vector = EMBEDDER.embed(text);
    List<String> names = features.signalNames();
    double[] urgentSignals = new double[names.size()];
    double[] calmSignals = new double[names.size()];
    urgentSignals[names.indexOf("priority:high")] = 1;
    calmSignals[names.indexOf("priority:low")] = 1;
    Feature[] urgentRow = features.features(text, vector, urgentSignals);
    Feature[] calmRow = features.features(text, vector, calmSignals);
    // then: the same words and embedding, only the urgency signal differs
    assertTrue(names.containsAll(List.of("tone:angry", "tone:calm", "priority:high", "priority:low")), names.toString());
    OneVsRestModel priority = models.models().get("priority").linear();
    assertTrue(priority.probabilities(urgentRow)[high] > priority.probabilities(calmRow)[high] + 0.05,
        Arrays.toString(priority.probabilities(urgentRow)) + " vs " + Arrays.toString(priority.probabilities(calmRow)));
    OneVsRestModel group = models.models().get("group").linear();
    assertArrayEquals(group.probabilities(urgentRow), group.probabilities(calmRow), 1e-12);
  }

  @Test
  void saved_models_load_and_predict_the_same(@TempDir Path dir) throws Exception {
    // given
    Random r = new Random(4);
    List<LabelledTicket> train = separable(150, 1, r);
    LearnedModels models = train(train);
    // when
    models.save(dir);
    LearnedModels loaded = LearnedModels.load(dir).orElseThrow();
    // then
    assertEquals(models.choices(), loaded.choices());
    for (LabelledTicket t : separable(20, 500, r)) {
      Prediction before = predict(classifiers(models), "group", t, train);
      Prediction after = predict(classifiers(loaded), "group", t, train);
      assertEquals(before, after);
    }
    assertNotEquals(0, loaded.features().vocabularySize());
  }
}
