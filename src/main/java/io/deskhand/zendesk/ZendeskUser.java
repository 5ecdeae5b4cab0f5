package io.deskhand.zendesk;

/** A user as Zendesk sideloads it with comments ({@code include=users}); {@code locale} is empty when unset. */
public record ZendeskUser(long id, String locale) {
  public ZendeskUser {
    locale = locale == null ? "" : locale;
  }
}
