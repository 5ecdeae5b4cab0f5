package io.deskhand.cli;

import io.deskhand.Services;
import io.deskhand.index.Ingestor;
import io.deskhand.ticket.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
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

  private static boolean isBlank(Path file) throws IOException {
    try (var lines = TextFiles.lines(file)) {
      return lines.allMatch(String::isBlank);
    }
  }

  @Override
  public Integer call() throws Exception {
    if (tickets == null && articles == null && docs == null) {
      throw new DeskhandCli.UsageException("ingest needs at least one of --tickets, --articles, --docs");
    }
    for (Path p : new Path[] {tickets, articles}) {
      if (p != null && !Files.isRegularFile(p)) throw new DeskhandCli.UsageException(p + " is not a readable file");
    }
    if (docs != null && !Files.isDirectory(docs)) throw new DeskhandCli.UsageException("--docs " + docs + " is not a directory");
    if (tickets != null && isBlank(tickets)) throw new DeskhandCli.UsageException("--tickets " + tickets + " holds no tickets");
    var config = context.config();
    try (Services services = context.services().apply(config, context.err())) {
      services.replaceDemo();
      Ingestor ingestor = services.ingestor(services.configuredLabels());
      boolean ticketsIngested = false;
      try {
        if (tickets != null) {
          context.out().println(ingestor.tickets(tickets));
          ticketsIngested = true;
        }
        if (articles != null) context.out().println(ingestor.articles(articles));
        if (docs != null) context.out().println(ingestor.docs(docs));
      } finally {
        // tickets already in the index are learned from even when a later input is refused
        if (ticketsIngested) services.retrain();
      }
      context.out().println("index: " + services.index().counts());
    }
    return 0;
  }
}
