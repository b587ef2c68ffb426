package io.lambdaforge.runtime.internal.alexa;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.events.alexa.AlexaRequest;
import io.lambdaforge.events.alexa.AlexaResponse;
import io.lambdaforge.runtime.internal.core.EventHandler;
import io.lambdaforge.runtime.internal.core.JsonEvents;
import io.lambdaforge.runtime.internal.core.Log;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;

/**
 * Answers the requests of one Alexa skill
 * (https://developer.amazon.com/en-US/docs/alexa/custom-skills/handle-requests-sent-by-alexa.html).
 *
 * <ol>
 *   <li>A request whose application ID ({@code context.System.application}, else {@code
 *       session.application}) is not the skill's, or that has none, is refused: an {@link
 *       IllegalArgumentException} (a function error) naming both IDs; no method is called.
 *   <li>{@code SessionEndedRequest}: "Your service cannot send back a response to a
 *       SessionEndedRequest", so no method is called; the reason (and error) is logged and the
 *       answer is {@code {"version":"1.0","response":{}}}.
 *   <li>{@code IntentRequest} of an intent with a handler: that handler.
 *   <li>Everything else ({@code LaunchRequest}, other intents, other types): the skill's own method.
 * </ol>
 *
 * <p>The response is written by {@link AlexaResponseWriter}; an exception or a null response is a
 * function error (Alexa then tells the user the skill could not respond).
 */
final class AlexaHandler implements EventHandler {
  private static final ObjectMapper MAPPER = Json.copy();

  private final String function;
  private final String skillId;
  private final AlexaRoute[] routes;
  private final AlexaInvoker fallback;

  AlexaHandler(String function, String skillId, List<AlexaRoute> routes, AlexaInvoker fallback) {
    if (skillId == null || skillId.isBlank()) {
      throw new IllegalArgumentException("function '" + function + "' serves no skill ID");
    }
    this.function = function;
    this.skillId = skillId;
    this.routes = routes.toArray(new AlexaRoute[0]);
    this.fallback = fallback;
  }

  @Override
  public boolean handle(byte[] event, int length, OutputStream output, Context context) throws IOException {
    ObjectNode tree = envelope(event, length);
    if (tree == null) {
      return false;
    }
    AlexaRequest request = JsonEvents.bind(MAPPER, tree, AlexaRequest.class, function,
        "the Alexa request does not match the skill request format");
    String applicationId = request.applicationId();
    if (!skillId.equals(applicationId)) {
      String refusal = "function '" + function + "' refused an Alexa request for application ID "
          + (applicationId == null ? "(none)" : "'" + applicationId + "'") + ": it serves skill '" + skillId + "'";
      Log.line(context, refusal);
      throw new IllegalArgumentException(refusal);
    }
    if (AlexaRequest.SESSION_ENDED.equals(request.type())) {
      Log.line(context, "Alexa session ended: reason " + request.request().reason()
          + (request.request().error() == null ? "" : ", error " + request.request().error()));
      MAPPER.writeValue(output, AlexaResponseWriter.empty());
      return true;
    }
    AlexaResponse response = JsonEvents.call(() -> select(request).invoke(request, context));
    if (response == null) {
      throw new IllegalStateException("function '" + function + "': the handler of " + describe(request)
          + " returned null; return an AlexaResponse (tell, ask, silent)");
    }
    byte[] written = MAPPER.writeValueAsBytes(AlexaResponseWriter.write(response, request, MAPPER));
    if (written.length > AlexaResponseWriter.MAX_BYTES) {
      throw new IllegalStateException("function '" + function + "': the response to " + describe(request)
          + " is " + written.length + " bytes; Alexa accepts at most " + AlexaResponseWriter.MAX_BYTES
          + " (24 KB): shorten the speech, card or directives");
    }
    output.write(written);
    return true;
  }

  AlexaInvoker select(AlexaRequest request) {
    if (AlexaRequest.INTENT.equals(request.type())) {
      String intent = request.intentName();
      for (AlexaRoute route : routes) {
        if (route.intent().equals(intent)) {
          return route.invoker();
        }
      }
    }
    return fallback;
  }

  private static String describe(AlexaRequest request) {
    return AlexaRequest.INTENT.equals(request.type()) ? "intent '" + request.intentName() + "'" : request.type();
  }

  /** The event as an object when it is an Alexa skill request, otherwise null. */
  static ObjectNode envelope(byte[] event, int length) {
    ObjectNode node = JsonEvents.object(MAPPER, event, length);
    return node != null
        && node.path("version").isTextual()
        && node.path("request").path("type").isTextual()
        && node.path("request").path("requestId").isTextual()
        && (node.has("session") || node.has("context"))
        ? node
        : null;
  }

  @Override
  public Collection<String> sources() {
    return List.of(Source.ALEXA_SKILL.name());
  }

  @Override
  public String recognise(byte[] event, int length) {
    return envelope(event, length) == null ? null : "an Alexa skill request";
  }

  @Override
  public String kinds() {
    return "an Alexa skill request";
  }
}
