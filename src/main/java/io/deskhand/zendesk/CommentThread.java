package io.deskhand.zendesk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * A ticket's comments, oldest first, and the users they name as Zendesk sideloads them ({@code include=users}).
 *
 * @param users user objects ({@code id}, {@code locale}, ...) of the comments' authors
 */
public record CommentThread(List<JsonNode> comments, List<JsonNode> users) {
  public CommentThread {
    comments = List.copyOf(comments);
    users = List.copyOf(users);
  }

  /** A user's chosen language ({@code locale}: fr, en-US, ...), if the user is among the sideloaded ones. */
  public Optional<String> localeOf(long userId) {
    for (JsonNode u : users) {
      if (u.path("id").asLong(-1) == userId) {
        String locale = u.path("locale").asText("");
        return locale.isBlank() ? Optional.empty() : Optional.of(locale);
      }
    }
    return Optional.empty();
  }
}
