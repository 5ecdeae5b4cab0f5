package io.deskhand.classify;

import java.util.List;
import java.util.Map;

/** A solved ticket as training data: text, embedding, and the labels agents gave it. */
public record LabelledTicket(long id, String text, float[] vector, Map<String, String> labels, List<String> tags) {}
