package io.deskhand.jobs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deskhand.zendesk.ZendeskAuthState;

/** /health's word on Zendesk: whether it accepts the credentials, and how many jobs wait for that. */
public final class ZendeskHealth {
  private ZendeskHealth() {}

  /** Adds {@code "zendesk": {"auth": "unchecked|ok|failing", "jobs_blocked_auth": N, "detail"?}} to {@code health}. */
  public static void write(ObjectNode health, ZendeskAuthState auth, JobStore store) {
    ObjectNode z = health.putObject("zendesk").put("auth", auth.wire());
    z.put("jobs_blocked_auth", store.count(JobStatus.BLOCKED_AUTH));
    if (auth.failing()) {
      z.put("detail", "Zendesk refuses the API token (401/403): check zendesk.email and zendesk.token; "
          + "held jobs resume once a call succeeds");
    }
  }
}
