package io.deskhand.classify;

import io.deskhand.ticket.Prediction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All field classifiers together. Fields learned from the team's solved tickets win; without enough history,
 * intent falls back to the taxonomy, priority to the urgency descriptions, group to the taxonomy's intent-to-group map.
 */
public final class Classifiers {
  private final Optional<LearnedModels> learned;
  private final PrototypeModel taxonomy;
  private final PrototypeModel tone;
  private final PrototypeModel urgency;
  private final Map<String, String> intentGroups;
  private final Optional<PrototypeModel> describedGroups;
  /** Every learned model, fields then tags, in the order of {@link #stack}'s columns. */
  private final List<LinearKnnModel> stacked;
  private final OneVsRestModel.Stack stack;

  /**
   * @param intentGroups the taxonomy's default group per intent, used when groups are neither learned nor described
   * @param describedGroups groups described by an admin (models/groups.yaml), used when they are not learned
   */
  public Classifiers(Optional<LearnedModels> learned, PrototypeModel taxonomy, PrototypeModel tone, PrototypeModel urgency,
                     Map<String, String> intentGroups, Optional<PrototypeModel> describedGroups) {
    this.learned = learned;
    this.taxonomy = taxonomy;
    this.tone = tone;
    this.urgency = urgency;
    this.intentGroups = Map.copyOf(intentGroups);
    this.describedGroups = describedGroups;
    this.stacked = learned.map(m -> {
      List<LinearKnnModel> all = new ArrayList<>(m.models().values());
      all.addAll(m.tagModels());
      return all;
    }).orElse(List.of());
    this.stack = new OneVsRestModel.Stack(stacked.stream().map(LinearKnnModel::linear).toList());
  }

  /** A copy using newly trained models (after an ingest), keeping the zero-shot parts. */
  public Classifiers withLearned(Optional<LearnedModels> models) {
    return new Classifiers(models, taxonomy, tone, urgency, intentGroups, describedGroups);
  }

  /** The zero-shot models whose scores the learned priority model reads ({@link Signals}): tone, then urgency. */
  public List<PrototypeModel> signalModels() {
    return List.of(tone, urgency);
  }

  /** The zero-shot intent taxonomy: its examples also train, and its scores inform, the learned intent model. */
  public PrototypeModel taxonomy() {
    return taxonomy;
  }

  public Optional<LearnedModels> learned() {
    return learned;
  }

  /** The result of classifying one ticket. {@code group} labels are Zendesk group ids when learned, names otherwise. */
  public record Result(Map<String, Prediction> fields, List<Prediction> tags, boolean groupIsLearned) {}

  public Result classify(TicketFeatures f) {
    Map<String, Prediction> fields = new LinkedHashMap<>();
    Map<LinearKnnModel, double[]> linear = linearProbabilities(f);
    LinearKnnModel intentModel = model("intent");
    Prediction intent = intentModel == null ? taxonomy.predict(f.vector())
        : intentModel.predict(linear.get(intentModel), f.neighbours(), intentModel.usesPrior() ? taxonomy.probabilities(f.vector()) : null);
    fields.put("intent", intent);
    fields.put("tone", tone.predict(f.vector()));
    LinearKnnModel priorityModel = model("priority");
    fields.put("priority", priorityModel != null ? priorityModel.predict(linear.get(priorityModel), f.neighbours(), null) : urgency.predict(f.vector()));
    LinearKnnModel groupModel = model("group");
    if (groupModel != null) {
      fields.put("group", groupModel.predict(linear.get(groupModel), f.neighbours(), null));
    } else if (describedGroups.isPresent()) {
      fields.put("group", describedGroups.get().predict(f.vector()));
    } else if (intentGroups.containsKey(intent.label())) {
      fields.put("group", new Prediction(intentGroups.get(intent.label()), intent.confidence(), List.of(), intent.evidence()));
    }
    LinearKnnModel typeModel = model("type");
    if (typeModel != null) fields.put("type", typeModel.predict(linear.get(typeModel), f.neighbours(), null));

    List<Prediction> tags = new ArrayList<>();
    for (LinearKnnModel tagModel : learned.map(LearnedModels::tagModels).orElse(List.of())) {
      double c = tagModel.confidenceOf(LinearKnnModel.YES, linear.get(tagModel), f.neighbours());
      if (c >= 0.2) {
        String tag = tagModel.field.substring(LinearKnnModel.TAG_PREFIX.length());
        List<Prediction.Evidence> evidence = f.neighbours().stream().filter(h -> h.ticket().tags().contains(tag)).limit(3)
            .map(h -> new Prediction.Evidence(h.ticket().id(), null, LinearKnnModel.round(h.similarity()))).toList();
        tags.add(new Prediction(tag, c, List.of(), evidence));
      }
    }
    tags.sort(Comparator.comparingDouble(p -> -p.confidence()));
    return new Result(fields, tags, groupModel != null);
  }

  /** The linear part of every learned model for this ticket, all scored in one pass over its features. */
  private Map<LinearKnnModel, double[]> linearProbabilities(TicketFeatures f) {
    if (learned.isEmpty()) return Map.of();
    TfidfFeatures features = learned.get().features();
    double[] signals = Signals.values(signalModels(), f.vector(), features.signalNames());
    double[][] scored = stack.probabilities(features.features(f.text(), f.vector(), signals));
    Map<LinearKnnModel, double[]> out = new IdentityHashMap<>();
    for (int m = 0; m < scored.length; m++) out.put(stacked.get(m), scored[m]);
    return out;
  }

  private LinearKnnModel model(String field) {
    return learned.map(m -> m.models().get(field)).orElse(null);
  }
}
