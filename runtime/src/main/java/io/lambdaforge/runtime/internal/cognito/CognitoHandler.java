package io.lambdaforge.runtime.internal.cognito;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.events.cognito.CognitoRejection;
import io.lambdaforge.events.cognito.CognitoTrigger;
import io.lambdaforge.runtime.internal.core.EventHandler;
import io.lambdaforge.runtime.internal.core.Log;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;

/**
 * Answers the user-pool trigger events of one trigger: reads the envelope and {@code request} into
 * the trigger's request record, calls the method and writes the event back with {@code response}
 * replaced by the method's answer ({@code {}} for a void method), as Cognito expects
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html).
 *
 * <p>A {@link CognitoRejection} propagates with its message, which Cognito shows the caller. Any
 * other exception is logged with its detail and replaced by {@link TriggerFailed}, whose generic
 * message is all the caller sees.
 */
final class CognitoHandler implements EventHandler {
  private static final ObjectMapper MAPPER =
      Json.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);

  private final String function;
  private final TriggerKind kind;
  private final CognitoInvoker invoker;

  CognitoHandler(String function, TriggerKind kind, CognitoInvoker invoker) {
    this.function = function;
    this.kind = kind;
    this.invoker = invoker;
  }

  @Override
  public boolean handle(byte[] event, int length, OutputStream output, Context context) throws IOException {
    ObjectNode envelope = envelope(event, length);
    if (envelope == null
        || TriggerKind.ofEvent(envelope.get("triggerSource").asText(), version(envelope)) != kind) {
      return false;
    }
    Object request = bind(envelope);
    Object response;
    try {
      response = invoker.invoke(request, context);
    } catch (CognitoRejection rejection) {
      throw rejection;
    } catch (Exception | LinkageError | AssertionError e) {
      log(context, e);
      throw new TriggerFailed();
    }
    envelope.set("response", response == null ? MAPPER.createObjectNode() : MAPPER.valueToTree(response));
    MAPPER.writeValue(output, envelope);
    return true;
  }

  private Object bind(ObjectNode envelope) {
    JsonNode given = envelope.get("request");
    ObjectNode request = given instanceof ObjectNode ? ((ObjectNode) given).deepCopy() : MAPPER.createObjectNode();
    ObjectNode call = request.putObject("call");
    for (String field : List.of("version", "triggerSource", "region", "userPoolId", "userName", "callerContext")) {
      JsonNode value = envelope.get(field);
      if (value != null && !value.isNull()) {
        call.set(field, value);
      }
    }
    try {
      CognitoTrigger.of(envelope.get("triggerSource").asText());
      return MAPPER.treeToValue(request, kind.request);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("function '" + function + "': the " + kind.describe()
          + " event does not match the user-pool trigger contract: " + e.getMessage(), e);
    }
  }

  private static void log(Context context, Throwable e) {
    Log.error(context, "Cognito trigger failed: " + e, e);
  }

  /** The event as an object when it has the user-pool envelope, otherwise null. */
  private static ObjectNode envelope(byte[] event, int length) throws IOException {
    JsonNode node;
    try {
      node = MAPPER.readTree(event, 0, length);
    } catch (IOException e) {
      return null;
    }
    if (!(node instanceof ObjectNode)
        || !node.path("triggerSource").isTextual()
        || !node.path("userPoolId").isTextual()
        || !node.has("request")) {
      return null;
    }
    return (ObjectNode) node;
  }

  private static String version(JsonNode envelope) {
    return envelope.path("version").asText("");
  }

  @Override
  public Collection<String> sources() {
    return List.of(Source.COGNITO_USER_POOL.name());
  }

  @Override
  public String recognise(byte[] event, int length) throws IOException {
    ObjectNode envelope = envelope(event, length);
    if (envelope == null) {
      return null;
    }
    TriggerKind other = TriggerKind.ofEvent(envelope.get("triggerSource").asText(), version(envelope));
    return other == null
        ? "a Cognito event with unknown triggerSource " + envelope.get("triggerSource")
        : "a Cognito " + other.describe() + " trigger event (this function implements " + kind.describe() + ")";
  }

  @Override
  public String kinds() {
    return "a Cognito user-pool " + kind.describe() + " trigger event";
  }
}
