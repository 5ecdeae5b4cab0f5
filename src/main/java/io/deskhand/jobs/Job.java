package io.deskhand.jobs;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One triage request for one Zendesk ticket, as the job store keeps it. */
public record Job(String id, long ticketId, JobStatus status, int attempts, Optional<String> lastError,
                  Instant createdAt, Instant updatedAt) {
  public Job {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status of job " + id);
    lastError = lastError == null ? Optional.empty() : lastError;
  }
}
