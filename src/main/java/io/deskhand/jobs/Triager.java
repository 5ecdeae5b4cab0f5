package io.deskhand.jobs;

import io.deskhand.ticket.TicketText;
import io.deskhand.triage.Triage;

/** The triage step a job runs; in production {@code TriagePipeline::triage}. */
@FunctionalInterface
public interface Triager {
  Triage triage(TicketText ticket);
}
