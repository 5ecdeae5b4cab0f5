package io.deskhand.knowledge;

import io.deskhand.classify.ClassifierTrainer;
import io.deskhand.classify.LabelledTicket;
import io.deskhand.classify.LearnedModels;
import io.deskhand.classify.PrototypeModel;
import io.deskhand.config.DeskhandConfig;
import io.deskhand.embedding.Embedder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The learned classifiers (intent, group, priority, type, tags) as a {@link Trainer}: LIBLINEAR plus the neighbour vote. */
public final class ClassifierTraining implements Trainer {
  private static final Logger LOG = LoggerFactory.getLogger(ClassifierTraining.class);
  private final DeskhandConfig.Classifier config;
  private final Embedder embedder;
  private final Supplier<PrototypeModel> taxonomy;
  private final Supplier<List<PrototypeModel>> signalModels;
  private final Consumer<Optional<LearnedModels>> use;
  private final PrintStream log;

  /**
   * @param taxonomy the zero-shot intent model, whose examples join a learned intent's training rows
   * @param signalModels the zero-shot tone and urgency models, whose scores join priority's features
   * @param use switches the triage pipeline to the given learned models (empty: none)
   */
  public ClassifierTraining(DeskhandConfig.Classifier config, Embedder embedder, Supplier<PrototypeModel> taxonomy,
                            Supplier<List<PrototypeModel>> signalModels, Consumer<Optional<LearnedModels>> use, PrintStream log) {
    this.config = config;
    this.embedder = embedder;
    this.taxonomy = taxonomy;
    this.signalModels = signalModels;
    this.use = use;
    this.log = log;
  }

  @Override
  public Fitted train(TrainingData data, Path dir) throws IOException {
    List<LabelledTicket> tickets = data.newestTickets(config.maxTrainingTickets());
    if (tickets.isEmpty()) return () -> use.accept(Optional.empty());
    long start = System.nanoTime();
    LearnedModels models = new ClassifierTrainer(config.minLabelledTickets(), config.neighbours(), 42, log)
        .train(tickets, embedder.modelId(), embedder.dimension(), Optional.of(taxonomy.get()), signalModels.get());
    models.save(dir);
    LOG.info("event=classifiers_trained tickets={} seconds={}", tickets.size(), String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
    return () -> use.accept(Optional.of(models));
  }

  @Override
  public Optional<Fitted> load(Path dir) {
    return LearnedModels.load(dir).filter(m -> m.embeddingModel().equals(embedder.modelId()))
        .map(m -> () -> use.accept(Optional.of(m)));
  }
}
