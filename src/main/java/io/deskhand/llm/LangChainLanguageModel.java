package io.deskhand.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.deskhand.config.DeskhandConfig;
import io.deskhand.config.Secret;
import io.deskhand.modelserver.ModelServerException;
import io.deskhand.modelserver.ModelServerHttpClient;
import java.time.Duration;

/**
 * LangChain4j's OpenAI-compatible ({@code /v1/chat/completions}) or Ollama ({@code /api/chat}) chat model, one call
 * per {@link #complete}: LangChain4j's own retries are off (the {@link GuardedLanguageModel} around this one decides),
 * and failures come out as {@link ModelServerException}.
 */
public final class LangChainLanguageModel implements LanguageModel {
  private final ChatModel model;

  LangChainLanguageModel(ChatModel model) {
    this.model = model;
  }

  /** The configured provider's chat model; {@code llm.provider} must not be none. */
  public static LangChainLanguageModel create(DeskhandConfig.Llm cfg) {
    Duration timeout = Duration.ofSeconds(cfg.timeoutSeconds());
    String baseUrl = cfg.baseUrl().orElseThrow().toString();
    String modelName = cfg.model().orElseThrow();
    ChatModel model = switch (cfg.provider()) {
      case "openai" -> OpenAiChatModel.builder().httpClientBuilder(ModelServerHttpClient.builder()).baseUrl(baseUrl)
          .apiKey(cfg.apiKey().map(Secret::value).orElse(null)).modelName(modelName).temperature(cfg.temperature())
          .maxTokens(cfg.maxOutputTokens()).timeout(timeout).maxRetries(0).build();
      case "ollama" -> OllamaChatModel.builder().httpClientBuilder(ModelServerHttpClient.builder()).baseUrl(baseUrl)
          .modelName(modelName).temperature(cfg.temperature()).numPredict(cfg.maxOutputTokens()).numCtx(cfg.contextTokens())
          .timeout(timeout).maxRetries(0).build();
      default -> throw new IllegalArgumentException("no language model for llm.provider " + cfg.provider());
    };
    return new LangChainLanguageModel(model);
  }

  @Override
  public Completion complete(Prompt prompt) {
    ChatRequest request = ChatRequest.builder()
        .messages(SystemMessage.from(prompt.system()), UserMessage.from(prompt.user()))
        .parameters(ChatRequestParameters.builder().maxOutputTokens(prompt.maxOutputTokens()).build())
        .build();
    ChatResponse response;
    try {
      response = model.chat(request);
    } catch (RuntimeException e) {
      throw ModelServerException.in(e).orElseGet(() -> new ModelServerException(ModelServerException.Kind.MALFORMED,
          "the model server's answer could not be read: " + e.getClass().getSimpleName(), e));
    }
    String text = response.aiMessage() == null ? null : response.aiMessage().text();
    if (text == null) throw new ModelServerException(ModelServerException.Kind.MALFORMED, 200, null, "the answer has no text");
    TokenUsage usage = response.tokenUsage();
    long in = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
    long out = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
    return new Completion(text, in, out, response.finishReason() == FinishReason.LENGTH);
  }
}
