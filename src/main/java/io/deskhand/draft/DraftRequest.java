package io.deskhand.draft;

import io.deskhand.ticket.Retrieved;
import java.util.Optional;

/**
 * @param language the ticket's detected language: the draft must be in it
 * @param customerText the cleaned ticket text
 * @param intent the predicted intent when it was not abstained on (sources with the same intent are preferred)
 */
public record DraftRequest(String language, String subject, String customerText, Retrieved retrieved, Optional<String> intent) {}
