package io.deskhand.jobs;

import io.deskhand.config.DeskhandConfig;
import io.deskhand.ticket.Field;
import io.deskhand.ticket.TicketText;
import io.deskhand.ticket.TicketThread;
import io.deskhand.triage.Triage;
import io.deskhand.zendesk.CommentThread;
import io.deskhand.zendesk.TicketUpdate;
import io.deskhand.zendesk.ZendeskClient;
import io.deskhand.zendesk.ZendeskComment;
import io.deskhand.zendesk.ZendeskRejectedException;
import io.deskhand.zendesk.ZendeskTicket;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one job: re-reads the ticket and its comments from Zendesk (the webhook body is never trusted), skips a
 * ticket Deskhand already triaged, triages it and writes one safe update: the internal note, the tags, and in apply
 * mode what the policy allows. A 409 (someone else changed the ticket) re-reads and tries again.
 */
public final class TicketTriageJob {
  private static final Logger LOG = LoggerFactory.getLogger(TicketTriageJob.class);
  private static final int CONFLICT_ATTEMPTS = 4;

  /**
   * How a job ended when it did not throw.
   *
   * @param renewable the outcome is not the ticket's for good: a later webhook for it gets a new job
   */
  public record Outcome(JobStatus status, String detail, boolean renewable) {
    public Outcome(JobStatus status, String detail) {
      this(status, detail, false);
    }
  }

  private final ZendeskClient zendesk;
  private final Triager triager;
  private final NoteFormatter notes;
  private final DeskhandConfig.Mode mode;
  private final ApplyPolicy policy;
  private final Optional<Long> summaryFieldId;
  private final Timer triageTime;

  public TicketTriageJob(ZendeskClient zendesk, Triager triager, NoteFormatter notes, DeskhandConfig.Mode mode,
                         ApplyPolicy policy, MeterRegistry meters) {
    this(zendesk, triager, notes, mode, policy, meters, Optional.empty());
  }

  /** @param summaryFieldId llm.summary_field_id: apply mode writes the thread's summary to this custom field */
  public TicketTriageJob(ZendeskClient zendesk, Triager triager, NoteFormatter notes, DeskhandConfig.Mode mode,
                         ApplyPolicy policy, MeterRegistry meters, Optional<Long> summaryFieldId) {
    this.summaryFieldId = summaryFieldId;
    this.zendesk = zendesk;
    this.triager = triager;
    this.notes = notes;
    this.mode = mode;
    this.policy = policy;
    this.triageTime = Timer.builder("deskhand_triage_duration").description("triage of one ticket (jobs)").register(meters);
  }

