package io.deskhand.zendesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * The Zendesk Support calls Deskhand makes. Implementations retry what can be retried and throw
 * {@link ZendeskRetryableException} or {@link ZendeskRejectedException} when they give up.
 */
public interface ZendeskClient {
  /** GET /api/v2/tickets/{id}; a missing ticket is a {@link ZendeskRejectedException} with status 404. */
  ZendeskTicket ticket(long id);

  /**
   * Every comment of a ticket, oldest first (all pages), as Zendesk wrote them: `sync` keeps them verbatim in its
   * bundle, as it keeps the export pages, and reads them through {@link ZendeskJson} when it ingests.
   */
  List<JsonNode> comments(long ticketId);

  /** PUT /api/v2/tickets/{id}; with an updated stamp this is a safe update and a stale stamp gives a 409 rejection. */
  ZendeskTicket updateTicket(long id, TicketUpdate update);

  /**
   * Every comment of a ticket, oldest first, with their authors sideloaded ({@code include=users}): the requester's
   * chosen language (user {@code locale}) comes with the comments at no extra call.
   */
  CommentThread commentThread(long ticketId);

  /**
   * One cheap call that needs nothing but the credentials (the first group, GET /api/v2/groups?page[size]=1): tells a
   * refused token from a ticket the token may not see. Throws {@link ZendeskAuthException} on 401 or 403.
   */
  void checkCredentials();

  /** Every group (all pages). */
  List<ZendeskGroup> groups();

  /** POST /api/v2/tickets with the given ticket object. */
  ZendeskTicket createTicket(ObjectNode ticket);

  /** One page of the cursor-based incremental ticket export. */
  Pages.TicketExportPage exportTickets(Pages.ExportStart start);

  /** One page of the incremental ticket events export, with comment events sideloaded. */
  Pages.TicketEventsPage ticketEvents(long startTime);

  /** A page of help-center articles: the first when {@code next} is empty, else the page that link names. */
  Pages.ArticlesPage articles(Optional<String> next);
}
