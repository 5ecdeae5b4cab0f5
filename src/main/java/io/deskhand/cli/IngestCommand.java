package io.deskhand.cli;

import io.deskhand.Services;
import io.deskhand.index.Ingestor;
import io.deskhand.knowledge.KnowledgeBase;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Add resolved tickets, help-center articles and internal docs to the index, then retrain the classifiers.")
final class IngestCommand implements Callable<Integer> {
  @Option(names = "--tickets", description = "Zendesk bundle: NDJSON, one ticket with its comments per line")
  Path tickets;

  @Option(names = "--articles", description = "Zendesk Help Center articles JSON ({\"articles\": [...]})")
  Path articles;

  @Option(names = "--docs", description = "folder of internal docs (.md, .txt, .html)")
  Path docs;

  private final DeskhandCli.Context context;

  IngestCommand(DeskhandCli.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    var sources = new KnowledgeBase.Sources(Optional.ofNullable(tickets), Optional.ofNullable(articles), Optional.ofNullable(docs));
    sources.check("--");
    var config = context.config();
    try (Services services = context.services().apply(config, context.err())) {
      KnowledgeBase knowledge = services.knowledge();
      for (Ingestor.Report report : knowledge.ingest(sources, KnowledgeBase.Retrain.WHEN_TICKETS_GIVEN)) context.out().println(report);
      context.out().println("index: " + knowledge.index().counts());
    }
    return 0;
  }
}
