package io.deskhand.llm;

/**
 * A language model behind a model server. Implementations throw {@link io.deskhand.modelserver.ModelServerException}
 * when they get no answer; they never return a partial one without saying so ({@link Completion#truncated()}).
 */
public interface LanguageModel {
  Completion complete(Prompt prompt);

  /**
   * One request.
   *
   * @param purpose what the call is for (draft, summary, translation), as metrics and logs name it
   * @param system the instructions
   * @param user the ticket and its sources
   */
  record Prompt(String purpose, String system, String user, int maxOutputTokens) {}

  /**
   * @param truncated the server stopped at the output limit: the text is cut
   */
  record Completion(String text, long promptTokens, long completionTokens, boolean truncated) {}
}
