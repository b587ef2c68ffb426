package io.lambdaforge.runtime.internal.lex;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.events.lex.LexEvent;
import io.lambdaforge.events.lex.LexResponse;
import io.lambdaforge.runtime.internal.core.EventHandler;
import io.lambdaforge.runtime.internal.core.JsonEvents;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;

/**
 * Answers the Lex V2 code-hook events of one bot function
 * (https://docs.aws.amazon.com/lexv2/latest/dg/lambda-input-format.html): binds the event, picks the
 * handler of the current intent ({@code sessionState.intent.name}) for the event's {@code
 * invocationSource}, else its handler for both hooks, else the bot's own method, and writes its
 * {@link LexResponse} with {@link LexResponseWriter}. An exception propagates as a function error,
 * which Lex reports to the client as a failed dependency
 * (https://docs.aws.amazon.com/lambda/latest/dg/services-lex.html); a null response is one too.
 */
final class LexHandler implements EventHandler {
  private static final ObjectMapper MAPPER = Json.copy();

  private final String function;
  private final LexRoute[] routes;
  private final LexInvoker fallback;

  LexHandler(String function, List<LexRoute> routes, LexInvoker fallback) {
    this.function = function;
    this.routes = routes.toArray(new LexRoute[0]);
    this.fallback = fallback;
  }

  @Override
  public boolean handle(byte[] event, int length, OutputStream output, Context context) throws IOException {
    ObjectNode tree = envelope(event, length);
    if (tree == null) {
      return false;
    }
    LexEvent lex = JsonEvents.bind(MAPPER, tree, LexEvent.class, function,
        "the Lex V2 event does not match the code-hook input format");
    LexResponse response =
        JsonEvents.call(() -> select(lex.intentName(), lex.invocationSource()).invoke(lex, context));
    if (response == null) {
      throw new IllegalStateException("function '" + function + "': the handler of intent '"
          + lex.intentName() + "' returned null; return a LexResponse (close, delegate, elicitSlot, ...)");
    }
    MAPPER.writeValue(output, LexResponseWriter.write(response, tree));
    return true;
  }

  /** The handler of {@code intent} for {@code hook}, else for both hooks, else the fallback. */
  LexInvoker select(String intent, String hook) {
    LexInvoker any = null;
    for (LexRoute route : routes) {
      if (route.intent().equals(intent)) {
        if (route.hook() == null) {
          any = route.invoker();
        } else if (route.hook().equals(hook)) {
          return route.invoker();
        }
      }
    }
    return any != null ? any : fallback;
  }

  /** The event as an object when it is a Lex V2 code-hook event, otherwise null. */
  static ObjectNode envelope(byte[] event, int length) {
    ObjectNode node = JsonEvents.object(MAPPER, event, length);
    return node != null
        && node.path("messageVersion").isTextual()
        && node.path("invocationSource").isTextual()
        && node.path("sessionState").isObject()
        && node.path("bot").isObject()
        ? node
        : null;
  }

  @Override
  public Collection<String> sources() {
    return List.of(Source.LEX_V2.name());
  }

  @Override
  public String recognise(byte[] event, int length) {
    return envelope(event, length) == null ? null : "a Lex V2 code-hook event";
  }

  @Override
  public String kinds() {
    return "a Lex V2 code-hook event";
  }
}