  public Outcome run(Job job) {
    long id = job.ticketId();
    ZendeskTicket ticket;
    try {
      ticket = zendesk.ticket(id);
    } catch (ZendeskRejectedException e) {
      // not found now is not not found for good (a webhook that beat the ticket, a ticket restored): renewable
      if (e.isNotFound()) return new Outcome(JobStatus.SKIPPED, "ticket " + id + " not found (deleted?)", true);
      throw e;
    }
    Optional<String> skip = skipReason(ticket);
    if (skip.isPresent() && job.attempts() > 1 && ticket.tags().contains(TicketThread.TRIAGED_TAG)) {
      // an earlier attempt's update can reach Zendesk and still fail on the way back (a 502): that note is this job's
      return new Outcome(JobStatus.DONE, "the ticket carries " + TicketThread.TRIAGED_TAG + " since an earlier attempt of this job");
    }
    if (skip.isPresent()) return new Outcome(JobStatus.SKIPPED, skip.get());
    CommentThread thread = zendesk.commentThread(id);
    for (ZendeskComment c : thread.comments()) {
      if (c.body().contains(NoteFormatter.MARKER)) return new Outcome(JobStatus.SKIPPED, "a Deskhand note is already on the ticket");
    }
    Optional<TicketText> maybeText = ticketText(ticket, thread);
    if (maybeText.isEmpty()) return new Outcome(JobStatus.SKIPPED, "ticket has no text");
    TicketText text = maybeText.get();
    Triage triage = triageTime.record(() -> triager.triage(text));
    LOG.info("event=triaged job={} ticket={} language={} intent={} abstained={}", job.id(), id, triage.language().code(),
        triage.fields().containsKey(Field.INTENT.key()) ? triage.fields().get(Field.INTENT.key()).label() : "-", triage.abstained());
    // the demo's groups, priorities and intents are not the account's: apply mode writes notes only until a sync or
    // ingest has replaced the demo (also one run by this service)
    DeskhandConfig.Mode mode = this.mode == DeskhandConfig.Mode.APPLY && notes.knowledgeIsDemo() ? DeskhandConfig.Mode.NOTE : this.mode;
    if (mode == DeskhandConfig.Mode.SHADOW) {
      return new Outcome(JobStatus.DONE, "shadow mode: computed, nothing written");
    }
    String note = notes.format(triage);
    ApplyPolicy.Decision decision = mode == DeskhandConfig.Mode.APPLY ? policy.decide(triage) : ApplyPolicy.Decision.none();
    Map<Long, String> fields = new LinkedHashMap<>(decision.customFields());
    if (mode == DeskhandConfig.Mode.APPLY && summaryFieldId.isPresent()) triage.summary().ifPresent(sum -> fields.put(summaryFieldId.get(), sum));
    String refused = "";
    for (int attempt = 1; ; attempt++) {
      List<String> tags = new ArrayList<>(ticket.tags());
      for (String t : decision.tags()) if (!tags.contains(t)) tags.add(t);
      if (!tags.contains(TicketThread.TRIAGED_TAG)) tags.add(TicketThread.TRIAGED_TAG);
      TicketUpdate update = new TicketUpdate(Optional.of(note), Optional.of(tags), decision.priority(), decision.groupId(),
          Optional.ofNullable(ticket.updatedAt()), fields);
      try {
        zendesk.updateTicket(id, update);
        return new Outcome(JobStatus.DONE, mode.name().toLowerCase() + " written" + (attempt > 1 ? " after " + (attempt - 1) + " retries" : "") + refused);
      } catch (ZendeskRejectedException e) {
        if (e.status() == 422 && (!decision.equals(ApplyPolicy.Decision.none()) || !fields.isEmpty()) && attempt < CONFLICT_ATTEMPTS) {
          // Zendesk refused a field Deskhand chose (a group or priority the account does not have): the agent still
          // gets the note, and the log says which update was refused
          LOG.warn("event=apply_refused job={} ticket={} status=422 error={} group={} priority={}", job.id(), id, e.error(),
              decision.groupId().map(String::valueOf).orElse("-"), decision.priority().orElse("-"));
          decision = ApplyPolicy.Decision.none();
          fields.clear();
          refused = "; apply fields refused by Zendesk (422 " + e.error() + "), note written without them";
          continue;
        }
        if (!e.isConflict() || attempt >= CONFLICT_ATTEMPTS) throw e;
        LOG.info("event=update_conflict job={} ticket={} attempt={}", job.id(), id, attempt);
        ticket = zendesk.ticket(id);
        skip = skipReason(ticket);
        if (skip.isPresent()) return new Outcome(JobStatus.SKIPPED, skip.get());
      }
    }
  }

  /**
   * The ticket as triage reads it: subject and first message ({@link TicketThread#firstMessage}, as the index reads a
   * solved ticket), and the
   * later comments, marked by who wrote them, for the summary, and the requester's chosen language (it decides when
   * the text leaves the language unsure: "refund my order"). Deskhand's own notes are left out. Empty when the ticket
   * has no text at all.
   */
  public static Optional<TicketText> ticketText(ZendeskTicket ticket, CommentThread comments) {
    TicketThread thread = ticket.thread(comments);
    String first = thread.firstMessage();
    if (ticket.subject().isBlank() && first.isBlank()) return Optional.empty();
    Long requester = ticket.requesterId();
    List<String> later = new ArrayList<>();
    for (TicketThread.Comment c : thread.laterComments()) {
      String body = c.body();
      if (body.isBlank() || body.contains(NoteFormatter.MARKER)) continue;
      String who = requester != null && requester.equals(c.authorId()) ? "customer" : c.isPublic() ? "agent" : "agent (internal note)";
      later.add(who + ": " + body.strip());
    }
    Optional<String> locale = requester != null ? comments.localeOf(requester) : Optional.empty();
    return Optional.of(new TicketText(ticket.subject(), first, ticket.tags(), locale, Optional.empty(), later));
  }

  private static Optional<String> skipReason(ZendeskTicket t) {
    if (t.tags().contains(TicketThread.TRIAGED_TAG)) return Optional.of("already tagged " + TicketThread.TRIAGED_TAG);
    if ("closed".equals(t.status()) || "deleted".equals(t.status())) return Optional.of("ticket is " + t.status());
    return Optional.empty();
  }
}
