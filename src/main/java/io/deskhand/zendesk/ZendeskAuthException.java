package io.deskhand.zendesk;

/**
 * 401 or 403: Zendesk did not accept the credentials (a revoked or mistyped token, an agent who lost the role). Not
 * the ticket's fault: the same call can succeed once the credentials are fixed, so jobs wait for that.
 */
public class ZendeskAuthException extends ZendeskRejectedException {
  public ZendeskAuthException(String message, int status, String error) {
    super(message, status, error);
  }
}
