package io.deskhand.zendesk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** Result pages of the listing endpoints. */
public final class Pages {
  private Pages() {}

  /** Where an incremental ticket export starts: a unix start time (first run) or the saved {@code after_cursor}. */
  public record ExportStart(Optional<Long> startTime, Optional<String> cursor) {
    public static ExportStart at(long startTime) {
      return new ExportStart(Optional.of(startTime), Optional.empty());
    }

    public static ExportStart after(String cursor) {
      return new ExportStart(Optional.empty(), Optional.of(cursor));
    }
  }

  /** One page of {@code /incremental/tickets/cursor}. */
  public record TicketExportPage(List<JsonNode> tickets, String afterCursor, boolean endOfStream) {
    public TicketExportPage {
      tickets = List.copyOf(tickets);
    }
  }

  /** One page of {@code /incremental/ticket_events}: time-based, so the next page starts at {@code endTime}. */
  public record TicketEventsPage(List<JsonNode> events, long endTime, boolean endOfStream) {
    public TicketEventsPage {
      events = List.copyOf(events);
    }
  }

  /** One page of help-center articles; {@code next} is the link to follow, empty on the last page. */
  public record ArticlesPage(List<JsonNode> articles, Optional<String> next) {
    public ArticlesPage {
      articles = List.copyOf(articles);
    }
  }
}
