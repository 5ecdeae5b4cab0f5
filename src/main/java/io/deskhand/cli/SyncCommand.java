package io.deskhand.cli;

import io.deskhand.Services;
import io.deskhand.config.DeskhandConfig;
import io.deskhand.index.Ingestor;
import io.deskhand.index.LuceneKnowledgeIndex;
import io.deskhand.zendesk.ZendeskSync;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sync", mixinStandardHelpOptions = true,
    description = "Pull solved tickets with comments, help-center articles and groups from Zendesk, index them and retrain. Resumable.")
final class SyncCommand implements Callable<Integer> {
  @Option(names = "--since", description = "first sync only: export tickets changed since this instant (e.g. 2024-01-01T00:00:00Z); default: all")
  String since;

  private final DeskhandCli.Context context;

  SyncCommand(DeskhandCli.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    DeskhandConfig config = context.config();
    if (!config.zendesk().configured()) {
      throw new DeskhandCli.UsageException("sync needs zendesk.url, zendesk.email and zendesk.token "
          + "(DESKHAND_ZENDESK_URL, DESKHAND_ZENDESK_EMAIL, DESKHAND_ZENDESK_TOKEN)");
    }
    long startTime = 0;
    if (since != null) {
      try {
        startTime = Instant.parse(since).getEpochSecond();
        if (startTime > Instant.now().getEpochSecond() - 60) {
          throw new DeskhandCli.UsageException("--since must be at least a minute in the past (Zendesk's incremental export "
              + "refuses later start times), got " + since);
        }
      } catch (DateTimeParseException e) {
        throw new DeskhandCli.UsageException("--since expects an ISO-8601 instant such as 2024-01-01T00:00:00Z, got '" + since + "'");
      }
    }
    try (Services services = context.services().apply(config, context.err());
         ZendeskSync sync = new ZendeskSync(services.zendesk().orElseThrow(), config.dataDir().resolve("sync"), context.err())) {
      Path groups = config.dataDir().resolve("sync").resolve("groups.json");
      ZendeskSync.Report report = sync.run(startTime, groups);
      services.replaceDemo();
      services.updateGroups(Files.readString(groups));
      List<Long> removed = new ArrayList<>(report.deleted());
      removed.addAll(report.reopened());
      for (long id : removed) services.index().delete(LuceneKnowledgeIndex.ticketUid(id));
      services.index().commit();
      sync.clearDeletions(removed);
      Ingestor ingestor = services.ingestor(services.configuredLabels());
      context.out().println(ingestor.tickets(sync.bundle()));
      if (report.articles() > 0) context.out().println(ingestor.articles(sync.articlesFile()));
      // removed and re-written (e.g. redacted) tickets are only marked deleted in their segments until merged away
      services.index().expungeDeletes();
      services.retrain();
      context.out().printf("sync: %d tickets seen, %d comments, %d refreshed, %d articles, %d groups, %d removed; index: %s%n",
          report.ticketsSeen(), report.comments(), report.refreshed(), report.articles(), report.groups(), removed.size(),
          services.index().counts());
    }
    return 0;
  }
}
