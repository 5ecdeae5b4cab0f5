package io.deskhand.classify;

import io.deskhand.Services;
import io.deskhand.index.LuceneKnowledgeIndex;
import io.deskhand.support.DemoServices;
import io.deskhand.ticket.SolvedTicket;
import io.deskhand.ticket.TicketHit;
import io.deskhand.ticket.TicketText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Development tool, not a test: trains the learned fields with several {@link ClassifierTrainer.Options} on the same
 * training tickets and scores each on test tickets, for the chosen blend and for every blend weight, so a change to the
 * candidates is judged on more than one held-back fifth. Run it through eval/classifier-candidates.sh.
 *
 * <p>Arguments: a source, then variants separated by commas. Sources: {@code demo} (the demo's 480 tickets, the newest
 * fifth as test), {@code index DIR [TEST.csv]} (the training tickets of an eval work dir, e.g.
 * {@code OUT/work/train-...}; test rows with a {@code text} column and columns named as the fields, or Banking77's
 * {@code text,category}; without a file, the index's newest fifth), {@code noisy SEED
 * TRAIN TEST} ({@link NoisyTickets}). Variants: {@code both}, {@code linear}, {@code tfidf} (the regressions fitted),
 * optionally {@code -c1_10} (regularisation constants tried), {@code -max65536} (vocabulary size),
 * {@code -balanced} (class weights) and {@code -logloss} (candidates chosen by held-back log-loss).
 */
public final class CandidateExperiment {
  private record Data(List<LabelledTicket> train, List<LabelledTicket> test, Optional<PrototypeModel> prior,
                      List<PrototypeModel> signals, String model, int dimension) {}

  public static void main(String[] args) throws Exception {
    String[] variants = args[args.length - 1].split(",");
    if (args[0].equals("noisy")) {
      int dimension = 384;
      NoisyTickets generator = new NoisyTickets(Long.parseLong(args[1]), dimension);
      List<LabelledTicket> train = generator.tickets(Integer.parseInt(args[2]), 1).stream().map(NoisyTickets.Ticket::labelled).toList();
      List<LabelledTicket> test = generator.tickets(Integer.parseInt(args[3]), 100_001).stream().map(NoisyTickets.Ticket::labelled).toList();
      run(new Data(train, test, Optional.empty(), List.of(), "synthetic", dimension), variants);
      return;
    }
    Path dataDir = args[0].equals("demo") ? Files.createTempDirectory("deskhand-candidates") : Path.of(args[1]);
    try (Services s = new Services(DemoServices.config(dataDir, Map.of()), DemoServices.quiet())) {
      if (args[0].equals("demo")) s.knowledge().loadDemo();
      // newest first, as the trainer reads them at ingest
      List<LabelledTicket> all = ((LuceneKnowledgeIndex) s.knowledge().index()).writer().newestTickets(100_000).stream()
          .map(t -> new LabelledTicket(t.ticket().id(), t.ticket().requestText(), t.vector(), t.ticket().labels(), t.ticket().tags()))
          .toList();
      List<LabelledTicket> train = all;
      List<LabelledTicket> test;
      if (args.length > 3) {
        test = new ArrayList<>();
        List<Map<String, String>> rows = csv(Path.of(args[2]));
        List<String> texts = rows.stream().map(r -> s.pipeline().requestText(new TicketText("", r.get("text"), List.of(), Optional.empty()))).toList();
        List<float[]> vectors = s.embedder().embedAll(texts);
        for (int i = 0; i < rows.size(); i++) {
          Map<String, String> labels = new java.util.HashMap<>(rows.get(i));
          labels.keySet().retainAll(ClassifierTrainer.FIELDS);
          test.add(new LabelledTicket(-1 - i, texts.get(i), vectors.get(i), labels, List.of()));
        }
      } else {
        int testCount = (int) Math.round(all.size() * 0.2); // as eval's time split
        test = all.subList(0, testCount);
        train = all.subList(testCount, all.size());
      }
      run(new Data(train, test, Optional.of(s.pipeline().classifiers().taxonomy()), s.pipeline().classifiers().signalModels(),
          s.embedder().modelId(), s.embedder().dimension()), variants);
    }
  }

