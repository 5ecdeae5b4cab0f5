package io.deskhand.cli;

import io.deskhand.Services;
import io.deskhand.config.DeskhandConfig;
import io.deskhand.index.Ingestor;
import io.deskhand.knowledge.KnowledgeBase;
import io.deskhand.zendesk.ZendeskSync;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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
    try (Services services = context.services().apply(config, context.err())) {
      KnowledgeBase.SyncResult result = services.knowledge().sync(services.zendesk().orElseThrow(), startTime);
      for (Ingestor.Report report : result.reports()) context.out().println(report);
      ZendeskSync.Report fetched = result.fetched();
      context.out().printf("sync: %d tickets seen, %d comments, %d refreshed, %d articles, %d groups, %d removed; index: %s%n",
          fetched.ticketsSeen(), fetched.comments(), fetched.refreshed(), fetched.articles(), fetched.groups(), result.removed(),
          services.knowledge().index().counts());
    }
    return 0;
  }
}
