package io.deskhand.cli;

import io.deskhand.Services;
import io.deskhand.index.Ingestor;
import java.nio.file.Path;
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
    if (tickets == null && articles == null && docs == null) {
      throw new DeskhandCli.UsageException("ingest needs at least one of --tickets, --articles, --docs");
    }
    for (Path p : new Path[] {tickets, articles}) {
      if (p != null && !java.nio.file.Files.isRegularFile(p)) throw new DeskhandCli.UsageException(p + " is not a readable file");
    }
    if (docs != null && !java.nio.file.Files.isDirectory(docs)) throw new DeskhandCli.UsageException("--docs " + docs + " is not a directory");
    var config = context.config();
    try (Services services = context.services().apply(config, context.err())) {
      Ingestor ingestor = services.ingestor(services.configuredLabels());
      if (tickets != null) context.out().println(ingestor.tickets(tickets));
      if (articles != null) context.out().println(ingestor.articles(articles));
      if (docs != null) context.out().println(ingestor.docs(docs));
      if (tickets != null) services.retrain();
      context.out().println("index: " + services.index().counts());
    }
    return 0;
  }
}