  private static void run(Data data, String[] variants) {
    System.out.println("train " + data.train().size() + " test " + data.test().size());
    List<List<TicketHit>> neighbours = data.test().parallelStream().map(t -> nearest(t, data.train())).toList();
    for (String f : ClassifierTrainer.FIELDS) {
      List<String> labels = data.train().stream().map(t -> t.labels().get(f)).toList();
      if (labels.stream().allMatch(l -> l == null)) continue;
      TfidfClassifier b = TfidfClassifier.train(data.train().stream().map(LabelledTicket::text).toList(), labels, 42);
      System.out.printf(Locale.ROOT, "%-9s TF-IDF baseline test %.4f%n", f, accuracy(data.test(), f, t -> b.predict(t.text())));
    }
    for (String v : variants) {
      long t0 = System.nanoTime();
      LearnedModels m = new ClassifierTrainer(30, 10, 42, options(v), DemoServices.quiet())
          .train(data.train(), data.model(), data.dimension(), data.prior(), data.signals());
      System.out.printf(Locale.ROOT, "== %s (trained in %.1f s, vocabulary %d)%n", v, (System.nanoTime() - t0) / 1e9, m.features().vocabularySize());
      for (String f : m.models().keySet()) {
        LinearKnnModel model = m.models().get(f);
        double[][] lr = data.test().parallelStream().map(t -> model.linear().probabilities(m.features().features(t.text(), t.vector(),
            Signals.values(data.signals(), t.vector(), m.features().signalNames())))).toArray(double[][]::new);
        StringBuilder grid = new StringBuilder();
        boolean hasPrior = f.equals("intent") && data.prior().isPresent();
        for (double g : hasPrior ? new double[] {0, 0.25} : new double[] {0}) {
          for (double a : new double[] {0, 0.25, 0.5, 0.75, 1}) {
            if (a + g > 1) continue;
            LinearKnnModel blend = new LinearKnnModel(f, model.labels, model.linear(), a, g, Calibration.identity(), model.choice());
            List<LabelledTicket> test = data.test();
            double acc = accuracy(test, f, t -> {
              int i = test.indexOf(t);
              return blend.predict(lr[i], neighbours.get(i), g > 0 ? data.prior().get().probabilities(t.vector()) : null).label();
            });
            boolean chosen = Math.abs(a - model.alpha()) < 1e-9 && (g == 0) == !model.usesPrior();
            grid.append(String.format(Locale.ROOT, " %.2f%s=%.4f%s", a, g > 0 ? "+prior" : "", acc, chosen ? "*" : ""));
          }
        }
        ModelChoice choice = m.choices().get(f);
        System.out.printf(Locale.ROOT, "%-9s chose %-12s test by linear weight:%s%n          held back: %s%n", f, choice.chosen(), grid, choice.heldBack());
      }
    }
  }

  private static ClassifierTrainer.Options options(String variant) {
    Set<ClassifierTrainer.Regression> regressions = variant.startsWith("linear") ? Set.of(ClassifierTrainer.Regression.LINEAR)
        : variant.startsWith("tfidf") ? Set.of(ClassifierTrainer.Regression.TFIDF) : ClassifierTrainer.Options.DEFAULT.regressions();
    List<Double> cs = ClassifierTrainer.Options.DEFAULT.cs();
    int maxFeatures = TfidfFeatures.MAX_FEATURES;
    boolean balanced = false;
    ClassifierTrainer.Criterion criterion = ClassifierTrainer.Criterion.ACCURACY;
    for (String part : variant.split("-")) {
      if (part.startsWith("c")) cs = Arrays.stream(part.substring(1).split("_")).map(Double::valueOf).toList();
      if (part.startsWith("max")) maxFeatures = Integer.parseInt(part.substring(3));
      if (part.equals("balanced")) balanced = true;
      if (part.equals("logloss")) criterion = ClassifierTrainer.Criterion.LOG_LOSS;
    }
    return new ClassifierTrainer.Options(regressions, cs, maxFeatures, balanced, criterion);
  }

  private static double accuracy(List<LabelledTicket> test, String field, Function<LabelledTicket, String> predict) {
    List<LabelledTicket> labelled = test.stream().filter(t -> t.labels().get(field) != null).toList();
    return labelled.parallelStream().filter(t -> t.labels().get(field).equals(predict.apply(t))).count() / (double) labelled.size();
  }

  /** The ten nearest training tickets by cosine, as the index's vector search gives them at triage. */
  private static List<TicketHit> nearest(LabelledTicket q, List<LabelledTicket> train) {
    Integer[] order = new Integer[train.size()];
    double[] sim = new double[train.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      sim[i] = ClassifierTrainer.dot(q.vector(), train.get(i).vector());
    }
    Arrays.sort(order, (a, b) -> Double.compare(sim[b], sim[a]));
    List<TicketHit> out = new ArrayList<>();
    for (int r = 0; r < Math.min(10, order.length); r++) {
      LabelledTicket t = train.get(order[r]);
      out.add(new TicketHit(new SolvedTicket(t.id(), "", t.text(), "", "und", t.labels(), t.tags(), Instant.EPOCH, ""),
          Math.max(0, Math.min(1, sim[order[r]]))));
    }
    return out;
  }

  /**
   * A CSV file's rows by column: "text" and the columns named as learned fields; a file with no such column has its
   * second one as intent (Banking77's text,category).
   */
  private static List<Map<String, String>> csv(Path file) throws Exception {
    try (var parser = CSVParser.parse(file, StandardCharsets.UTF_8, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
      List<String> header = parser.getHeaderNames();
      boolean named = header.stream().anyMatch(ClassifierTrainer.FIELDS::contains);
      return parser.stream().map(r -> {
        Map<String, String> row = new java.util.HashMap<>(r.toMap());
        row.put("text", r.isMapped("text") ? r.get("text") : r.get(0));
        if (!named) row.put("intent", r.get(1));
        return row;
      }).toList();
    }
  }
}
