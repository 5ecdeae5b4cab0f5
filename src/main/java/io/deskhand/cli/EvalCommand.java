package io.deskhand.cli;

import io.deskhand.Services;
import io.deskhand.eval.ColumnMapping;
import io.deskhand.eval.EvalOptions;
import io.deskhand.eval.Evaluation;
import io.deskhand.eval.InputFormat;
import io.deskhand.ticket.Field;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Simulation on past tickets: train a fresh index and classifiers on one part, triage the other, "
        + "write DIR/report.json, DIR/predictions.ndjson and DIR/report.html.")
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--input", description = "past tickets to split into training and test parts")
  Path input;

  @Option(names = "--train", description = "training tickets (with --test instead of --input)")
  Path train;

  @Option(names = "--test", description = "test tickets (with --train)")
  Path test;

  @Option(names = "--split", defaultValue = "time", description = "time (train on earlier tickets; file order without times) or random (default ${DEFAULT-VALUE})")
  String split;

  @Option(names = "--test-fraction", defaultValue = "0.2", description = "share of --input held out for testing (default ${DEFAULT-VALUE})")
  double testFraction;

  @Option(names = "--seed", defaultValue = "42", description = "seed of the random split (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--format", description = "zendesk, csv or jsonl (default: from the file extension)")
  String format;

  @Option(names = "--text-columns", description = "CSV/JSONL columns with the customer's text, e.g. subject,body (the first of several is the subject)")
  String textColumns;

  @Option(names = "--label-columns", description = "field=column pairs, e.g. intent=category,group=team; fields: intent, group, priority, type. "
      + "For Zendesk bundles a number is a custom field id (intent=360012345678)")
  String labelColumns;

  @Option(names = "--reply-column", description = "CSV/JSONL column with the agent's reply (drafts are scored against it)")
  String replyColumn;

  @Option(names = "--time-column", description = "CSV/JSONL column with the creation time (ISO 8601 or epoch seconds)")
  String timeColumn;

  @Option(names = "--id-column", description = "CSV/JSONL column with the ticket id (default: the row number)")
  String idColumn;

  @Option(names = "--target-precision", defaultValue = "0.9", description = "precision the recommended thresholds aim for (default ${DEFAULT-VALUE})")
  double targetPrecision;

  @Option(names = "--baseline", description = "tfidf: also report TF-IDF (word 1-2 + char 2-5 n-grams) with logistic regression")
  String baseline;

  @Option(names = "--drafter", defaultValue = "extractive", description = "extractive (default), or llm: also draft with the "
      + "configured language model (llm.provider) and score those drafts beside the extractive ones, with the tokens used")
  String drafter;

  @Option(names = "--out", required = true, description = "directory for report.json, predictions.ndjson, report.html (and work/, reused by a re-run)")
  Path out;

  private final DeskhandCli.Context context;
  private final String[] args;

  EvalCommand(DeskhandCli.Context context, String[] args) {
    this.context = context;
    this.args = args;
  }

  @Override
  public Integer call() throws Exception {
    if ((input == null) == (train == null && test == null)) {
      throw new DeskhandCli.UsageException("eval needs either --input F, or --train F and --test F");
    }
    if (input == null && (train == null || test == null)) throw new DeskhandCli.UsageException("--train and --test go together");
    if (!split.equals("time") && !split.equals("random")) throw new DeskhandCli.UsageException("--split must be time or random, got " + split);
    if (!(testFraction > 0 && testFraction < 1)) throw new DeskhandCli.UsageException("--test-fraction must be between 0 and 1, got " + testFraction);
    if (!(targetPrecision > 0 && targetPrecision <= 1)) throw new DeskhandCli.UsageException("--target-precision must be in (0, 1], got " + targetPrecision);
    if (baseline != null && !baseline.equals("tfidf")) throw new DeskhandCli.UsageException("--baseline must be tfidf, got " + baseline);
    if (!drafter.equals("extractive") && !drafter.equals("llm")) throw new DeskhandCli.UsageException("--drafter must be extractive or llm, got " + drafter);
    if (drafter.equals("llm") && !context.config().llm().configured()) {
      throw new DeskhandCli.UsageException("--drafter llm needs a language model: set llm.provider (openai or ollama) and llm.model");
    }
    DeskhandCli.requireOutputFolder("--out", out);
    Optional<InputFormat> fmt;
    Map<String, String> labels;
    try {
      fmt = Optional.ofNullable(format).map(InputFormat::parse);
      labels = ColumnMapping.parseLabels(labelColumns);
    } catch (IllegalArgumentException e) {
      throw new DeskhandCli.UsageException(e.getMessage());
    }
    for (String field : labels.keySet()) {
      if (!Evaluation.FIELDS.contains(field) || field.equals(Field.TONE.key())) {
        throw new DeskhandCli.UsageException("--label-columns: Deskhand predicts intent, group, priority and type; got field '" + field + "'");
      }
    }
    List<String> texts = textColumns == null ? List.of() : Arrays.stream(textColumns.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    ColumnMapping mapping = new ColumnMapping(texts, labels, Optional.ofNullable(replyColumn), Optional.ofNullable(timeColumn),
        Optional.ofNullable(idColumn));
    EvalOptions options = new EvalOptions(Optional.ofNullable(input), Optional.ofNullable(train), Optional.ofNullable(test), split,
        testFraction, seed, fmt, mapping, targetPrecision, Optional.ofNullable(baseline), out, "deskhand " + String.join(" ", args), drafter);
    Evaluation.Result result = new Evaluation(context.config(), (config, log) -> {
      Services services = context.services().apply(config, log);
      return new Evaluation.Workbench(services.knowledge(), services.extractivePipeline(), services.embedder(), services.version(),
          services.llmDrafter(), services::llmUsage, services::draftGate, services::close);
    }, context.err()).run(options);
    var fields = result.report().path("fields");
    fields.fields().forEachRemaining(e -> context.out().printf(java.util.Locale.ROOT, "%s: accuracy %s, macro_f1 %s on %s test tickets%s%n",
        e.getKey(), e.getValue().path("accuracy").asText(), e.getValue().path("macro_f1").asText(), e.getValue().path("test_count").asText(),
        e.getValue().path("baselines").has("tfidf") ? " (tfidf baseline accuracy " + e.getValue().path("baselines").path("tfidf").path("accuracy").asText() + ")" : ""));
    if (result.report().has("drafts")) {
      var d = result.report().path("drafts");
      context.out().println("drafts: rouge_l " + d.path("rouge_l").asText() + ", embedding_similarity " + d.path("embedding_similarity").asText());
      if (d.has("llm")) {
        var l = d.path("llm");
        context.out().println("llm drafts: rouge_l " + l.path("rouge_l").asText() + ", embedding_similarity " + l.path("embedding_similarity").asText()
            + ", prompt tokens " + l.path("tokens").path("prompt_tokens").asText() + ", completion tokens " + l.path("tokens").path("completion_tokens").asText());
      }
    }
    context.out().println("wrote " + result.reportJson() + ", " + result.predictions() + ", " + result.html());
    return 0;
  }
}
