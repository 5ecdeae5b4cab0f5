package io.deskhand.zendesk;

import java.util.List;
import java.util.Optional;

/**
 * A ticket's comments, oldest first, and the users they name as Zendesk sideloads them ({@code include=users}).
 *
 * @param users the comments' authors ({@code id}, {@code locale})
 */
public record CommentThread(List<ZendeskComment> comments, List<ZendeskUser> users) {
  public CommentThread {
    comments = List.copyOf(comments);
    users = List.copyOf(users);
  }

  /** A user's chosen language ({@code locale}: fr, en-US, ...), if the user is among the sideloaded ones. */
  public Optional<String> localeOf(long userId) {
    for (ZendeskUser u : users) {
      if (u.id() == userId) return u.locale().isBlank() ? Optional.empty() : Optional.of(u.locale());
    }
    return Optional.empty();
  }
}
